package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.malbild.organisation.VerksamhetTyp;

/**
 * The totals of a driftsammandrag, computed from exact amounts; rounding is left to display, so a total is the
 * rounded sum of exact values, not the sum of rounded values.
 *
 * <ul>
 *   <li>Summa nettokostnader: the rows of type {@link VerksamhetTyp#VERKSAMHET}.</li>
 *   <li>Summa inkl kommunala enheter: plus the rows of type {@link VerksamhetTyp#KOMMUNAL_ENHET}.</li>
 *   <li>Netto mot ram: summa nettokostnader plus {@link VerksamhetTyp#MALPROGNOS} rows (Tranås' målprognos).</li>
 *   <li>Avvikelse mot ram: budgetram inkl justeringar − netto mot ram (positive: the plan is below the frame).</li>
 * </ul>
 */
public final class Driftsammandrag {

    /**
     * One budget row with its exact net amounts per column, and where known their split into income and costs; a
     * column without an amount is absent from the maps.
     */
    public record Rad(String namn, VerksamhetTyp typ, Map<Kolumn, BigDecimal> belopp, Map<Kolumn, Fordelning> fordelning) {

        public Rad(String namn, VerksamhetTyp typ, Map<Kolumn, BigDecimal> belopp) {
            this(namn, typ, belopp, Map.of());
        }
    }

    /** Income (negative) and costs of a net amount. */
    public record Fordelning(BigDecimal intakter, BigDecimal kostnader) {

        public BigDecimal netto() {
            return intakter.add(kostnader);
        }
    }

    private final List<Rad> rader;

    public Driftsammandrag(List<Rad> rader) {
        this.rader = List.copyOf(rader);
    }

    public BigDecimal summaNetto(Kolumn kolumn) {
        return summa(kolumn, VerksamhetTyp.VERKSAMHET);
    }

    /** Present when some internal unit has an amount in the column (004: Bokslut 2020 only). */
    public Optional<BigDecimal> summaInklKommunalaEnheter(Kolumn kolumn) {
        if (!harBelopp(kolumn, VerksamhetTyp.KOMMUNAL_ENHET)) {
            return Optional.empty();
        }
        return Optional.of(summaNetto(kolumn).add(summa(kolumn, VerksamhetTyp.KOMMUNAL_ENHET)));
    }

    /**
     * "Varav intäkter / varav kostnader" of summa nettokostnader, when every row with an amount in the column carries
     * its split; empty otherwise (the split is then only known as a total, stored as {@link DriftbudgetVarav}).
     */
    public Optional<Fordelning> fordelning(Kolumn kolumn) {
        List<Rad> medBelopp = rader.stream()
                .filter(r -> r.typ() == VerksamhetTyp.VERKSAMHET && r.belopp().containsKey(kolumn))
                .toList();
        if (medBelopp.isEmpty() || medBelopp.stream().anyMatch(r -> !r.fordelning().containsKey(kolumn))) {
            return Optional.empty();
        }
        return Optional.of(new Fordelning(
                medBelopp.stream().map(r -> r.fordelning().get(kolumn).intakter()).reduce(BigDecimal.ZERO, BigDecimal::add),
                medBelopp.stream().map(r -> r.fordelning().get(kolumn).kostnader()).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    public boolean harMalprognos() {
        return rader.stream().anyMatch(r -> r.typ() == VerksamhetTyp.MALPROGNOS);
    }

    public BigDecimal nettoMotRam(Kolumn kolumn) {
        return summaNetto(kolumn).add(summa(kolumn, VerksamhetTyp.MALPROGNOS));
    }

    public BigDecimal avvikelseMotRam(Kolumn kolumn, BigDecimal ramInklJusteringar) {
        return ramInklJusteringar.subtract(nettoMotRam(kolumn));
    }

    private BigDecimal summa(Kolumn kolumn, VerksamhetTyp typ) {
        return rader.stream()
                .filter(r -> r.typ() == typ)
                .map(r -> r.belopp().getOrDefault(kolumn, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private boolean harBelopp(Kolumn kolumn, VerksamhetTyp typ) {
        return rader.stream().anyMatch(r -> r.typ() == typ && r.belopp().containsKey(kolumn));
    }
}
