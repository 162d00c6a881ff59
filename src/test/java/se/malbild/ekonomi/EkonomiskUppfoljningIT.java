package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.common.SvenskFormat;
import se.malbild.onboarding.PlanImportService;
import se.malbild.organisation.NamndRepository;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * The economy page per 31 augusti 2022 computed from the demo inputs (follow-up budget, SIE actuals, forecasts entered
 * through the services users use) shows seed 001's tables as printed, in tkr. Nothing on it is typed in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EkonomiskUppfoljningIT {

    private static final String RESULTAT = "Resultat per 31 augusti 2022";
    private static final String PROGNOS = "Prognos för helår 2022";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    HarleddaNyckeltal nyckeltal;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    NamndRepository namnder;

    EkonomiFixturer.Linkoping an;
    String ekonomisida;
    Document augusti;

    @BeforeAll
    void demo() throws Exception {
        an = EkonomiFixturer.linkoping(context, "9961");
        ekonomisida = "/namnder/" + an.namndId() + "/uppfoljning/" + an.augusti().getId() + "/ekonomi";
        augusti = Sidor.sida(mvc, ekonomisida, Sidor.politiker("petra"));
    }

    @Test
    void theJanuaryToAugustTableMatchesSeed001() {
        assertThat(rad(RESULTAT, "Nämnd- och styrelseverksamhet")).containsExactly("908", "1 171", "264", "734");
        assertThat(rad(RESULTAT, "Ekonomiskt bistånd")).containsExactly("205 084", "205 835", "751", "213 581");
        assertThat(rad(RESULTAT, "Flyktingmottagande")).as("a rounded difference of exact amounts, not 26 358 − 30 720")
                .containsExactly("30 720", "26 358", "−4 363", "28 604");
        assertThat(rad(RESULTAT, "Arbetsmarknadsåtgärder")).containsExactly("65 702", "68 743", "3 041", "57 958");
        assertThat(rad(RESULTAT, "Integrations- och arbetsmarknadsförvaltningen"))
                .containsExactly("7 524", "7 524", "0", "3 520");
        assertThat(rad(RESULTAT, "Summa nettokostnader, tkr")).containsExactly("309 938", "309 631", "−307", "304 397");
        assertThat(rad(RESULTAT, "varav kostnader")).containsExactly("330 631", "330 764", "133", "325 310");
        assertThat(rad(RESULTAT, "varav intäkter")).containsExactly("−20 693", "−21 133", "−440", "−20 913");
        assertThat(rad(RESULTAT, "Nämndens enheter")).containsExactly("−9 509", "−3 114", "6 395", "−1 158");
        assertThat(rad(RESULTAT, "Summa nettokostnader, tkr, inkl. kommunala enheter"))
                .containsExactly("300 429", "306 516", "6 087", "303 239");
    }

    @Test
    void theFullYearForecastMatchesSeed001() {
        assertThat(rad(PROGNOS, "Nämnd- och styrelseverksamhet")).containsExactly("1 357", "1 757", "400", "1 320");
        assertThat(rad(PROGNOS, "Ekonomiskt bistånd")).containsExactly("311 177", "308 752", "−2 425", "319 223");
        assertThat(rad(PROGNOS, "Flyktingmottagande")).containsExactly("44 512", "39 537", "−4 975", "43 448");
        assertThat(rad(PROGNOS, "Arbetsmarknadsåtgärder")).containsExactly("100 515", "103 115", "2 600", "88 607");
        assertThat(rad(PROGNOS, "Integrations- och arbetsmarknadsförvaltningen"))
                .containsExactly("11 285", "11 285", "0", "5 320");
        assertThat(rad(PROGNOS, "Summa nettokostnader, tkr")).containsExactly("468 846", "464 446", "−4 400", "457 918");
        assertThat(rad(PROGNOS, "varav kostnader")).containsExactly("499 046", "496 146", "−2 900", "499 895");
        assertThat(rad(PROGNOS, "varav intäkter")).containsExactly("−30 200", "−31 700", "−1 500", "−41 977");
        assertThat(rad(PROGNOS, "Nämndens enheter")).containsExactly("−4 400", "0", "4 400", "558");
        assertThat(rad(PROGNOS, "Summa nettokostnader, tkr, inkl. kommunala enheter"))
                .containsExactly("464 446", "464 446", "0", "458 476");
    }

    @Test
    void theSummaryComparesWithTheForecastMadeInMarch() {
        assertThat(Sidor.text(augusti.select("table caption").first())).startsWith("Ekonomi per 31 augusti 2022");
        assertThat(augusti.select("table").first().select("thead th").eachText()).last().isEqualTo("Avvikelse i prognos helår, mars");
        assertThat(rad("Ekonomi per 31 augusti 2022", "Verksamhetens nettokostnader"))
                .containsExactly("464 446", "464 446", "0", "−10 000");
        assertThat(rad("Ekonomi per 31 augusti 2022", "Investeringar, netto")).containsExactly("400", "1 900", "1 500", "0");
    }

    @Test
    void theInvestmentsMatchSeed001() {
        assertThat(rad("Investeringar 2022", "Arbetsmarknadscentrum")).containsExactly("0", "0", "50", "0", "50", "250", "200");
        assertThat(rad("Investeringar 2022", "Arbetsmarknadsservice"))
                .containsExactly("318", "0", "350", "0", "350", "1 650", "1 300");
        assertThat(rad("Investeringar 2022", "Summa investeringar"))
                .containsExactly("318", "0", "400", "0", "400", "1 900", "1 500");
    }

    @Test
    void theDerivedKeyFiguresAreComputedNotTyped() throws Exception {
        assertThat(rad("Härledda nyckeltal", "Avvikelse mot budget, %").get(0)).isEqualTo("+2,0 %");
        assertThat(rad("Härledda nyckeltal", "Träffsäkerhet i ekonomiprognos").get(0)).isEqualTo("Kan ej beräknas");
        assertThat(rad("Härledda nyckeltal", "Träffsäkerhet i ekonomiprognos").get(1)).contains("alla tolv månader 2022");

        Document medHushall = Sidor.sida(mvc, ekonomisida + "?hushall=3 090", Sidor.politiker("petra"));
        assertThat(Sidor.rad(medHushall, "Härledda nyckeltal", "Kostnad per hushåll, ekonomiskt bistånd"))
                .containsExactly("8 296 kr per hushåll och månad", "Ekonomiskt biståndets nettokostnad jan–aug 2022, "
                        + "205 084 tkr, delad med 3 090 hushåll och 8 månader (66 370 kr per hushåll för perioden).");
        Document felaktigt = Sidor.sida(mvc, ekonomisida + "?hushall=många", Sidor.politiker("petra"));
        assertThat(Sidor.text(felaktigt.getElementById("hushall-fel"))).contains("”många” är inte ett tal");
    }

    @Test
    void theTwelveMonthCostOfEkonomisktBistandIsARollingSum() {
        String tabell = "Ekonomiskt bistånd, nettokostnad per månad";
        assertThat(rad(tabell, "sep 2021").get(1)).as("January–August 2020 have no actuals").isEqualTo("–");
        assertThat(rad(tabell, "dec 2021")).containsExactly(rad(tabell, "dec 2021").get(0), "319 223");
        assertThat(rad(tabell, "aug 2022").get(0)).isEqualTo("26 990");
        assertThat(rad(tabell, "aug 2022").get(1)).isEqualTo("310 726");
    }

    @Test
    void otherModulesGetTheKeyFiguresThroughTheService() {
        assertThat(nyckeltal.avvikelseMotBudgetProcent(an.namnd(), an.augusti()))
                .hasValueSatisfying(p -> assertThat(SvenskFormat.procent(p, 1)).isEqualTo("2,0\u00a0%"));
        assertThat(nyckeltal.traffsakerhetIEkonomiprognos(an.namnd(), an.augusti()).status())
                .isEqualTo(EkonomiskUppfoljningService.TraffsakerhetStatus.ARETS_REDOVISNING_SAKNAS);
        assertThat(nyckeltal.kostnadPerHushall(an.namnd(), an.augusti(), new BigDecimal("3090")))
                .hasValueSatisfying(k -> assertThat(SvenskFormat.tal(k.perHushallOchManad(), 0)).isEqualTo("8\u00a0296"));
        List<Harledning.Tolvmanaderspunkt> serie = nyckeltal.kostnadSenaste12Manader(an.namnd(), an.augusti());
        assertThat(serie).hasSize(12);
        assertThat(serie.get(11).manad()).isEqualTo(YearMonth.of(2022, 8));
    }

    @Test
    void forecastAccuracyIsComputedOnceTheYearsActualsAreComplete() {
        // 2021 has actuals for all twelve months in the demo; a budget and an August forecast for 2021 make the figure.
        Uppfoljningspunkt augusti2021 = uppfoljningar.skapaPunkt(an.scbKod(), 2021, 8, Uppfoljningstyp.DELAR,
                "per 31 augusti 2021", LocalDate.of(2021, 9, 12));
        var namnd = namnder.findByKommunAndKod(an.scbKod(), "AN").orElseThrow();
        context.getBean(BudgetImportService.class).importera(namnd, 2021,
                "kod;namn;typ;budget\nEKONOMISKT_BISTAND;;VERKSAMHET;451 900 000\n".getBytes(), "budget-2021.csv", "test");
        if (nyckeltal.traffsakerhetIEkonomiprognos(namnd, augusti2021).prognos() == null) {
            context.getBean(PrognosService.class).spara(namnd, augusti2021, 8, List.of(new PrognosService.Inmatning(null,
                    "470 900", "", "", "Underskott 19,0 mnkr", null, false)), List.of(), "test");
        }

        var traffsakerhet = nyckeltal.traffsakerhetIEkonomiprognos(namnd, augusti2021);

        assertThat(traffsakerhet.status()).isEqualTo(EkonomiskUppfoljningService.TraffsakerhetStatus.BERAKNAD);
        assertThat(traffsakerhet.arsresultat()).isEqualByComparingTo("458476000");
        assertThat(SvenskFormat.procent(traffsakerhet.procent(), 1)).as("(458 476 − 470 900) / 451 900")
                .isEqualTo("−2,7\u00a0%");
    }

    @Test
    void theMarchPageShowsTheForecastMadeForTheWholeNamnd() throws Exception {
        Document mars = Sidor.sida(mvc, "/namnder/" + an.namndId() + "/uppfoljning/" + an.mars().getId() + "/ekonomi",
                Sidor.politiker("petra"));

        assertThat(Sidor.rad(mars, "Prognos för helår 2022", "Summa nettokostnader, tkr, inkl. kommunala enheter"))
                .containsExactly("474 446", "464 446", "−10 000", "458 476");
        assertThat(Sidor.rad(mars, "Prognos för helår 2022", "Ekonomiskt bistånd").get(0)).isEqualTo("–");
        assertThat(mars.text()).contains("Prognosen är gjord för hela nämnden");
        assertThat(Sidor.rad(mars, "Resultat per 31 mars 2022", "Ekonomiskt bistånd").get(1)).as("3/12 of 308 752 070")
                .isEqualTo("77 188");
    }

    @Test
    void withoutAFollowUpBudgetTheYearIsFollowedUpAgainstTheInternbudget() throws Exception {
        if (namnder.findByKommunAndKod("9965", "AN").isEmpty()) {
            context.getBean(PlanImportService.class).importera(EkonomiFixturer.plan("9965"), "linkoping-9965.json", "test");
        }
        long namnd = namnder.findByKommunAndKod("9965", "AN").orElseThrow().getId();
        long punkt = uppfoljningar.skapaPunkt("9965", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null).getId();

        Document sida = Sidor.sida(mvc, "/namnder/" + namnd + "/uppfoljning/" + punkt + "/ekonomi", Sidor.politiker("petra"));

        assertThat(sida.text()).contains("Budget 2022 är internbudgetens");
        assertThat(Sidor.rad(sida, PROGNOS, "Summa nettokostnader, tkr")).as("seed 004: 462 147")
                .containsExactly("–", "462 147", "–", "–");
        assertThat(Sidor.rad(sida, PROGNOS, "varav kostnader")).containsExactly("–", "493 847", "–", "–");
        assertThat(Sidor.rad(sida, RESULTAT, "Ekonomiskt bistånd")).containsExactly("–", "190 169", "–", "–");
        assertThat(Sidor.rad(sida, "Härledda nyckeltal", "Avvikelse mot budget, %").get(0)).isEqualTo("Kan ej beräknas");
    }

    @Test
    void aRegistratorOfAnotherCommitteeCannotReadItAndAnotherMunicipalitysPointIsNotFound() throws Exception {
        MalbildAnvandare annan = Sidor.registrator("ture", an.namndId() + 100_000);
        mvc.perform(get(ekonomisida).with(user(annan))).andExpect(status().isForbidden());
        mvc.perform(get(ekonomisida + "/prognoshistorik").with(user(annan))).andExpect(status().isForbidden());
        long annanKommunsPunkt = EkonomiFixturer.annanKommunsPunkt(context);
        mvc.perform(get("/namnder/" + an.namndId() + "/uppfoljning/" + annanKommunsPunkt + "/ekonomi")
                .with(user(Sidor.politiker("petra")))).andExpect(status().isNotFound());
        mvc.perform(get("/namnder/999999999/uppfoljning/" + an.augusti().getId() + "/ekonomi")
                .with(user(Sidor.politiker("petra")))).andExpect(status().isNotFound());
    }

    private List<String> rad(String tabell, String rad) {
        return Sidor.rad(augusti, tabell, rad);
    }
}
