package se.malbild.redovisning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns balances (account, object, month) into actuals per verksamhet and month by a nämnd's rules.
 *
 * <p>A rule covers an account range and either one object in the settings' dimension or, without an object, every
 * object. For a balance the rules that cover it are compared and the most specific one decides: a rule with an object
 * before one without, then the narrower account range. Two equally specific rules that disagree make the balance
 * ambiguous. A rule without a verksamhet says the balance does not belong to the nämnd (for a file that holds the
 * whole municipality); such balances are counted, not stored. Accounts that are neither income nor costs by the
 * settings are left out and listed. Balances that no rule covers are listed as errors: nothing is dropped silently.
 */
final class Mappning {

    /** A rule; {@code objekt} null for any object; {@code verksamhet} (its code) null for "not this nämnd". */
    record Regel(int kontoFran, int kontoTill, String objekt, String verksamhet) {

        boolean tackerKonto(int konto) {
            return konto >= kontoFran && konto <= kontoTill;
        }

        boolean galler(int konto, String objektet) {
            return tackerKonto(konto) && (objekt == null || objekt.equals(objektet));
        }

        /** Lower is more specific. */
        long specificitet() {
            return (objekt == null ? 1L << 40 : 0L) + (kontoTill - (long) kontoFran);
        }
    }

    /** A combination of account and object that no rule covers, with the lines it is on. */
    record Omappad(int konto, String objekt, List<Integer> rader) {
    }

    /**
     * The result: amounts per verksamhet code and month, the months the balances cover, what was left out, and the
     * problems that stop an import.
     */
    record Fordelning(Map<String, Map<YearMonth, Belopp>> perVerksamhet, SortedSet<YearMonth> manader,
            SortedSet<Integer> kontonUtanforIntervallen, int raderForAndraNamnder, List<Omappad> omappade,
            List<Radfel> tvetydiga) {

        List<Radfel> fel(int dimension) {
            List<Radfel> fel = new ArrayList<>(tvetydiga);
            for (Omappad o : omappade) {
                int fler = o.rader().size() - 1;
                fel.add(new Radfel(o.rader().get(0), "konto " + o.konto()
                        + (o.objekt() == null ? " utan objekt i dimension " + dimension : " med objekt \"" + o.objekt()
                                + "\" i dimension " + dimension)
                        + " har ingen regel i mappningen" + (fler == 0 ? "" : fler == 1 ? " (och 1 rad till)" : " (och " + fler + " rader till)")
                        + "."));
            }
            return fel;
        }
    }

    private final Installning installning;
    private final List<Regel> regler;

    Mappning(Installning installning, List<Regel> regler) {
        this.installning = installning;
        this.regler = List.copyOf(regler);
    }

    Installning installning() {
        return installning;
    }

    Fordelning fordela(List<Saldorad> saldon) {
        Map<String, Map<YearMonth, Belopp>> perVerksamhet = new TreeMap<>();
        SortedSet<YearMonth> manader = new TreeSet<>();
        SortedSet<Integer> utanfor = new TreeSet<>();
        Map<String, Omappad> omappade = new LinkedHashMap<>();
        List<Radfel> tvetydiga = new ArrayList<>();
        int andraNamnder = 0;
        for (Saldorad s : saldon) {
            manader.add(s.period());
            boolean intakt = installning.arIntakt(s.konto());
            if (!intakt && !installning.arKostnad(s.konto())) {
                utanfor.add(s.konto());
                continue;
            }
            String objekt = s.objekt().get(installning.dimension());
            List<Regel> basta = basta(s.konto(), objekt);
            if (basta.isEmpty()) {
                omappade.computeIfAbsent(s.konto() + "|" + objekt, k -> new Omappad(s.konto(), objekt, new ArrayList<>()))
                        .rader().add(s.rad());
                continue;
            }
            if (basta.stream().map(Regel::verksamhet).distinct().count() > 1) {
                tvetydiga.add(new Radfel(s.rad(), "konto " + s.konto() + (objekt == null ? "" : " med objekt \"" + objekt + "\"")
                        + " täcks av flera lika specifika regler som pekar på olika verksamheter: "
                        + String.join(", ", basta.stream().map(Mappning::beskriv).toList()) + "."));
                continue;
            }
            String verksamhet = basta.get(0).verksamhet();
            if (verksamhet == null) {
                andraNamnder++;
                continue;
            }
            Belopp belopp = intakt ? Belopp.intakt(s.belopp()) : Belopp.kostnad(s.belopp());
            perVerksamhet.computeIfAbsent(verksamhet, v -> new TreeMap<>()).merge(s.period(), belopp, Belopp::plus);
        }
        List<Omappad> omappadeSorterade = omappade.values().stream()
                .sorted(Comparator.comparingInt(Omappad::konto).thenComparing(o -> Objects.toString(o.objekt(), "")))
                .toList();
        return new Fordelning(perVerksamhet, manader, utanfor, andraNamnder, omappadeSorterade, tvetydiga);
    }

    private List<Regel> basta(int konto, String objekt) {
        List<Regel> tacker = regler.stream().filter(r -> r.galler(konto, objekt)).toList();
        long minsta = tacker.stream().mapToLong(Regel::specificitet).min().orElse(-1);
        return tacker.stream().filter(r -> r.specificitet() == minsta).toList();
    }

    private static String beskriv(Regel r) {
        return "konto " + r.kontoFran() + "–" + r.kontoTill() + (r.objekt() == null ? "" : " objekt \"" + r.objekt() + "\"")
                + " → " + (r.verksamhet() == null ? "inte nämnden" : r.verksamhet());
    }
}
