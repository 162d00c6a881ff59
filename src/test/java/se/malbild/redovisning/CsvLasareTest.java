package se.malbild.redovisning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvLasareTest {

    private static List<Saldorad> las(String text) {
        return CsvLasare.las(text.getBytes(StandardCharsets.UTF_8), Teckenkodning.AUTOMATISK, 1).rader();
    }

    @Test
    void readsTheFixtureWithSwedishAmountsAndObjectsInTheMappingsDimension() {
        CsvLasare.Inlast inlast = CsvLasare.las(Fixturer.las(Fixturer.CSV), Teckenkodning.AUTOMATISK, 1);

        assertThat(inlast.teckenkodning()).isEqualTo(Teckenkodning.UTF_8);
        assertThat(inlast.rader()).hasSize(10);
        assertThat(inlast.rader().get(0)).isEqualTo(new Saldorad(2, YearMonth.of(2022, 1), 4610, Map.of(1, "20"),
                new BigDecimal("140000")));
        assertThat(inlast.rader()).extracting(Saldorad::belopp).map(BigDecimal::toPlainString).containsExactly(
                "140000", "-1500.50", "10000", "50000.00", "145000.25", "-1499.5", "20000", "-35000", "99999", "130000");
        assertThat(inlast.rader().get(3).objekt()).as("empty objekt").isEmpty();
    }

    @Test
    void acceptsTheWaysSwedesWriteAmounts() {
        List<Saldorad> rader = las("""
                ar;manad;konto;objekt;belopp
                2022;1;4610;;1 234,56
                2022;1;4610;;\u22124 400
                2022;1;4610;;-4400,5
                2022;1;4610;;4400
                2022;1;4610;;+12,3
                2022;1;4610;;1\u00a0234\u00a0567
                2022;1;4610;;"1 000,00"
                """);

        assertThat(rader).extracting(Saldorad::belopp).map(BigDecimal::toPlainString)
                .containsExactly("1234.56", "-4400", "-4400.5", "4400", "12.3", "1234567", "1000.00");
    }

    @Test
    void columnsAreFoundByTheirNamesInAnyOrderAndExtraColumnsAreIgnored() {
        List<Saldorad> rader = las("""
                Belopp;Konto;Månad;År;Text;Objekt
                -100;3010;8;2022;"Försäljning; augusti";A 1
                """);

        assertThat(rader).containsExactly(new Saldorad(2, YearMonth.of(2022, 8), 3010, Map.of(1, "A 1"), new BigDecimal("-100")));
    }

    @Test
    void aMalformedFileNamesEveryBadLine() {
        assertThatThrownBy(() -> CsvLasare.las(Fixturer.las(Fixturer.TRASIG_CSV), Teckenkodning.AUTOMATISK, 1))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> assertThat(e.getFel())
                        .extracting(Object::toString).containsExactly(
                                "Rad 3: månaden \"13\" ska vara ett tal 1–12.",
                                "Rad 4: kontot \"46x0\" ska bestå av siffror.",
                                "Rad 5: beloppet \"1.234,50\" är inget tal – använd decimalkomma, till exempel -4 400,50.",
                                "Rad 6: året \"22\" ska vara fyra siffror, till exempel 2022.",
                                "Rad 7: beloppet saknas."));
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefused() {
        assertThatThrownBy(() -> las("ar;manad;konto;summa\n2022;1;4610;1\n"))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> assertThat(e.getFel())
                        .extracting(Object::toString).containsExactly(
                                "Rad 1: rubrikraden saknar kolumnerna objekt, belopp (den ska vara ar;manad;konto;objekt;belopp)."));
    }

    @Test
    void anUnclosedQuoteIsReported() {
        assertThatThrownBy(() -> las("ar;manad;konto;objekt;belopp\n2022;1;4610;\"20;100\n"))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> assertThat(e.getFel())
                        .extracting(Object::toString).containsExactly("Rad 2: ett citattecken (\") avslutas aldrig på raden."));
    }

    @Test
    void aLatin1FileIsReadWhenItIsNotUtf8() {
        byte[] latin1 = "ar;manad;konto;objekt;belopp\n2022;1;4610;Östra;1\n".getBytes(StandardCharsets.ISO_8859_1);

        CsvLasare.Inlast inlast = CsvLasare.las(latin1, Teckenkodning.AUTOMATISK, 2);

        assertThat(inlast.teckenkodning()).isEqualTo(Teckenkodning.ISO_8859_1);
        assertThat(inlast.rader().get(0).objekt()).isEqualTo(Map.of(2, "Östra"));
    }
}
