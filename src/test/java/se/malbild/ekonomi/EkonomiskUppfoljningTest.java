package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.malbild.common.SvenskFormat;
import se.malbild.ekonomi.EkonomiskUppfoljning.Nettobelopp;
import se.malbild.ekonomi.EkonomiskUppfoljning.Underlag;
import se.malbild.organisation.VerksamhetTyp;

/**
 * Seed 001's economic tables per 31 augusti 2022 from the demo's exact inputs: the follow-up budget of
 * {@code linkoping-an-uppfoljning-2022.budget.csv}, the actuals of the SIE demo file (kronor with öre), the forecasts
 * and last year's bokslut. Every figure is compared as the seed prints it, in tkr.
 */
class EkonomiskUppfoljningTest {

    private static final Map<Integer, BigDecimal> ENHETERNAS_PROFIL = profil();

    private static final List<Underlag> AUGUSTI_2022 = List.of(
            rad(1, "Nämnd- och styrelseverksamhet", fordelat("1757000", "0"), fordelat("907795.49", "0"),
                    fordelat("733874.99", "0"), fordelat("1357000", "0"), fordelat("1320000", "0")),
            rad(2, "Ekonomiskt bistånd", fordelat("319752070", "-11000000"), fordelat("212500238.82", "-7416030.08"),
                    fordelat("221399855.34", "-7818846.31"), fordelat("321677000", "-10500000"),
                    fordelat("335041846.31", "-15818846.31")),
            rad(3, "Flyktingmottagande", fordelat("50536600", "-11000000"), fordelat("38000111.51", "-7279844.76"),
                    fordelat("36500139.27", "-7896094.80"), fordelat("55112000", "-10600000"),
                    fordelat("59944094.80", "-16496094.80")),
            rad(4, "Arbetsmarknadsåtgärder", fordelat("111814710", "-8700000"), fordelat("71000034.46", "-5297995.37"),
                    fordelat("62899868.66", "-4941839.62"), fordelat("108615000", "-8100000"),
                    fordelat("97248839.62", "-8641839.62")),
            rad(5, "Integrations- och arbetsmarknadsförvaltningen", fordelat("12285400", "-1000000"),
                    fordelat("8222793.15", "-699150.84"), fordelat("3775805.51", "-256075.31"),
                    fordelat("12285000", "-1000000"), fordelat("6340219.27", "-1020219.27")),
            new Underlag(6, "NAMNDENS_ENHETER", "Nämndens enheter", VerksamhetTyp.KOMMUNAL_ENHET,
                    Nettobelopp.netto(BigDecimal.ZERO), ENHETERNAS_PROFIL, fordelat("40000231.76", "-49509111.52"),
                    fordelat("37999992.75", "-39157849.40"), Nettobelopp.netto(new BigDecimal("-4400000")),
                    Nettobelopp.netto(new BigDecimal("558000"))));

    private static final EkonomiskUppfoljning.Tabeller TABELLER = EkonomiskUppfoljning.berakna(AUGUSTI_2022, 8, null);

    @Test
    void theJanuaryToAugustTableMatchesSeed001() {
        assertThat(period(0)).containsExactly("908", "1 171", "264", "734");
        assertThat(period(1)).containsExactly("205 084", "205 835", "751", "213 581");
        assertThat(period(2)).as("seed: 26 357 733,33 − 30 720 266,75 = −4 362 533,42, not 26 358 − 30 720")
                .containsExactly("30 720", "26 358", "−4 363", "28 604");
        assertThat(period(3)).containsExactly("65 702", "68 743", "3 041", "57 958");
        assertThat(period(4)).containsExactly("7 524", "7 524", "0", "3 520");
        assertThat(period(TABELLER.summa())).containsExactly("309 938", "309 631", "−307", "304 397");
        assertThat(period(TABELLER.varavKostnader())).containsExactly("330 631", "330 764", "133", "325 310");
        assertThat(period(TABELLER.varavIntakter())).containsExactly("−20 693", "−21 133", "−440", "−20 913");
        assertThat(period(5)).containsExactly("−9 509", "−3 114", "6 395", "−1 158");
        assertThat(period(TABELLER.summaInklKommunalaEnheter())).containsExactly("300 429", "306 516", "6 087", "303 239");
    }

    @Test
    void theFullYearForecastIsMinus4400BeforeAndZeroAfterTheUnits() {
        assertThat(ar(0)).containsExactly("1 357", "1 757", "400", "1 320");
        assertThat(ar(1)).containsExactly("311 177", "308 752", "−2 425", "319 223");
        assertThat(ar(2)).containsExactly("44 512", "39 537", "−4 975", "43 448");
        assertThat(ar(3)).containsExactly("100 515", "103 115", "2 600", "88 607");
        assertThat(ar(4)).containsExactly("11 285", "11 285", "0", "5 320");
        assertThat(ar(TABELLER.summa())).containsExactly("468 846", "464 446", "−4 400", "457 918");
        assertThat(ar(TABELLER.varavKostnader())).containsExactly("499 046", "496 146", "−2 900", "499 895");
        assertThat(ar(TABELLER.varavIntakter())).containsExactly("−30 200", "−31 700", "−1 500", "−41 977");
        assertThat(ar(5)).containsExactly("−4 400", "0", "4 400", "558");
        assertThat(ar(TABELLER.summaInklKommunalaEnheter())).containsExactly("464 446", "464 446", "0", "458 476");
        assertThat(TABELLER.prognosForHelaNamnden()).isFalse();
    }

    @Test
    void avvikelseMotBudgetIsPlusTwoPercent() {
        assertThat(TABELLER.avvikelseProcent())
                .hasValueSatisfying(p -> assertThat(SvenskFormat.procent(p, 1)).isEqualTo("2,0\u00a0%"));
    }

    @Test
    void aForecastForTheWholeNamndStandsInWhileTheVerksamheterHaveNone() {
        List<Underlag> mars = AUGUSTI_2022.stream().map(u -> u.medPrognos(null)).toList();

        var tabeller = EkonomiskUppfoljning.berakna(mars, 3, new BigDecimal("474446000"));

        assertThat(tabeller.summa().prognos()).isNull();
        assertThat(tabeller.prognosForHelaNamnden()).isTrue();
        assertThat(tkr(tabeller.summaInklKommunalaEnheter().arsavvikelse())).isEqualTo("−10 000");
        assertThat(EkonomiskUppfoljning.berakna(mars, 3, null).summaInklKommunalaEnheter().arsavvikelse()).isNull();
    }

    @Test
    void theVaravRowsAreUnknownWhereAVerksamhetsAmountIsNotSplit() {
        List<Underlag> delvis = List.of(AUGUSTI_2022.get(0),
                new Underlag(2, "EKONOMISKT_BISTAND", "Ekonomiskt bistånd", VerksamhetTyp.VERKSAMHET,
                        Nettobelopp.netto(new BigDecimal("308752070")), Map.of(), fordelat("212500238.82", "-7416030.08"),
                        null, Nettobelopp.netto(new BigDecimal("311177000")), null));

        var tabeller = EkonomiskUppfoljning.berakna(delvis, 8, null);

        assertThat(tabeller.varavKostnader().periodiseradBudget()).isNull();
        assertThat(tabeller.varavKostnader().prognos()).isNull();
        assertThat(tkr(tabeller.varavKostnader().redovisat())).isEqualTo("213 408");
        assertThat(tabeller.summa().redovisatForegaendeAr()).isNull();
    }

    @Test
    void theSplitOfTheWholeBudgetServesTheVaravRowsWhenTheRowsAreNotSplit() {
        List<Underlag> utanFordelning = AUGUSTI_2022.stream().map(u -> new Underlag(u.verksamhetId(), u.kod(), u.namn(),
                u.typ(), Nettobelopp.netto(u.budget().netto()), u.profil(), u.redovisat(), u.redovisatForegaendeAr(),
                u.prognos(), u.bokslutForegaendeAr())).toList();

        var tabeller = EkonomiskUppfoljning.berakna(utanFordelning, 8, null,
                Nettobelopp.fordelat(new BigDecimal("496145780"), new BigDecimal("-31700000")));

        assertThat(period(tabeller.varavKostnader())).containsExactly("330 631", "330 764", "133", "325 310");
        assertThat(ar(tabeller.varavIntakter())).containsExactly("−30 200", "−31 700", "−1 500", "−41 977");
        assertThat(EkonomiskUppfoljning.berakna(utanFordelning, 8, null).varavKostnader().arsbudget()).isNull();
    }

    @Test
    void investmentsOfSeed001() {
        var amc = new EkonomiskUppfoljning.Investering("AMC", "Arbetsmarknadscentrum", new BigDecimal("250000"),
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("50000"), BigDecimal.ZERO);
        var ams = new EkonomiskUppfoljning.Investering("AMS", "Arbetsmarknadsservice", new BigDecimal("1650000"),
                new BigDecimal("318240"), BigDecimal.ZERO, new BigDecimal("350000"), BigDecimal.ZERO);

        var summa = EkonomiskUppfoljning.summa(List.of(amc, ams));

        assertThat(tkr(amc.avvikelse())).isEqualTo("200");
        assertThat(tkr(ams.avvikelse())).isEqualTo("1 300");
        assertThat(List.of(tkr(summa.redovisatUtgifter()), tkr(summa.prognosNetto()), tkr(summa.ram()), tkr(summa.avvikelse())))
                .containsExactly("318", "400", "1 900", "1 500");
        var utanPrognos = new EkonomiskUppfoljning.Investering("X", "X", BigDecimal.TEN, null, null, null, null);
        assertThat(EkonomiskUppfoljning.summa(List.of(amc, utanPrognos)).avvikelse()).isNull();
    }

    private static List<String> period(int rad) {
        return period(TABELLER.rader().get(rad).belopp());
    }

    private static List<String> period(Driftuppfoljning.Belopp b) {
        return List.of(tkr(b.redovisat()), tkr(b.periodiseradBudget()), tkr(b.periodavvikelse()), tkr(b.redovisatForegaendeAr()));
    }

    private static List<String> ar(int rad) {
        return ar(TABELLER.rader().get(rad).belopp());
    }

    private static List<String> ar(Driftuppfoljning.Belopp b) {
        return List.of(tkr(b.prognos()), tkr(b.arsbudget()), tkr(b.arsavvikelse()), tkr(b.bokslutForegaendeAr()));
    }

    private static Underlag rad(long id, String namn, Nettobelopp budget, Nettobelopp redovisat, Nettobelopp foregaende,
            Nettobelopp prognos, Nettobelopp bokslut) {
        return new Underlag(id, "KOD" + id, namn, VerksamhetTyp.VERKSAMHET, budget, Map.of(), redovisat, foregaende, prognos,
                bokslut);
    }

    private static Nettobelopp fordelat(String kostnader, String intakter) {
        return Nettobelopp.fordelat(new BigDecimal(kostnader), new BigDecimal(intakter));
    }

    private static Map<Integer, BigDecimal> profil() {
        Map<Integer, BigDecimal> profil = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            profil.put(m, new BigDecimal(m <= 8 ? "-389292.50" : "778585"));
        }
        return profil;
    }

    private static String tkr(BigDecimal kronor) {
        return SvenskFormat.tal(Beloppsenhet.TKR.franKronor(kronor), 0).replace('\u00a0', ' ');
    }
}
