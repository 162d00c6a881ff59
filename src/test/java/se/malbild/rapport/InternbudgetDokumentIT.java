package se.malbild.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentHtml;
import se.malbild.dokument.OppnaData.Ekonomirad;
import se.malbild.dokument.OppnaData.Indikatorvarde;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Talformat;
import se.malbild.onboarding.PlanImportService;
import se.malbild.testsupport.Demofiler;

/** The internbudget as a document: seed 004's sections, exact numbers behind every figure, and its open data. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternbudgetDokumentIT {

    @Autowired
    InternbudgetService internbudget;

    @Autowired
    DokumentHtml html;

    @Autowired
    PlanImportService importer;

    private Dokument linkoping;

    @BeforeAll
    void lasInDemodata() {
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "test");
        linkoping = internbudget.dokument("0580", "AN", 2022);
    }

    @Test
    void linkopingsPlanHasTheSectionsOfSeed004() {
        assertThat(linkoping.typ()).isEqualTo("INTERNBUDGET");
        assertThat(linkoping.titel()).isEqualTo("Arbetsmarknadsnämndens internbudget för 2022 med plan för 2023–2027");
        assertThat(linkoping.kommun()).isEqualTo("Linköpings kommun");
        assertThat(linkoping.avsnitt()).extracting(Avsnitt::id)
                .containsExactly("uppdrag", "sammanfattning", "ekonomi", "volymer", "personal", "mal", "uppdragen");
        assertThat(avsnitt(linkoping).map(Avsnitt::rubrik)).contains("Målområde: Medarbetare", "Goda arbetsplatser");
    }

    @Test
    void everyFigureCarriesItsExactNumberAndPrintsAsItsFormatDoes() {
        List<Tabell.Cell> figurer = tabeller(linkoping).flatMap(t -> t.rader().stream())
                .flatMap(r -> r.celler().stream())
                .filter(c -> c.text().matches("−?\\d{1,3}(\u00a0\\d{3})*(,\\d+)?(\u00a0%)?"))
                .toList();

        assertThat(figurer).hasSizeGreaterThan(100).allSatisfy(c -> {
            assertThat(c.tal()).as(c.text()).isNotNull();
            assertThat(c.format().text(c.tal())).isEqualTo(c.text());
        });
        Tabell.Rad summa = rad(linkoping, "driftsammandrag", "Summa nettokostnader");
        assertThat(summa.celler()).extracting(Tabell.Cell::tal).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(tal(430424), tal(451865), tal(462147), tal(455230), tal(455230), tal(455230),
                        tal(455230), tal(455230));
        assertThat(summa.celler()).extracting(Tabell.Cell::format).containsOnly(Talformat.HELTAL);
        assertThat(rad(linkoping, "driftsammandrag", "Avvikelse mot budgetram").celler().get(2).tal())
                .isEqualByComparingTo("-1");
    }

    @Test
    void tranasAmountsInMillionsKeepTheirExactValue() {
        Dokument tranas = internbudget.dokument("0687", "KS-HRAF", 2023);

        Tabell.Rad summa = rad(tranas, "driftsammandrag", "Summa nettokostnader");
        assertThat(summa.celler()).extracting(Tabell.Cell::text).containsExactly("87,8", "89,4", "90,9");
        assertThat(summa.celler().get(0).tal()).isEqualByComparingTo("87.8");
        assertThat(summa.celler().get(0).format()).isEqualTo(Talformat.DECIMAL1);
    }

    @Test
    void targetsAndEarlierOutcomesAreOpenDataByIndicatorCodeYearAndGender() {
        List<Indikatorvarde> varden = linkoping.oppnaData().indikatorer();

        assertThat(linkoping.oppnaData().scbKod()).isEqualTo("0580");
        assertThat(linkoping.oppnaData().namndKod()).isEqualTo("AN");
        assertThat(linkoping.oppnaData().ar()).isEqualTo(2022);
        assertThat(linkoping.oppnaData().manad()).isNull();
        Indikatorvarde utfall2020 = varde(varden, "HUSHALL_EKB", "UTFALL", 2020, "T", null);
        assertThat(utfall2020.value()).isEqualByComparingTo("3327");
        assertThat(utfall2020.enhet()).isEqualTo("antal");
        assertThat(utfall2020.status()).isEmpty();
        assertThat(utfall2020.titel()).startsWith("Antal hushåll med ekonomiskt bistånd");
        assertThat(varde(varden, "HUSHALL_EKB", "MALVARDE", 2022, "T", null).value()).isEqualByComparingTo("3300");
        assertThat(varde(varden, "HUSHALL_EKB", "MALVARDE", 2023, "T", null).value()).isEqualByComparingTo("3200");

        Indikatorvarde iu = varde(varden, "MEDIANTID_BISTAND", "UTFALL", 2020, "T", null);
        assertThat(iu.value()).isNull();
        assertThat(iu.status()).isEqualTo("I.U.");

        assertThat(varde(varden, "TOTAL_SJUKFRANVARO", "UTFALL", 2020, "M", "UAF").value()).isEqualByComparingTo("1.4");
        Indikatorvarde sjukfranvaroMal = varde(varden, "TOTAL_SJUKFRANVARO", "MALVARDE", 2022, "T", null);
        assertThat(sjukfranvaroMal.value()).isEqualByComparingTo("6.0");
        assertThat(sjukfranvaroMal.enhet()).isEqualTo("%");
        assertThat(varden).as("targets in words have no value to publish")
                .noneMatch(v -> v.typ().equals("MALVARDE") && v.value() == null && v.status().isEmpty());
    }

    @Test
    void thePlansBudgetPerVerksamhetIsOpenDataInKronor() {
        List<Ekonomirad> ekonomi = linkoping.oppnaData().ekonomi();

        Ekonomirad namnden = ekonomi.stream().filter(r -> r.verksamhet().equals("NAMNDEN")).findFirst().orElseThrow();
        assertThat(namnden.budgetHelar()).isEqualByComparingTo("1757000");
        assertThat(namnden.redovisatPeriod()).isNull();
        assertThat(namnden.prognosHelar()).isNull();
        Ekonomirad summa = ekonomi.get(ekonomi.size() - 1);
        assertThat(summa.verksamhet()).isEqualTo("SUMMA");
        assertThat(summa.budgetHelar()).isEqualByComparingTo("462147000");
    }

    @Test
    void thePlansHtmlIsTheSameEveryTimeAndWellFormed() throws Exception {
        String forsta = html.fragment(linkoping);

        assertThat(html.fragment(internbudget.dokument("0580", "AN", 2022))).isEqualTo(forsta);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<rot>" + forsta + "</rot>").getBytes(StandardCharsets.UTF_8)));
    }

    private static Indikatorvarde varde(List<Indikatorvarde> varden, String kpi, String typ, int period, String gender,
            String enhet) {
        List<Indikatorvarde> traffar = varden.stream()
                .filter(v -> v.kpi().equals(kpi) && v.typ().equals(typ) && v.period() == period
                        && v.gender().equals(gender) && java.util.Objects.equals(v.enhetsnamn(), enhet))
                .toList();
        assertThat(traffar).as(kpi + " " + typ + " " + period + " " + gender + " " + enhet).hasSize(1);
        return traffar.get(0);
    }

    private static Tabell.Rad rad(Dokument dokument, String tabell, String namn) {
        return tabeller(dokument).filter(t -> t.id().equals(tabell)).flatMap(t -> t.rader().stream())
                .filter(r -> r.namn().equals(namn)).findFirst()
                .orElseThrow(() -> new AssertionError("Ingen rad " + namn + " i " + tabell));
    }

    private static Stream<Tabell> tabeller(Dokument dokument) {
        return avsnitt(dokument).flatMap(a -> a.block().stream()).filter(Tabell.class::isInstance).map(Tabell.class::cast);
    }

    private static Stream<Avsnitt> avsnitt(Dokument dokument) {
        List<Avsnitt> alla = new ArrayList<>();
        dokument.avsnitt().forEach(a -> samla(a, alla));
        return alla.stream();
    }

    private static void samla(Avsnitt avsnitt, List<Avsnitt> alla) {
        alla.add(avsnitt);
        avsnitt.underavsnitt().forEach(u -> samla(u, alla));
    }

    private static BigDecimal tal(long tal) {
        return BigDecimal.valueOf(tal);
    }
}
