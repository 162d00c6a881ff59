package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.malbild.common.SvenskFormat;

/** The derived key figures, with the figures of seeds 001 and 004. */
class HarledningTest {

    @Test
    void forecastAccuracyIsTheYearsResultMinusTheForecastAsAShareOfTheBudget() {
        // Seed 004/001: per 31 August 2021 the forecast deviation was −19,0 mnkr; the year ended at 459 221 tkr
        // against a budget of 451 900 tkr (−7,3 mnkr, −1,6 %): the forecast was 2,6 % of the budget too pessimistic.
        BigDecimal budget = tkr("451900");
        BigDecimal prognos = budget.add(tkr("19000"));
        BigDecimal resultat = tkr("459221");

        assertThat(Harledning.traffsakerhetProcent(budget, prognos, resultat))
                .hasValueSatisfying(p -> assertThat(SvenskFormat.procent(p, 1)).isEqualTo("−2,6\u00a0%"));
    }

    @Test
    void forecastAccuracyCannotBeComputedWithoutTheYearsResult() {
        assertThat(Harledning.traffsakerhetProcent(tkr("464446"), tkr("464446"), null)).isEmpty();
        assertThat(Harledning.traffsakerhetProcent(BigDecimal.ZERO, tkr("1"), tkr("1"))).isEmpty();
    }

    @Test
    void costPerHouseholdIsThePeriodsNetCostPerHouseholdAndPerMonth() {
        var kostnad = Harledning.kostnadPerHushall(new BigDecimal("205084208.74"), new BigDecimal("3090"), 8).orElseThrow();

        assertThat(SvenskFormat.tal(kostnad.perHushall(), 0)).isEqualTo("66\u00a0370");
        assertThat(SvenskFormat.tal(kostnad.perHushallOchManad(), 0)).isEqualTo("8\u00a0296");
        assertThat(Harledning.kostnadPerHushall(new BigDecimal("1"), BigDecimal.ZERO, 8)).isEmpty();
    }

    @Test
    void theRollingSumNeedsTwelveMonthsOfActuals() {
        Map<YearMonth, BigDecimal> kostnad = new HashMap<>();
        Set<YearMonth> manader = new HashSet<>();
        for (YearMonth m = YearMonth.of(2021, 3); !m.isAfter(YearMonth.of(2022, 8)); m = m.plusMonths(1)) {
            kostnad.put(m, BigDecimal.valueOf(m.getMonthValue()));
            manader.add(m);
        }
        manader.add(YearMonth.of(2021, 2));

        List<Harledning.Tolvmanaderspunkt> serie = Harledning.rullandeTolvManader(kostnad, manader, YearMonth.of(2022, 8), 12);

        assertThat(serie).hasSize(12);
        assertThat(serie.get(0).manad()).isEqualTo(YearMonth.of(2021, 9));
        assertThat(serie.get(0).tolvManader()).isNull();
        assertThat(serie.get(4).manad()).isEqualTo(YearMonth.of(2022, 1));
        assertThat(serie.get(4).tolvManader()).as("Feb 2021 has actuals but no cost: it counts as zero")
                .isEqualByComparingTo("76");
        assertThat(serie.get(11).tolvManader()).isEqualByComparingTo("78");
        assertThat(serie.get(11).manadensKostnad()).isEqualByComparingTo("8");
    }

    private static BigDecimal tkr(String tkr) {
        return Beloppsenhet.TKR.tillKronor(new BigDecimal(tkr));
    }
}
