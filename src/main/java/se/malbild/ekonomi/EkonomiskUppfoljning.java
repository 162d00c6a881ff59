package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.malbild.organisation.VerksamhetTyp;

/**
 * The economic tables of a follow-up (seed 001, "Ekonomiska tabeller"), computed from exact inputs with
 * {@link Driftuppfoljning}: per verksamhet and in total the period's periodised budget against what was redovisat
 * (with the same period last year), the year's budget against the forecast (with last year's bokslut), the "varav
 * kostnader / varav intäkter" of the sum of the verksamheter, and the investments. Pure: no Spring, no database.
 *
 * <ul>
 *   <li>A total is unknown (null) when any of its rows lacks the figure; a forecast for the whole nämnd stands in for
 *   the total including the internal units when the verksamheter's forecasts are not all made.</li>
 *   <li>The "varav" rows periodise the budget's costs and income linearly, and are unknown for the budget or the
 *   forecast unless every verksamhet's amount is split (or, for the budget, the split of the whole is given).</li>
 *   <li>Investments: netto = utgifter + inkomster (inkomster negative), avvikelse = ram − prognos netto.</li>
 * </ul>
 */
public final class EkonomiskUppfoljning {

    private EkonomiskUppfoljning() {
    }

    /** A net amount in kronor with its split when known: costs positive, income negative, netto = the sum. */
    public record Nettobelopp(BigDecimal netto, BigDecimal kostnader, BigDecimal intakter) {

        public Nettobelopp {
            if ((kostnader == null) != (intakter == null)) {
                throw new IllegalArgumentException("Kostnader och intäkter anges båda eller ingen av dem");
            }
            if (kostnader != null && kostnader.add(intakter).compareTo(netto) != 0) {
                throw new IllegalArgumentException("Kostnader och intäkter blir inte nettobeloppet");
            }
        }

        public static Nettobelopp netto(BigDecimal netto) {
            return new Nettobelopp(netto, null, null);
        }

        public static Nettobelopp fordelat(BigDecimal kostnader, BigDecimal intakter) {
            return new Nettobelopp(kostnader.add(intakter), kostnader, intakter);
        }

        public boolean arFordelat() {
            return kostnader != null;
        }

        /** The same amounts, compared by value. */
        public boolean sammaSom(Nettobelopp annat) {
            return annat != null && netto.compareTo(annat.netto) == 0 && lika(kostnader, annat.kostnader)
                    && lika(intakter, annat.intakter);
        }

        private static boolean lika(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /**
     * One verksamhet's inputs. {@code budget} is never null (zero when the verksamhet has none); {@code profil} is empty
     * for a linear budget; the other amounts are null when not known (no actuals yet, no forecast, no bokslut).
     */
    public record Underlag(long verksamhetId, String kod, String namn, VerksamhetTyp typ, Nettobelopp budget,
            Map<Integer, BigDecimal> profil, Nettobelopp redovisat, Nettobelopp redovisatForegaendeAr,
            Nettobelopp prognos, Nettobelopp bokslutForegaendeAr) {

        public Underlag {
            profil = profil == null ? Map.of() : Map.copyOf(profil);
        }

        public Underlag medPrognos(Nettobelopp annan) {
            return new Underlag(verksamhetId, kod, namn, typ, budget, profil, redovisat, redovisatForegaendeAr, annan,
                    bokslutForegaendeAr);
        }
    }

    /** A verksamhet with its computed figures. */
    public record Rad(Underlag underlag, Driftuppfoljning.Belopp belopp) {
    }

    /**
     * The driftsammandrag: rows, the sum of the verksamheter with its "varav", the sum including the internal units,
     * and "Avvikelse mot budget, %" for the period. {@code prognosForHelaNamnden} when the total forecast is the
     * nämnd's own rather than the sum of the verksamheter'.
     */
    public record Tabeller(List<Rad> rader, Driftuppfoljning.Belopp summa, Driftuppfoljning.Belopp varavKostnader,
            Driftuppfoljning.Belopp varavIntakter, Driftuppfoljning.Belopp summaInklKommunalaEnheter,
            Optional<BigDecimal> avvikelseProcent, boolean prognosForHelaNamnden) {
    }

    /**
     * @param tillManad    the last month of the period (8 per 31 August)
     * @param namndprognos the forecast for the whole nämnd including its units, or null
     */
    public static Tabeller berakna(List<Underlag> underlag, int tillManad, BigDecimal namndprognos) {
        return berakna(underlag, tillManad, namndprognos, null);
    }

    /**
     * @param varavBudget the budget's costs and income of the verksamheter as a whole, for when the rows are not split
     *                    one by one (the internbudget states "varav" only for its sum); null when not known
     */
    public static Tabeller berakna(List<Underlag> underlag, int tillManad, BigDecimal namndprognos,
            Nettobelopp varavBudget) {
        Driftuppfoljning drift = new Driftuppfoljning(underlag.stream().map(EkonomiskUppfoljning::driftrad).toList(),
                tillManad);
        List<Rad> rader = underlag.stream().map(u -> new Rad(u, drift.belopp(driftrad(u)))).toList();
        Driftuppfoljning.Belopp inkl = drift.summaInklKommunalaEnheter();
        boolean helaNamnden = inkl.prognos() == null && namndprognos != null;
        if (helaNamnden) {
            inkl = new Driftuppfoljning.Belopp(inkl.periodiseradBudget(), inkl.redovisat(), inkl.periodavvikelse(),
                    inkl.redovisatForegaendeAr(), inkl.arsbudget(), namndprognos, inkl.arsbudget().subtract(namndprognos),
                    inkl.bokslutForegaendeAr());
        }
        List<Underlag> verksamheter = underlag.stream().filter(u -> u.typ() == VerksamhetTyp.VERKSAMHET).toList();
        return new Tabeller(rader, drift.summa(), varav(verksamheter, tillManad, Nettobelopp::kostnader, varavBudget),
                varav(verksamheter, tillManad, Nettobelopp::intakter, varavBudget), inkl, drift.avvikelseProcent(),
                helaNamnden);
    }

    private static Driftuppfoljning.Rad driftrad(Underlag u) {
        return new Driftuppfoljning.Rad(u.namn(), u.typ(), u.budget().netto(), u.profil(), netto(u.redovisat()),
                netto(u.redovisatForegaendeAr()), netto(u.prognos()), netto(u.bokslutForegaendeAr()));
    }

    /** The costs (or income) of the verksamheter, summed with the same rules as the net amounts, periodised linearly. */
    private static Driftuppfoljning.Belopp varav(List<Underlag> verksamheter, int tillManad,
            Function<Nettobelopp, BigDecimal> del, Nettobelopp varavBudget) {
        boolean budgetFordelad = verksamheter.stream().allMatch(u -> u.budget().arFordelat());
        List<Driftuppfoljning.Rad> rader = new ArrayList<>(verksamheter.stream()
                .map(u -> new Driftuppfoljning.Rad(u.namn(), VerksamhetTyp.VERKSAMHET,
                        budgetFordelad ? del.apply(u.budget()) : BigDecimal.ZERO, Map.of(), del(u.redovisat(), del),
                        del(u.redovisatForegaendeAr(), del), del(u.prognos(), del), del(u.bokslutForegaendeAr(), del)))
                .toList());
        boolean helhetensBudget = !budgetFordelad && varavBudget != null && varavBudget.arFordelat();
        if (helhetensBudget) {
            rader.add(new Driftuppfoljning.Rad("varav", VerksamhetTyp.VERKSAMHET, del.apply(varavBudget), Map.of(),
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        Driftuppfoljning.Belopp summa = new Driftuppfoljning(rader, tillManad).summa();
        if (budgetFordelad || helhetensBudget) {
            return summa;
        }
        return new Driftuppfoljning.Belopp(null, summa.redovisat(), null, summa.redovisatForegaendeAr(), null,
                summa.prognos(), null, summa.bokslutForegaendeAr());
    }

    private static BigDecimal del(Nettobelopp belopp, Function<Nettobelopp, BigDecimal> del) {
        return belopp == null || !belopp.arFordelat() ? null : del.apply(belopp);
    }

    private static BigDecimal netto(Nettobelopp belopp) {
        return belopp == null ? null : belopp.netto();
    }

    /**
     * An investment object's follow-up in kronor: the frame, what was spent and received so far, the forecast; the
     * amounts of the forecast are null until one is made.
     */
    public record Investering(String kod, String namn, BigDecimal ram, BigDecimal redovisatUtgifter,
            BigDecimal redovisatInkomster, BigDecimal prognosUtgifter, BigDecimal prognosInkomster) {

        public BigDecimal prognosNetto() {
            return prognosUtgifter == null || prognosInkomster == null ? null : prognosUtgifter.add(prognosInkomster);
        }

        /** ram − prognos netto; positive when less is spent than the frame allows. */
        public BigDecimal avvikelse() {
            BigDecimal prognos = prognosNetto();
            return prognos == null ? null : ram.subtract(prognos);
        }
    }

    /** "Summa investeringar": each column summed, unknown when any object lacks it. */
    public static Investering summa(List<Investering> investeringar) {
        return new Investering(null, null, summa(investeringar, Investering::ram),
                summa(investeringar, Investering::redovisatUtgifter), summa(investeringar, Investering::redovisatInkomster),
                summa(investeringar, Investering::prognosUtgifter), summa(investeringar, Investering::prognosInkomster));
    }

    private static BigDecimal summa(List<Investering> investeringar, Function<Investering, BigDecimal> kolumn) {
        BigDecimal summa = BigDecimal.ZERO;
        for (Investering i : investeringar) {
            BigDecimal varde = kolumn.apply(i);
            if (varde == null) {
                return null;
            }
            summa = summa.add(varde);
        }
        return summa;
    }
}
