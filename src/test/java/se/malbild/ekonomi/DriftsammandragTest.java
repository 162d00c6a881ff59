package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.malbild.common.SvenskFormat;
import se.malbild.organisation.VerksamhetTyp;

/** The driftsammandrag totals with the figures of seed 004 (Linköping, tkr) and seed 000 (Tranås, mnkr). */
class DriftsammandragTest {

    private static final Kolumn BOKSLUT_2020 = new Kolumn(2020, Kolumntyp.BOKSLUT);
    private static final Kolumn BUDGET_2022 = new Kolumn(2022, Kolumntyp.BUDGET);
    private static final Kolumn PLAN_2023 = new Kolumn(2023, Kolumntyp.PLAN);

    private static final Driftsammandrag LINKOPING = new Driftsammandrag(List.of(
            rad("Nämnden", VerksamhetTyp.VERKSAMHET, 1_055, 1_757, 1_765),
            rad("Avdelningen vuxna", VerksamhetTyp.VERKSAMHET, 64_166, 52_484, 52_387),
            rad("Ekonomiskt bistånd", VerksamhetTyp.VERKSAMHET, 278_720, 285_254, 276_610),
            rad("Arbetsmarknads- och integrationsinsatser", VerksamhetTyp.VERKSAMHET, 79_547, 93_511, 95_085),
            rad("Integrations- och arbetsmarknadsförvaltningen", VerksamhetTyp.VERKSAMHET, 6_936, 29_141, 29_171),
            new Driftsammandrag.Rad("Ofördelad pris- och lönejustering", VerksamhetTyp.VERKSAMHET, Map.of(PLAN_2023, tkr(212))),
            new Driftsammandrag.Rad("Arbetsmarknadscentrum", VerksamhetTyp.KOMMUNAL_ENHET, Map.of(BOKSLUT_2020, tkr(-1_675)))));

    @Test
    void linkopingsBudget2022SumsTo462147AgainstTheFrame462146() {
        Budgetram ram = new Budgetram(null, 2022, 2022);
        ram.besluta("Budgetram enligt beslut i KF den 28 september 2021", tkr(460_146));
        ram.justera("Flytt bostadsvårdare från AN till SON", tkr(-2_400));
        ram.justera("Flytt objektsledare från SON till AN", tkr(600));
        ram.justera("Flytt lokalkostnad från SON till AN", tkr(200));
        ram.justera("Flytt integrationsassistenter från SON till AN", tkr(3_600));

        assertThat(LINKOPING.summaNetto(BUDGET_2022)).isEqualByComparingTo(tkr(462_147));
        assertThat(ram.inklJusteringar()).isEqualByComparingTo(tkr(462_146));
        assertThat(LINKOPING.avvikelseMotRam(BUDGET_2022, ram.inklJusteringar())).isEqualByComparingTo(tkr(-1));
    }

    @Test
    void planYear2023IncludesTheUnallocatedPriceAndWageLine() {
        assertThat(LINKOPING.summaNetto(PLAN_2023)).isEqualByComparingTo(tkr(455_230));
    }

    @Test
    void internalUnitsCountOnlyInTheTotalIncludingThem() {
        assertThat(LINKOPING.summaNetto(BOKSLUT_2020)).isEqualByComparingTo(tkr(430_424));
        assertThat(LINKOPING.summaInklKommunalaEnheter(BOKSLUT_2020)).hasValueSatisfying(
                summa -> assertThat(summa).isEqualByComparingTo(tkr(428_749)));
        assertThat(LINKOPING.summaInklKommunalaEnheter(BUDGET_2022)).isEmpty();
    }

    @Test
    void tranasMalprognosBringsTheDepartmentsDownToTheFrameEveryYear() {
        Map<Integer, String[]> seed = Map.of(
                2023, new String[] {"87.8", "-5.3", "82.5"},
                2024, new String[] {"89.4", "-6.4", "83.0"},
                2025, new String[] {"90.9", "-11.4", "79.5"});
        for (var ar : seed.entrySet()) {
            Kolumn kolumn = new Kolumn(ar.getKey(), Kolumntyp.BUDGET);
            Driftsammandrag tranas = new Driftsammandrag(List.of(
                    new Driftsammandrag.Rad("Avdelningarna", VerksamhetTyp.VERKSAMHET, Map.of(kolumn, mnkr(ar.getValue()[0]))),
                    new Driftsammandrag.Rad("Målprognos minskat försörjningsstöd", VerksamhetTyp.MALPROGNOS,
                            Map.of(kolumn, mnkr(ar.getValue()[1])))));

            assertThat(tranas.summaNetto(kolumn)).isEqualByComparingTo(mnkr(ar.getValue()[0]));
            assertThat(tranas.nettoMotRam(kolumn)).isEqualByComparingTo(mnkr(ar.getValue()[2]));
            assertThat(tranas.avvikelseMotRam(kolumn, mnkr(ar.getValue()[2]))).isZero();
        }
    }

    @Test
    void tranasDepartmentsAddUpTo878In2023() {
        Kolumn budget2023 = new Kolumn(2023, Kolumntyp.BUDGET);
        Map<String, String> avdelningar = new LinkedHashMap<>();
        avdelningar.put("Förvaltningschef", "5.5");
        avdelningar.put("HR-avdelningen", "13.8");
        avdelningar.put("Stöd och försörjning", "32.0");
        avdelningar.put("Arbetscentrum", "12.1");
        avdelningar.put("Rås gård", "3.5");
        avdelningar.put("VUX Tranås", "20.9");
        Driftsammandrag tranas = new Driftsammandrag(avdelningar.entrySet().stream()
                .map(a -> new Driftsammandrag.Rad(a.getKey(), VerksamhetTyp.VERKSAMHET, Map.of(budget2023, mnkr(a.getValue()))))
                .toList());

        assertThat(Beloppsenhet.MNKR.franKronor(tranas.summaNetto(budget2023))).isEqualByComparingTo("87.8");
    }

    @Test
    void aTotalIsTheRoundedSumOfExactValuesNotTheSumOfRoundedValues() {
        // Seed 001: budget 309 631 − 3 114 is printed as 306 516, because the exact amounts round that way.
        Kolumn kolumn = new Kolumn(2022, Kolumntyp.BUDGET);
        Driftsammandrag sammandrag = new Driftsammandrag(List.of(
                new Driftsammandrag.Rad("Verksamheterna", VerksamhetTyp.VERKSAMHET, Map.of(kolumn, new BigDecimal("309630600"))),
                new Driftsammandrag.Rad("Nämndens enheter", VerksamhetTyp.VERKSAMHET, Map.of(kolumn, new BigDecimal("-3114400")))));

        String summa = SvenskFormat.tal(Beloppsenhet.TKR.franKronor(sammandrag.summaNetto(kolumn)), 0);

        assertThat(summa).isEqualTo("306\u00a0516");
    }

    @Test
    void incomeAndCostsOfTheTotalAreKnownOnlyWhenEveryRowCarriesItsSplit() {
        Kolumn kolumn = BUDGET_2022;
        var bistand = new Driftsammandrag.Rad("Ekonomiskt bistånd", VerksamhetTyp.VERKSAMHET, Map.of(kolumn, tkr(285_254)),
                Map.of(kolumn, new Driftsammandrag.Fordelning(tkr(-20_000), tkr(305_254))));
        var namnden = new Driftsammandrag.Rad("Nämnden", VerksamhetTyp.VERKSAMHET, Map.of(kolumn, tkr(1_757)),
                Map.of(kolumn, new Driftsammandrag.Fordelning(tkr(0), tkr(1_757))));
        var utanFordelning = new Driftsammandrag.Rad("Avdelningen vuxna", VerksamhetTyp.VERKSAMHET, Map.of(kolumn, tkr(52_484)));

        assertThat(new Driftsammandrag(List.of(bistand, namnden)).fordelning(kolumn)).hasValueSatisfying(f -> {
            assertThat(f.intakter()).isEqualByComparingTo(tkr(-20_000));
            assertThat(f.kostnader()).isEqualByComparingTo(tkr(307_011));
        });
        assertThat(new Driftsammandrag(List.of(bistand, namnden, utanFordelning)).fordelning(kolumn)).isEmpty();
    }

    private static Driftsammandrag.Rad rad(String namn, VerksamhetTyp typ, long bokslut2020, long budget2022, long plan2023) {
        return new Driftsammandrag.Rad(namn, typ, Map.of(BOKSLUT_2020, tkr(bokslut2020), BUDGET_2022, tkr(budget2022),
                PLAN_2023, tkr(plan2023)));
    }

    private static BigDecimal tkr(long tkr) {
        return Beloppsenhet.TKR.tillKronor(BigDecimal.valueOf(tkr));
    }

    private static BigDecimal mnkr(String mnkr) {
        return Beloppsenhet.MNKR.tillKronor(new BigDecimal(mnkr));
    }
}
