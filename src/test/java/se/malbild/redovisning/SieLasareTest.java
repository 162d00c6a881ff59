package se.malbild.redovisning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SieLasareTest {

    private static SieFil las(String text) {
        return SieLasare.las(text.getBytes(Charset.forName("IBM437")), Teckenkodning.AUTOMATISK);
    }

    private static List<Radfel> fel(String text) {
        try {
            las(text);
        } catch (RedovisningImportException e) {
            return e.getFel();
        }
        throw new AssertionError("filen lästes utan fel");
    }

    @Test
    void readsEveryLabelOfAPc8FileWithSwedishLetters() {
        SieFil fil = SieLasare.las(Fixturer.las(Fixturer.PC8), Teckenkodning.AUTOMATISK);

        assertThat(fil.teckenkodning()).isEqualTo(Teckenkodning.PC8);
        assertThat(fil.flagga()).isZero();
        assertThat(fil.format()).isEqualTo("PC8");
        assertThat(fil.sietyp()).isEqualTo(4);
        assertThat(fil.rakenskapsar()).containsEntry(0, new SieFil.Rakenskapsar(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
                .containsEntry(-1, new SieFil.Rakenskapsar(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        assertThat(fil.konton()).containsEntry(3730, "Återbetalt ekonomiskt bistånd")
                .containsEntry(4610, "Försörjningsstöd").containsEntry(5010, "Löner, månadsavlönade").hasSize(6);
        assertThat(fil.kontotyper()).isEqualTo(Map.of(3730, "I", 4610, "K"));
        assertThat(fil.dimensioner()).containsEntry(1, "Ansvar").containsEntry(6, "Projekt");
        assertThat(fil.objekt().get(1)).containsEntry("20", "Ekonomiskt bistånd").containsEntry("90", "Övriga nämnder");
        assertThat(fil.objekt().get(6)).containsEntry("P1", "Projekt Språkstöd på arbetsplatsen");
        assertThat(fil.resultat()).containsExactly(new SieFil.Arssaldo(28, 0, 3730, new BigDecimal("-3000.00")),
                new SieFil.Arssaldo(29, 0, 4610, new BigDecimal("314999.25")));
        assertThat(fil.periodsaldon()).hasSize(14);
        assertThat(fil.periodbudgetar()).singleElement()
                .satisfies(b -> assertThat(b.belopp()).isEqualByComparingTo("141000"));
    }

    @Test
    void quotedStringsKeepSpacesAndEscapedQuotes() {
        SieFil fil = las("""
                #RAR 0 20220101 20221231
                #KONTO 6110 "Lokalhyra \\"Kvarteret Ödlan\\""
                #KONTO 6120 "Snedstreck \\\\ och tabb\tinne"
                #OBJEKT 1 "A 1" ""
                #KONTO 6130 Okvoterat
                """);

        assertThat(fil.konton()).containsEntry(6110, "Lokalhyra \"Kvarteret Ödlan\"")
                .containsEntry(6120, "Snedstreck \\ och tabb\tinne")
                .containsEntry(6130, "Okvoterat");
        assertThat(fil.objekt().get(1)).containsEntry("A 1", "");
    }

    @Test
    void objectListsMayBeEmptyOrHoldSeveralDimensionsWithQuotedCodes() {
        SieFil fil = las("""
                #RAR 0 20220101 20221231
                #PSALDO 0 202201 4610 {} 1.00
                #PSALDO 0 202201 4610 {1 "30" 6 "P 1"} 2.00
                #PSALDO 0 202201 4610 {1 "}"} 3.00
                #PSALDO 0 202201 4620 {1 40} 4.00
                """);

        assertThat(fil.periodsaldon()).extracting(Saldorad::objekt).containsExactly(Map.of(), Map.of(1, "30", 6, "P 1"),
                Map.of(1, "}"), Map.of(1, "40"));
    }

    @Test
    void psaldoWithoutAnObjectListCountsAsTheWholeAccount() {
        SieFil fil = las("#RAR 0 20220101 20221231\n#PSALDO 0 202203 3010 -1500.75 12\n");

        assertThat(fil.periodsaldon()).singleElement().satisfies(s -> {
            assertThat(s.objekt()).isEmpty();
            assertThat(s.belopp()).isEqualByComparingTo("-1500.75");
            assertThat(s.period()).isEqualTo(YearMonth.of(2022, 3));
        });
    }

    @Test
    void amountsUseADecimalPointAndKeepTheOre() {
        SieFil fil = SieLasare.las(Fixturer.las(Fixturer.PC8), Teckenkodning.AUTOMATISK);

        assertThat(fil.periodsaldon()).filteredOn(s -> s.konto() == 3730).extracting(Saldorad::belopp)
                .containsExactly(new BigDecimal("-1500.50"), new BigDecimal("-1499.50"));
        assertThat(fil.periodsaldon()).filteredOn(s -> s.objekt().equals(Map.of(1, "40")) && s.konto() == 4610)
                .extracting(Saldorad::belopp).containsExactly(new BigDecimal("20000"));
    }

    @Test
    void yearNumberMinusOneIsThePreviousYearAndPeriodsAreYearMonths() {
        SieFil fil = SieLasare.las(Fixturer.las(Fixturer.PC8), Teckenkodning.AUTOMATISK);

        assertThat(fil.periodsaldon()).extracting(Saldorad::period).containsOnly(YearMonth.of(2022, 1),
                YearMonth.of(2022, 2), YearMonth.of(2021, 12));
        assertThat(fil.periodsaldon()).filteredOn(s -> s.period().getYear() == 2021).extracting(Saldorad::rad)
                .containsExactly(43);
    }

    @Test
    void otherLabelsAndVerificationBlocksAreSkipped() {
        SieFil fil = las("""
                #PROGRAM "X" 1
                #ORGNR 212000-0000
                #KPTYP BAS2014
                #RAR 0 20220101 20221231
                #VER A 1 20220115 "Text"
                {
                #TRANS 4610 {1 "20"} 140000.00
                #PSALDO 0 202201 9999 {} inte-ett-tal
                }
                #PSALDO 0 202201 4610 {} 1.00
                """);

        assertThat(fil.periodsaldon()).extracting(Saldorad::konto).containsExactly(4610);
    }

    @Test
    void utf8AndLatin1VariantsAreReadLikeThePc8File() {
        SieFil pc8 = SieLasare.las(Fixturer.las(Fixturer.PC8), Teckenkodning.AUTOMATISK);
        SieFil utf8 = SieLasare.las(Fixturer.las(Fixturer.UTF8), Teckenkodning.AUTOMATISK);
        SieFil latin1 = SieLasare.las(Fixturer.las(Fixturer.LATIN1), Teckenkodning.AUTOMATISK);

        assertThat(utf8.teckenkodning()).isEqualTo(Teckenkodning.UTF_8);
        assertThat(latin1.teckenkodning()).as("says #FORMAT PC8 but is ISO-8859-1").isEqualTo(Teckenkodning.ISO_8859_1);
        for (SieFil fil : List.of(utf8, latin1)) {
            assertThat(fil.konton()).isEqualTo(pc8.konton());
            assertThat(fil.objekt()).isEqualTo(pc8.objekt());
            assertThat(fil.periodsaldon()).isEqualTo(pc8.periodsaldon());
        }
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsNotPartOfTheFirstLine() {
        byte[] utanBom = "#FLAGGA 0\n#KONTO 3010 \"Försäljning\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] medBom = new byte[utanBom.length + 3];
        medBom[0] = (byte) 0xEF;
        medBom[1] = (byte) 0xBB;
        medBom[2] = (byte) 0xBF;
        System.arraycopy(utanBom, 0, medBom, 3, utanBom.length);

        SieFil fil = SieLasare.las(medBom, Teckenkodning.AUTOMATISK);

        assertThat(fil.teckenkodning()).isEqualTo(Teckenkodning.UTF_8);
        assertThat(fil.flagga()).isZero();
        assertThat(fil.konton()).containsEntry(3010, "Försäljning");
    }

    @Test
    void theUploadersChoiceOfEncodingWins() {
        SieFil somPc8 = SieLasare.las(Fixturer.las(Fixturer.LATIN1), Teckenkodning.PC8);

        assertThat(somPc8.teckenkodning()).isEqualTo(Teckenkodning.PC8);
        assertThat(somPc8.konton().get(4610)).isNotEqualTo("Försörjningsstöd");
    }

    @Test
    void aFileWithOnlyAsciiIsReadAsPc8() {
        assertThat(las("#FLAGGA 0\n").teckenkodning()).isEqualTo(Teckenkodning.PC8);
    }

    @Test
    void picksOneBreakdownPerAccountAndMonthSoNothingIsCountedTwice() {
        SieFil fil = SieLasare.las(Fixturer.las(Fixturer.PC8), Teckenkodning.AUTOMATISK);

        List<Saldorad> dimension1 = fil.periodsaldonFor(1).stream()
                .filter(s -> s.konto() == 4610 && s.period().equals(YearMonth.of(2022, 1))).toList();
        List<Saldorad> dimension6 = fil.periodsaldonFor(6).stream()
                .filter(s -> s.konto() == 4610 && s.period().equals(YearMonth.of(2022, 1))).toList();
        List<Saldorad> dimension2 = fil.periodsaldonFor(2).stream()
                .filter(s -> s.konto() == 4610 && s.period().equals(YearMonth.of(2022, 1))).toList();

        assertThat(dimension1).extracting(Saldorad::objekt).containsExactly(Map.of(1, "20"), Map.of(1, "30"));
        assertThat(dimension6).extracting(Saldorad::objekt).containsExactly(Map.of(6, "P1"));
        assertThat(dimension2).extracting(Saldorad::objekt).containsExactly(Map.of());
        assertThat(fil.periodsaldonFor(1)).filteredOn(s -> s.konto() == 5010).extracting(Saldorad::objekt)
                .containsExactly(Map.of());
    }

    @Test
    void aMalformedFileNamesEveryBadLineInSwedish() {
        assertThatThrownBy(() -> SieLasare.las(Fixturer.las(Fixturer.TRASIG_SIE), Teckenkodning.AUTOMATISK))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> {
                    assertThat(e.getFel()).extracting(Radfel::rad).containsExactly(5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16);
                    assertThat(e.getFel()).extracting(Object::toString).satisfies(text -> {
                        assertThat(text.get(0)).isEqualTo("Rad 5: citattecknet i tecken 13 avslutas aldrig.");
                        assertThat(text.get(1)).contains("perioden \"202213\"").contains("månad 01–12");
                        assertThat(text.get(2)).contains("\"100,50\" är inget tal").contains("punkt som decimaltecken");
                        assertThat(text.get(3)).contains("objektlistan ska bestå av par");
                        assertThat(text.get(4)).contains("årsnummer -1 saknar #RAR");
                        assertThat(text.get(5)).contains("finns redan på rad 10");
                        assertThat(text.get(6)).contains("börjar inte med en etikett");
                        assertThat(text.get(7)).contains("kontonumret \"46A0\" ska bestå av siffror");
                        assertThat(text.get(8)).contains("avslutas aldrig med }");
                        assertThat(text.get(9)).contains("årsnummer 0 har redan ett #RAR på rad 4");
                        assertThat(text.get(10)).contains("#PSALDO har en objektlista {…} där kontonummer skulle stå");
                    });
                });
    }

    @Test
    void badValuesAndMissingFieldsAreReportedPerLine() {
        assertThat(fel("""
                #FLAGGA 2
                #SIETYP 5
                #RAR 0 20221301 20221231
                #RAR -1 20211231 20210101
                #KTYP 3010 X
                #OBJEKT 1 "10"
                #DIM 0 "Noll"
                #RES 0 3010
                #PSALDO 1 202201 3010 {} 1.00
                #PSALDO 0 202201 3010 {} 1.001
                }
                {
                """)).extracting(Object::toString).containsExactly(
                "Rad 1: #FLAGGA ska vara 0 eller 1, inte \"2\".",
                "Rad 2: #SIETYP ska vara 1, 2, 3 eller 4, inte 5.",
                "Rad 3: datumet \"20221301\" ska vara ett datum skrivet ååååmmdd, till exempel 20220101.",
                "Rad 4: räkenskapsåret slutar (2021-01-01) före det börjar (2021-12-31).",
                "Rad 5: kontotypen ska vara T, S, K eller I, inte \"X\".",
                "Rad 6: #OBJEKT saknar objektnamn (väntade: #OBJEKT dimensionsnr \"objektkod\" \"objektnamn\").",
                "Rad 7: dimensionsnumret ska vara 1 eller större, inte 0.",
                "Rad 8: #RES saknar saldo (väntade: #RES årsnr kontonr saldo).",
                "Rad 9: årsnumret ska vara 0 (innevarande år) eller negativt (\u22121 för föregående år), inte 1.",
                "Rad 10: beloppet 1.001 har fler än två decimaler.",
                "Rad 11: } avslutar ett block som aldrig började med {.",
                "Rad 12: blocket som börjar med { avslutas aldrig med }.");
    }

    @Test
    void aPeriodOutsideItsFinancialYearIsReported() {
        assertThat(fel("#RAR 0 20220101 20221231\n#PSALDO 0 202112 3010 {} 1.00\n")).extracting(Object::toString)
                .containsExactly("Rad 2: perioden 2021-12 ligger utanför räkenskapsåret med årsnummer 0 (2022-01-01 – 2022-12-31).");
    }

    @Test
    void errorsAreCappedAtAHundred() {
        StringBuilder text = new StringBuilder("#RAR 0 20220101 20221231\n");
        for (int i = 0; i < 150; i++) {
            text.append("#PSALDO 0 202201 3010 {} x\n");
        }

        List<Radfel> fel = fel(text.toString());

        assertThat(fel).hasSize(SieLasare.FLEST_FEL + 1);
        assertThat(fel.get(SieLasare.FLEST_FEL).toString()).startsWith("Filen har fler än 100 fel");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> SieLasare.las(new byte[0], Teckenkodning.AUTOMATISK))
                .isInstanceOfSatisfying(RedovisningImportException.class,
                        e -> assertThat(e.getFel()).extracting(Object::toString).containsExactly("Filen är tom."));
    }
}
