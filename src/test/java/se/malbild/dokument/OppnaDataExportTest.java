package se.malbild.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OppnaDataExportTest {

    private final OppnaDataExport export = new OppnaDataExport();

    private static final OppnaData DATA = new OppnaData("0580", "AN", 2022, 8,
            List.of(
                    new OppnaData.Indikatorvarde("N00945", "Andel hushåll, långvarigt bistånd", "%", 2022, 8, "T", null,
                            "UTFALL", new BigDecimal("15.86"), ""),
                    new OppnaData.Indikatorvarde("N00945", "Andel hushåll, långvarigt bistånd", "%", 2022, 8, "K", null,
                            "UTFALL", null, "I.U."),
                    new OppnaData.Indikatorvarde("N00945", "Andel hushåll, långvarigt bistånd", "%", 2022, null, "T", null,
                            "MALVARDE", new BigDecimal("15"), ""),
                    new OppnaData.Indikatorvarde("AN-7", "=Sjukfrånvaro, \"total\"", "dagar", 2021, null, "M",
                            "Leanlink (AMS)", "UTFALL", new BigDecimal("1E+3"), "")),
            List.of(new OppnaData.Ekonomirad("EB", "Ekonomiskt bistånd", new BigDecimal("235085000"),
                            new BigDecimal("156723333.33"), new BigDecimal("161123333.33"), new BigDecimal("-4400000.00"),
                            new BigDecimal("239485000"), new BigDecimal("-4400000")),
                    new OppnaData.Ekonomirad("SUMMA", "Summa, nämnden", new BigDecimal("462147000"), null, null, null, null,
                            null)));
    private static final List<OppnaDataExport.Rapport> RAPPORTER = List.of(new OppnaDataExport.Rapport(DATA,
            "Linköpings kommun", "Arbetsmarknadsnämnden", "0580-AN-2022-08", LocalDate.of(2022, 9, 22)));

    @Test
    void indicatorCsvHasKoladasFieldsFirstInMachineFormat() {
        String csv = csv(ut -> export.indikatorerCsv(RAPPORTER, ut));
        List<String> rader = List.of(csv.split("\r\n"));

        assertThat(csv).doesNotStartWith("\uFEFF").endsWith("\r\n");
        assertThat(rader.get(0)).isEqualTo("kpi,municipality,period,gender,value,status,title,unit,month,"
                + "organisational_unit,type,committee,committee_name,municipality_name,report,adopted");
        assertThat(rader.get(1)).isEqualTo("N00945,0580,2022,T,15.86,,\"Andel hushåll, långvarigt bistånd\",%,8,,UTFALL,"
                + "AN,Arbetsmarknadsnämnden,Linköpings kommun,0580-AN-2022-08,2022-09-22");
        assertThat(rader.get(2)).startsWith("N00945,0580,2022,K,,I.U.,");
        assertThat(rader.get(3)).startsWith("N00945,0580,2022,T,15,,").contains(",%,,,MALVARDE,");
        assertThat(rader).hasSize(5);
    }

    @Test
    void csvTextThatASpreadsheetCouldRunIsNeutralisedAndQuotedByRfc4180() {
        String rad = csv(ut -> export.indikatorerCsv(RAPPORTER, ut)).split("\r\n")[4];

        assertThat(rad).isEqualTo("AN-7,0580,2021,M,1000,,\"'=Sjukfrånvaro, \"\"total\"\"\",dagar,,Leanlink (AMS),UTFALL,"
                + "AN,Arbetsmarknadsnämnden,Linköpings kommun,0580-AN-2022-08,2022-09-22");
        assertThat(OppnaDataExport.text("-4400").csv()).isEqualTo("'-4400");
        assertThat(OppnaDataExport.text("@SUM(A1)").csv()).isEqualTo("'@SUM(A1)");
        assertThat(OppnaDataExport.text("+46").csv()).isEqualTo("'+46");
        assertThat(OppnaDataExport.text("\tflik").csv()).isEqualTo("'\tflik");
        assertThat(OppnaDataExport.text("\rretur").csv()).isEqualTo("\"'\rretur\"");
        assertThat(OppnaDataExport.text("rad\nbrytning").csv()).isEqualTo("\"rad\nbrytning\"");
    }

    @Test
    void budgetCsvHasOneRowPerVerksamhetWithExactKronorAndNegativeNumbersAsNumbers() {
        List<String> rader = List.of(csv(ut -> export.ekonomiCsv(RAPPORTER, ut)).split("\r\n"));

        assertThat(rader.get(0)).isEqualTo("municipality,municipality_name,committee,committee_name,year,month,report,"
                + "adopted,verksamhet,name,budget_year,budget_period,actual_period,deviation_period,forecast_year,"
                + "deviation_year");
        assertThat(rader.get(1)).isEqualTo("0580,Linköpings kommun,AN,Arbetsmarknadsnämnden,2022,8,0580-AN-2022-08,"
                + "2022-09-22,EB,Ekonomiskt bistånd,235085000,156723333.33,161123333.33,-4400000.00,239485000,-4400000");
        assertThat(rader.get(2)).isEqualTo("0580,Linköpings kommun,AN,Arbetsmarknadsnämnden,2022,8,0580-AN-2022-08,"
                + "2022-09-22,SUMMA,\"Summa, nämnden\",462147000,,,,,");
    }

    @Test
    void jsonIsShapedLikeKoladasResponseWithValuesPerGender() {
        JsonNode svar = JsonMapper.builder().build().readTree(csv(ut -> export.indikatorerJson(RAPPORTER, ut)));

        assertThat(svar.get("count").asInt()).isEqualTo(3);
        JsonNode utfall = svar.get("values").get(0);
        assertThat(utfall.get("kpi").asString()).isEqualTo("N00945");
        assertThat(utfall.get("municipality").asString()).isEqualTo("0580");
        assertThat(utfall.get("period").asInt()).isEqualTo(2022);
        assertThat(utfall.get("month").asInt()).isEqualTo(8);
        assertThat(utfall.get("type").asString()).isEqualTo("UTFALL");
        assertThat(utfall.get("committee").asString()).isEqualTo("AN");
        assertThat(utfall.get("report").asString()).isEqualTo("0580-AN-2022-08");
        assertThat(utfall.get("adopted").asString()).isEqualTo("2022-09-22");
        JsonNode totalt = utfall.get("values").get(0);
        assertThat(totalt.get("gender").asString()).isEqualTo("T");
        assertThat(totalt.get("count").asInt()).isEqualTo(1);
        assertThat(totalt.get("status").asString()).isEmpty();
        assertThat(totalt.get("value").decimalValue()).isEqualByComparingTo("15.86");
        JsonNode kvinnor = utfall.get("values").get(1);
        assertThat(kvinnor.get("gender").asString()).isEqualTo("K");
        assertThat(kvinnor.get("value").isNull()).isTrue();
        assertThat(kvinnor.get("status").asString()).isEqualTo("I.U.");
        assertThat(kvinnor.get("count").asInt()).isZero();

        JsonNode malvarde = svar.get("values").get(1);
        assertThat(malvarde.get("type").asString()).isEqualTo("MALVARDE");
        assertThat(malvarde.get("month").isNull()).isTrue();
        assertThat(svar.get("values").get(2).get("title").asString()).isEqualTo("=Sjukfrånvaro, \"total\"");
        assertThat(svar.get("values").get(2).get("organisational_unit").asString()).isEqualTo("Leanlink (AMS)");
        assertThat(svar.get("values").get(2).get("values").get(0).get("value").toString()).isEqualTo("1000");
    }

    @Test
    void noReportsGiveAHeaderAndAnEmptyList() {
        assertThat(csv(ut -> export.ekonomiCsv(List.of(), ut))).isEqualTo(String.join(",", OppnaDataExport.EKONOMIFALT) + "\r\n");
        assertThat(csv(ut -> export.indikatorerJson(List.of(), ut))).isEqualTo("{\"count\":0,\"values\":[]}");
    }

    private interface Skrivning {
        void skriv(ByteArrayOutputStream ut);
    }

    private static String csv(Skrivning skrivning) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        skrivning.skriv(ut);
        return ut.toString(StandardCharsets.UTF_8);
    }
}
