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

    /** One budget row with its exact amounts per column; a column without an amount is absent from the map. */
    public record Rad(String namn, VerksamhetTyp typ, Map<Kolumn, BigDecimal> belopp) {
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
