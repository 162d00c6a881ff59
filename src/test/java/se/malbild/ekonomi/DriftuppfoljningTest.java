package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.malbild.common.SvenskFormat;
import se.malbild.organisation.VerksamhetTyp;

/**
 * Seed 001, Linköping Arbetsmarknadsnämnden per 31 augusti 2022. The inputs are exact amounts (tkr with decimals, as
 * exact kronor would be) whose roundings are the figures the seed prints; every output is computed and compared with
 * the seed as a reader sees it.
 */
class DriftuppfoljningTest {

    /** The internal units budget −3 114 for January–August and +3 114 for the autumn: 0 for the year. */
    private static final Map<Integer, BigDecimal> ENHETERNAS_PROFIL = profil(
            "-389.31", "-389.31", "-389.31", "-389.31", "-389.31", "-389.31", "-389.31", "-389.32",
            "778.62", "778.62", "778.62", "778.63");

    private static final Driftuppfoljning AUGUSTI_2022 = new Driftuppfoljning(List.of(
            rad("Nämnd- och styrelseverksamhet", "1757", "907.6", "734", "1357", "1320"),
            rad("Ekonomiskt bistånd", "308752", "205084", "213581", "311177", "319223"),
            rad("Flyktingmottagande", "39536.6", "30720.4", "28604", "44512", "43448"),
            rad("Arbetsmarknadsåtgärder", "103115", "65702", "57958", "100515", "88607"),
            rad("Integrations- och arbetsmarknadsförvaltningen", "11285.4", "7523.7", "3520", "11285", "5320"),
            new Driftuppfoljning.Rad("Nämndens enheter", VerksamhetTyp.KOMMUNAL_ENHET, BigDecimal.ZERO, ENHETERNAS_PROFIL,
                    tkr("-9509.0"), tkr("-1158"), tkr("-4400"), tkr("558"))), 8);

    @Test
    void periodisedBudgetIsEightTwelfthsInAugust() {
        var bistand = AUGUSTI_2022.belopp(rad("Ekonomiskt bistånd", "308752", "205084", "213581", "311177", "319223"));

        assertThat(visa(bistand.periodiseradBudget())).isEqualTo("205 835");
        assertThat(visa(bistand.periodavvikelse())).isEqualTo("751");
    }

    @Test
    void aRowWithAMonthlyProfileFollowsTheProfileNotTheYear() {
        var enheterna = AUGUSTI_2022.belopp(new Driftuppfoljning.Rad("Nämndens enheter", VerksamhetTyp.KOMMUNAL_ENHET,
                BigDecimal.ZERO, ENHETERNAS_PROFIL, tkr("-9509.0"), null, null, null));

        assertThat(visa(enheterna.arsbudget())).isEqualTo("0");
        assertThat(visa(enheterna.periodiseradBudget())).isEqualTo("−3 114");
        assertThat(visa(enheterna.periodavvikelse())).isEqualTo("6 395");
    }

    @Test
    void theJanuaryToAugustTableMatchesSeed001() {
        assertThat(visa(AUGUSTI_2022.belopp(rad("Flyktingmottagande", "39536.6", "30720.4", "28604", "44512", "43448"))
                .periodavvikelse())).isEqualTo("−4 363");
        assertThat(visa(AUGUSTI_2022.belopp(rad("Arbetsmarknadsåtgärder", "103115", "65702", "57958", "100515", "88607"))
                .periodavvikelse())).isEqualTo("3 041");

        var summa = AUGUSTI_2022.summa();
        assertThat(visa(summa.redovisat())).isEqualTo("309 938");
        assertThat(visa(summa.periodiseradBudget())).isEqualTo("309 631");
        assertThat(visa(summa.periodavvikelse())).isEqualTo("−307");
        assertThat(visa(summa.redovisatForegaendeAr())).isEqualTo("304 397");

        var inklEnheter = AUGUSTI_2022.summaInklKommunalaEnheter();
        assertThat(visa(inklEnheter.redovisat())).isEqualTo("300 429");
        assertThat(visa(inklEnheter.periodiseradBudget())).isEqualTo("306 516");
        assertThat(visa(inklEnheter.periodavvikelse())).isEqualTo("6 087");
        assertThat(visa(inklEnheter.redovisatForegaendeAr())).isEqualTo("303 239");
    }

    @Test
    void theFullYearForecastIsMinus4400BeforeAndZeroAfterTheUnits() {
        var summa = AUGUSTI_2022.summa();
        assertThat(visa(summa.prognos())).isEqualTo("468 846");
        assertThat(visa(summa.arsbudget())).isEqualTo("464 446");
        assertThat(visa(summa.arsavvikelse())).isEqualTo("−4 400");
        assertThat(visa(summa.bokslutForegaendeAr())).isEqualTo("457 918");
        assertThat(visa(AUGUSTI_2022.belopp(rad("Flyktingmottagande", "39536.6", "30720.4", "28604", "44512", "43448"))
                .arsavvikelse())).isEqualTo("−4 975");

        var inklEnheter = AUGUSTI_2022.summaInklKommunalaEnheter();
        assertThat(visa(inklEnheter.prognos())).isEqualTo("464 446");
        assertThat(visa(inklEnheter.arsavvikelse())).isEqualTo("0");
        assertThat(visa(inklEnheter.bokslutForegaendeAr())).isEqualTo("458 476");
    }

    @Test
    void avvikelseMotBudgetIsPlusTwoPercentInAugust2022() {
        assertThat(AUGUSTI_2022.avvikelseProcent())
                .hasValueSatisfying(p -> assertThat(SvenskFormat.procent(p, 1)).isEqualTo("2,0\u00a0%"));
    }

    @Test
    void aTotalIsUnknownWhileAnyRowLacksItsForecast() {
        var utanPrognos = new Driftuppfoljning(List.of(
                rad("Ekonomiskt bistånd", "308752", "205084", "213581", "311177", "319223"),
                new Driftuppfoljning.Rad("Flyktingmottagande", VerksamhetTyp.VERKSAMHET, tkr("39536.6"), Map.of(),
                        tkr("30720.4"), null, null, null)), 8);

        assertThat(utanPrognos.summa().prognos()).isNull();
        assertThat(utanPrognos.summa().arsavvikelse()).isNull();
        assertThat(visa(utanPrognos.summa().periodavvikelse())).isEqualTo("−3 612");
    }

    private static Driftuppfoljning.Rad rad(String namn, String arsbudget, String redovisat, String foregaende,
            String prognos, String bokslut) {
        return new Driftuppfoljning.Rad(namn, VerksamhetTyp.VERKSAMHET, tkr(arsbudget), Map.of(), tkr(redovisat),
                tkr(foregaende), tkr(prognos), tkr(bokslut));
    }

    private static Map<Integer, BigDecimal> profil(String... manader) {
        Map<Integer, BigDecimal> profil = new TreeMap<>();
        for (int i = 0; i < manader.length; i++) {
            profil.put(i + 1, tkr(manader[i]));
        }
        return profil;
    }

    private static BigDecimal tkr(String tkr) {
        return Beloppsenhet.TKR.tillKronor(new BigDecimal(tkr));
    }

    private static String visa(BigDecimal kronor) {
        return SvenskFormat.tal(Beloppsenhet.TKR.franKronor(kronor), 0).replace('\u00a0', ' ');
    }
}
