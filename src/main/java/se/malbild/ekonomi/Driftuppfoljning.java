package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.malbild.organisation.VerksamhetTyp;

/**
 * The driftsammandrag of a follow-up (seed 001): for the period January up to and including a month, the periodised
 * budget against what was redovisat; for the whole year, the budget against the forecast. All amounts exact; totals
 * are sums of exact values, rounded only for display.
 *
 * <ul>
 *   <li>Periodiserad budget: the year's budget × months / 12, or, when the row has a monthly profile, the sum of the
 *   profile's months up to and including the month (001: "Nämndens enheter" 0 for the year, −3 114 for jan–aug).</li>
 *   <li>Avvikelse = budget − redovisat (period) and budget − prognos (year); positive means below budget.</li>
 *   <li>Totals without and with the committee's internal units ({@link VerksamhetTyp#KOMMUNAL_ENHET}).</li>
 *   <li>Avvikelse mot budget, %: the period's deviation including the units as a share of the periodised budget
 *   including the units (001: 6 087 / 306 516 = 2,0 %).</li>
 * </ul>
 */
public final class Driftuppfoljning {

    private static final int SKALA = 10;

    /**
     * One budget row. {@code profil} holds a monthly budget (month → amount) when the row is not periodised linearly;
     * amounts that are not known yet (a forecast not made, last year's figure missing) are null.
     */
    public record Rad(String namn, VerksamhetTyp typ, BigDecimal arsbudget, Map<Integer, BigDecimal> profil,
            BigDecimal redovisat, BigDecimal redovisatForegaendeAr, BigDecimal prognos, BigDecimal bokslutForegaendeAr) {
    }

    /** The figures of a row or a total. */
    public record Belopp(BigDecimal periodiseradBudget, BigDecimal redovisat, BigDecimal periodavvikelse,
            BigDecimal redovisatForegaendeAr, BigDecimal arsbudget, BigDecimal prognos, BigDecimal arsavvikelse,
            BigDecimal bokslutForegaendeAr) {
    }

    private final List<Rad> rader;
    private final int tillManad;

    /** @param tillManad the last month of the period, 1–12 (8 for a report per 31 August) */
    public Driftuppfoljning(List<Rad> rader, int tillManad) {
        if (tillManad < 1 || tillManad > 12) {
            throw new IllegalArgumentException("Månaden ska vara 1–12, inte " + tillManad);
        }
        this.rader = List.copyOf(rader);
        this.tillManad = tillManad;
    }

    public BigDecimal periodiseradBudget(Rad rad) {
        if (rad.profil() != null && !rad.profil().isEmpty()) {
            return rad.profil().entrySet().stream()
                    .filter(m -> m.getKey() <= tillManad)
                    .map(Map.Entry::getValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return rad.arsbudget().multiply(BigDecimal.valueOf(tillManad)).divide(BigDecimal.valueOf(12), SKALA, RoundingMode.HALF_UP);
    }

    public Belopp belopp(Rad rad) {
        BigDecimal periodiserad = periodiseradBudget(rad);
        return new Belopp(periodiserad, rad.redovisat(), minus(periodiserad, rad.redovisat()), rad.redovisatForegaendeAr(),
                rad.arsbudget(), rad.prognos(), minus(rad.arsbudget(), rad.prognos()), rad.bokslutForegaendeAr());
    }

    /** The sum of the rows of type VERKSAMHET ("Summa nettokostnader"). */
    public Belopp summa() {
        return summa(rader.stream().filter(r -> r.typ() == VerksamhetTyp.VERKSAMHET).toList());
    }

    /** The sum including the committee's internal units ("Summa nettokostnader inkl. kommunala enheter"). */
    public Belopp summaInklKommunalaEnheter() {
        return summa(rader.stream().filter(r -> r.typ() != VerksamhetTyp.MALPROGNOS).toList());
    }

    /** "Avvikelse mot budget, %" for the period, including the internal units; empty when there is no budget. */
    public Optional<BigDecimal> avvikelseProcent() {
        Belopp summa = summaInklKommunalaEnheter();
        if (summa.periodavvikelse() == null || summa.periodiseradBudget().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(summa.periodavvikelse().multiply(BigDecimal.valueOf(100))
                .divide(summa.periodiseradBudget(), SKALA, RoundingMode.HALF_UP));
    }

    private Belopp summa(List<Rad> urval) {
        List<Belopp> belopp = urval.stream().map(this::belopp).toList();
        return new Belopp(sum(belopp, Belopp::periodiseradBudget), sum(belopp, Belopp::redovisat),
                sum(belopp, Belopp::periodavvikelse), sum(belopp, Belopp::redovisatForegaendeAr),
                sum(belopp, Belopp::arsbudget), sum(belopp, Belopp::prognos), sum(belopp, Belopp::arsavvikelse),
                sum(belopp, Belopp::bokslutForegaendeAr));
    }

    /** The sum of a column; null (unknown) when any row lacks the figure, so a partial sum is never shown as a total. */
    private static BigDecimal sum(List<Belopp> belopp, Function<Belopp, BigDecimal> kolumn) {
        BigDecimal summa = BigDecimal.ZERO;
        for (Belopp b : belopp) {
            BigDecimal varde = kolumn.apply(b);
            if (varde == null) {
                return null;
            }
            summa = summa.add(varde);
        }
        return summa;
    }

    private static BigDecimal minus(BigDecimal budget, BigDecimal utfall) {
        return budget == null || utfall == null ? null : budget.subtract(utfall);
    }
}
