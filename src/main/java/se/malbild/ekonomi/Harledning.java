package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The key figures derived from economy data rather than typed in (seed 001/004, "Hållbar ekonomi"). Pure; every
 * result exact (ten decimals where a division is needed), rounded only for display.
 *
 * <ul>
 *   <li><b>Träffsäkerhet i ekonomiprognos</b>: how far the full-year forecast made at a cut-off (31 August, 31 October)
 *   was from the year's result, as a share of the budget: (prognosavvikelse − årets avvikelse) / budget × 100 =
 *   (årets resultat − prognos) / budget × 100. Negative when the forecast was too pessimistic (seed 004: August
 *   2021, forecast −19,0 mnkr, result −7,3 mnkr on a budget of about 452 mnkr: −2,6 %). All amounts including the
 *   nämnd's internal units.</li>
 *   <li><b>Kostnad per hushåll</b>: a verksamhet's net cost for January up to the month, divided by the number of
 *   households; and the same per month (divided also by the number of months).</li>
 *   <li><b>Kostnad senaste 12 månaderna</b>: for each month, the sum of the net cost of that month and the eleven
 *   before it, which removes monthly swings; unknown while any of the twelve months has no actuals.</li>
 * </ul>
 */
public final class Harledning {

    private static final int SKALA = 10;
    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);

    private Harledning() {
    }

    /** Empty when any amount is unknown or the budget is zero. */
    public static Optional<BigDecimal> traffsakerhetProcent(BigDecimal budget, BigDecimal prognos, BigDecimal arsresultat) {
        if (budget == null || prognos == null || arsresultat == null || budget.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(arsresultat.subtract(prognos).multiply(HUNDRA).divide(budget, SKALA, RoundingMode.HALF_UP));
    }

    /** The cost per household for the period and per month of it. */
    public record KostnadPerHushall(BigDecimal nettokostnad, BigDecimal antalHushall, int manader,
            BigDecimal perHushall, BigDecimal perHushallOchManad) {
    }

    /** Empty when the cost is unknown or there are no households. */
    public static Optional<KostnadPerHushall> kostnadPerHushall(BigDecimal nettokostnad, BigDecimal antalHushall,
            int manader) {
        if (nettokostnad == null || antalHushall == null || antalHushall.signum() <= 0 || manader < 1) {
            return Optional.empty();
        }
        BigDecimal perHushall = nettokostnad.divide(antalHushall, SKALA, RoundingMode.HALF_UP);
        return Optional.of(new KostnadPerHushall(nettokostnad, antalHushall, manader, perHushall,
                perHushall.divide(BigDecimal.valueOf(manader), SKALA, RoundingMode.HALF_UP)));
    }

    /** One month of the rolling series: that month's net cost and the last twelve months' (null while incomplete). */
    public record Tolvmanaderspunkt(YearMonth manad, BigDecimal manadensKostnad, BigDecimal tolvManader) {
    }

    /**
     * The {@code antal} months up to and including {@code sista}, each with its rolling 12-month sum.
     *
     * @param kostnad            the net cost per month (absent months count as zero if they have actuals)
     * @param manaderMedRedovisat the months for which the nämnd has actuals at all
     */
    public static List<Tolvmanaderspunkt> rullandeTolvManader(Map<YearMonth, BigDecimal> kostnad,
            Set<YearMonth> manaderMedRedovisat, YearMonth sista, int antal) {
        List<Tolvmanaderspunkt> serie = new ArrayList<>();
        for (YearMonth manad = sista.minusMonths(antal - 1L); !manad.isAfter(sista); manad = manad.plusMonths(1)) {
            BigDecimal summa = BigDecimal.ZERO;
            for (YearMonth m = manad.minusMonths(11); summa != null && !m.isAfter(manad); m = m.plusMonths(1)) {
                summa = manaderMedRedovisat.contains(m) ? summa.add(kostnad.getOrDefault(m, BigDecimal.ZERO)) : null;
            }
            BigDecimal manadens = manaderMedRedovisat.contains(manad) ? kostnad.getOrDefault(manad, BigDecimal.ZERO) : null;
            serie.add(new Tolvmanaderspunkt(manad, manadens, summa));
        }
        return serie;
    }
}
