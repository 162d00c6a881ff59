package se.malbild.redovisning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.malbild.common.NotFoundException;
import se.malbild.organisation.Namnd;

@SpringBootTest
class RedovisningImportIT {

    /** What the SIE fixture and the CSV fixture hold for the fixture committee, per verksamhet and month. */
    private static final List<String> FIXTURENS_REDOVISAT = List.of(
            "NAMND 2022-01 50000 0",
            "BISTAND 2021-12 130000 0",
            "BISTAND 2022-01 140000 -1500.5",
            "BISTAND 2022-02 145000.25 -1499.5",
            "ATGARDER 2022-01 10000 0",
            "ENHETER 2022-02 20000 -35000");

    @Autowired
    RedovisningImportService importer;

    @Autowired
    RedovisningService redovisning;

    @Autowired
    MappningService mappningar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    Namnd namnd;

    @BeforeEach
    void nyNamndMedMappning() {
        Testnamnder testnamnder = Testnamnder.av(context);
        namnd = testnamnder.namnd("9701", "AN", Testnamnder.FIXTURNAMND);
        testnamnder.rensa(namnd);
        mappningar.lasInRegler(namnd.getId(), Fixturer.las(Fixturer.MAPPNING), Teckenkodning.AUTOMATISK);
    }

    @Test
    void theSieFixtureGivesTheExpectedMonthlyActuals() {
        Importresultat resultat = importera(Fixturer.PC8, "ada");

        assertThat(manader()).containsExactlyElementsOf(FIXTURENS_REDOVISAT);
        assertThat(resultat.format()).isEqualTo(Filformat.SIE);
        assertThat(resultat.teckenkodning()).isEqualTo(Teckenkodning.PC8);
        assertThat(resultat.rader()).isEqualTo(14);
        assertThat(resultat.manader()).containsExactly(YearMonth.of(2021, 12), YearMonth.of(2022, 1), YearMonth.of(2022, 2));
        assertThat(resultat.kontonUtanforIntervallen()).containsExactly(1930);
        assertThat(resultat.raderForAndraNamnder()).isEqualTo(1);
        assertThat(resultat.budgetrader()).isEqualTo(1);
        assertThat(resultat.andradeVarden()).isEqualTo(6);
        assertThat(resultat.perAr()).extracting(Importresultat.Arssumma::ar).containsExactly(2021, 2022);
        Importresultat.Arssumma ar2022 = resultat.perAr().get(1);
        assertThat(ar2022.verksamheter()).extracting(Importresultat.Verksamhetssumma::kod)
                .containsExactly("NAMND", "BISTAND", "ATGARDER", "ENHETER");
        assertThat(ar2022.summa().kostnader()).isEqualByComparingTo("365000.25");
        assertThat(ar2022.summa().intakter()).isEqualByComparingTo("-38000");
    }

    @Test
    void theCsvFixtureGivesTheSameActualsAsTheSieFile() {
        Importresultat resultat = importera(Fixturer.CSV, "ada");

        assertThat(manader()).containsExactlyElementsOf(FIXTURENS_REDOVISAT);
        assertThat(resultat.format()).isEqualTo(Filformat.CSV);
        assertThat(resultat.rader()).isEqualTo(10);
    }

    @Test
    void theUtf8AndLatin1VariantsGiveTheSameActuals() {
        importera(Fixturer.UTF8, "ada");
        assertThat(manader()).containsExactlyElementsOf(FIXTURENS_REDOVISAT);
        importera(Fixturer.LATIN1, "ada");
        assertThat(manader()).containsExactlyElementsOf(FIXTURENS_REDOVISAT);
    }

    @Test
    void redovisatSumsJanuaryToTheMonthForEveryVerksamhetWithZerosWhereNothingIsRecorded() {
        importera(Fixturer.PC8, "ada");

        assertThat(redovisning.redovisat(namnd, 2022, 1)).extracting(r -> r.kod() + " " + tal(r.kostnader()) + " "
                + tal(r.intakter()) + " " + tal(r.netto())).containsExactly(
                "NAMND 50000 0 50000", "BISTAND 140000 -1500.5 138499.5", "ATGARDER 10000 0 10000", "ENHETER 0 0 0");
        assertThat(redovisning.redovisat(namnd, 2022, 12)).extracting(r -> r.kod() + " " + tal(r.netto())).containsExactly(
                "NAMND 50000", "BISTAND 282000.25", "ATGARDER 10000", "ENHETER -15000");
        assertThat(redovisning.redovisat(namnd, 2021, 12)).extracting(r -> r.kod() + " " + tal(r.netto())).containsExactly(
                "NAMND 0", "BISTAND 130000", "ATGARDER 0", "ENHETER 0");
    }

    @Test
    void perManadGivesTheMonthsBetweenTwoMonthsInclusive() {
        importera(Fixturer.PC8, "ada");

        assertThat(redovisning.perManad(namnd, YearMonth.of(2022, 1), YearMonth.of(2022, 1)))
                .extracting(r -> r.kod() + " " + r.period()).containsExactly("NAMND 2022-01", "BISTAND 2022-01", "ATGARDER 2022-01");
    }

    @Test
    void aMalformedFileChangesNothingAndNamesItsLines() {
        importera(Fixturer.PC8, "ada");
        List<Object> fore = tillstand();

        assertThatThrownBy(() -> importera(Fixturer.TRASIG_SIE, "ada"))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> assertThat(e.getFel())
                        .extracting(Radfel::rad).containsExactly(5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16));
        assertThatThrownBy(() -> importera(Fixturer.TRASIG_CSV, "ada"))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> assertThat(e.getFel())
                        .extracting(Radfel::rad).containsExactly(3, 4, 5, 6, 7));

        assertThat(tillstand()).isEqualTo(fore);
    }

    @Test
    void reimportingReplacesOnlyTheMonthsInTheFile() {
        importera(Fixturer.PC8, "ada");

        Importresultat resultat = importera("""
                ar;manad;konto;objekt;belopp
                2022;2;4610;20;150 000
                2022;2;5010;;1 000
                """, "februari.csv", "carl");

        assertThat(manader()).containsExactly(
                "NAMND 2022-01 50000 0",
                "NAMND 2022-02 1000 0",
                "BISTAND 2021-12 130000 0",
                "BISTAND 2022-01 140000 -1500.5",
                "BISTAND 2022-02 150000 0",
                "ATGARDER 2022-01 10000 0");
        assertThat(resultat.andradeVarden()).as("Bistånd changed, Nämnd new, Enheter removed").isEqualTo(3);
    }

    @Test
    void importingTheSameFileAgainChangesNothingButIsLoggedAgain() {
        importera(Fixturer.PC8, "ada");
        int andringar = andringar();

        Importresultat resultat = importera(Fixturer.PC8, "ada");

        assertThat(resultat.andradeVarden()).isZero();
        assertThat(andringar()).isEqualTo(andringar);
        assertThat(manader()).containsExactlyElementsOf(FIXTURENS_REDOVISAT);
        assertThat(jdbc.queryForObject("select count(*) from redovisning_import where namnd_id = ?", Integer.class,
                namnd.getId())).isEqualTo(2);
    }

    @Test
    void everyImportIsLoggedWithWhoTheFileItsHashRowsAndPeriod() throws Exception {
        importera(Fixturer.PC8, "ada");

        Map<String, Object> logg = jdbc.queryForMap("select * from redovisning_import where namnd_id = ?", namnd.getId());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Fixturer.las(Fixturer.PC8)));
        assertThat(logg).containsEntry("anvandare", "ada").containsEntry("filnamn", "pc8-med-aao.se")
                .containsEntry("sha256", sha256).containsEntry("format", "SIE").containsEntry("teckenkodning", "PC8")
                .containsEntry("rader", 14).containsEntry("manader", 3);
        assertThat(((Date) logg.get("forsta_manad")).toLocalDate()).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(((Date) logg.get("sista_manad")).toLocalDate()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(logg.get("tidpunkt")).isNotNull();
    }

    @Test
    void everyChangedActualGoesIntoTheAuditTrailWithOldAndNewValues() {
        importera(Fixturer.PC8, "ada");
        long bistandFebruari = id("BISTAND", 2022, 2);
        long enheterFebruari = id("ENHETER", 2022, 2);

        importera("ar;manad;konto;objekt;belopp\n2022;2;4610;20;150 000\n", "februari.csv", "carl");

        assertThat(historik(bistandFebruari)).containsExactly(
                "ada netto null → 143500.75", "ada kostnader null → 145000.25", "ada intakter null → -1499.5",
                "carl netto 143500.75 → 150000", "carl kostnader 145000.25 → 150000", "carl intakter -1499.5 → 0");
        assertThat(historik(enheterFebruari)).endsWith(
                "carl netto -15000 → null", "carl kostnader 20000 → null", "carl intakter -35000 → null");
        assertThat(jdbc.queryForObject("select count(*) from andring where objekttyp = 'redovisat' and objekt_id = ? "
                + "and namnd_id = ?", Integer.class, bistandFebruari, namnd.getId())).isEqualTo(6);
    }

    @Test
    void rowsNoRuleMapsAreRefusedWithTheirAccountsAndObjectsAndNothingIsWritten() {
        List<Object> fore = tillstand();

        assertThatThrownBy(() -> importera("""
                ar;manad;konto;objekt;belopp
                2022;1;4610;20;100
                2022;1;4610;77;100
                2022;2;4610;77;100
                2022;1;3010;;-5
                """, "omappad.csv", "ada"))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> assertThat(e.getFel())
                        .extracting(Object::toString).containsExactly(
                                "Rad 5: konto 3010 utan objekt i dimension 1 har ingen regel i mappningen.",
                                "Rad 3: konto 4610 med objekt \"77\" i dimension 1 har ingen regel i mappningen (och 1 rad till)."));
        assertThat(tillstand()).isEqualTo(fore);
    }

    @Test
    void aSieFileWithoutPeriodBalancesIsRefused() {
        assertThatThrownBy(() -> importera("#FLAGGA 0\n#RAR 0 20220101 20221231\n#RES 0 4610 1.00\n", "res.se", "ada"))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> assertThat(e.getFel().get(0).meddelande())
                        .startsWith("Filen har inga periodsaldon (#PSALDO)"));
    }

    @Test
    void anUnknownNamndIsNotFound() {
        assertThatThrownBy(() -> importer.importera(-1, Fixturer.las(Fixturer.PC8), "x.se", Teckenkodning.AUTOMATISK, "ada"))
                .isInstanceOf(NotFoundException.class);
    }

    private Importresultat importera(String resurs, String anvandare) {
        return importer.importera(namnd.getId(), Fixturer.las(resurs), resurs.substring(resurs.lastIndexOf('/') + 1),
                Teckenkodning.AUTOMATISK, anvandare);
    }

    private Importresultat importera(String text, String filnamn, String anvandare) {
        return importer.importera(namnd.getId(), text.getBytes(StandardCharsets.UTF_8), filnamn, Teckenkodning.AUTOMATISK,
                anvandare);
    }

    private List<String> manader() {
        return redovisning.perManad(namnd, YearMonth.of(2000, 1), YearMonth.of(2100, 12)).stream()
                .map(r -> r.kod() + " " + r.period() + " " + tal(r.kostnader()) + " " + tal(r.intakter()))
                .toList();
    }

    private List<Object> tillstand() {
        return List.of(manader(), andringar(),
                jdbc.queryForObject("select count(*) from redovisning_import where namnd_id = ?", Integer.class, namnd.getId()));
    }

    private int andringar() {
        return jdbc.queryForObject("select count(*) from andring where objekttyp = 'redovisat' and namnd_id = ?",
                Integer.class, namnd.getId());
    }

    private long id(String verksamhet, int ar, int manad) {
        return jdbc.queryForObject("""
                select r.id from redovisat r join verksamhet v on v.id = r.verksamhet_id
                where v.namnd_id = ? and v.kod = ? and r.ar = ? and r.manad = ?""", Long.class, namnd.getId(), verksamhet,
                ar, manad);
    }

    private List<String> historik(long id) {
        return jdbc.query("select anvandare, falt, gammalt, nytt from andring where objekttyp = 'redovisat' "
                + "and objekt_id = ? order by id", (rs, i) -> rs.getString("anvandare") + " " + rs.getString("falt") + " "
                + rs.getString("gammalt") + " → " + rs.getString("nytt"), id);
    }

    private static String tal(BigDecimal tal) {
        return tal.signum() == 0 ? "0" : tal.stripTrailingZeros().toPlainString();
    }
}
