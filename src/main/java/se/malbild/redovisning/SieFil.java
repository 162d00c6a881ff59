package se.malbild.redovisning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What {@link SieLasare} read from a SIE file. Maps are keyed by account, dimension or year number. */
record SieFil(Teckenkodning teckenkodning, Integer flagga, String format, Integer sietyp,
        Map<Integer, Rakenskapsar> rakenskapsar, Map<Integer, String> konton, Map<Integer, String> kontotyper,
        Map<Integer, String> dimensioner, Map<Integer, Map<String, String>> objekt, List<Arssaldo> resultat,
        List<Saldorad> periodsaldon, List<Saldorad> periodbudgetar) {

    /** A financial year ({@code #RAR}). */
    record Rakenskapsar(LocalDate start, LocalDate slut) {

        boolean omfattar(YearMonth period) {
            return !period.atEndOfMonth().isBefore(start) && !period.atDay(1).isAfter(slut);
        }
    }

    /** A result balance for a whole year ({@code #RES}). */
    record Arssaldo(int rad, int arsnr, int konto, BigDecimal saldo) {
    }

    /**
     * The {@code #PSALDO} lines to add up for actuals, without counting an amount twice. A SIE file may give the same
     * account and month several times: for the whole account ({@code {}}), per object of one dimension, per object
     * of another, per combination. For each account and month this picks one of those breakdowns: the one with the
     * fewest dimensions that includes {@code dimension} (the dimension the mapping rules use); when none includes it,
     * the whole-account line; when there is none, the breakdown with the fewest dimensions.
     */
    List<Saldorad> periodsaldonFor(int dimension) {
        Map<String, Map<Set<Integer>, List<Saldorad>>> perKontoOchManad = new LinkedHashMap<>();
        for (Saldorad s : periodsaldon) {
            perKontoOchManad.computeIfAbsent(s.period() + "|" + s.konto(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(new TreeSet<>(s.objekt().keySet()), k -> new ArrayList<>())
                    .add(s);
        }
        List<Saldorad> valda = new ArrayList<>();
        for (Map<Set<Integer>, List<Saldorad>> uppdelningar : perKontoOchManad.values()) {
            Comparator<Set<Integer>> farstDimensioner = Comparator.<Set<Integer>>comparingInt(Set::size)
                    .thenComparing(Object::toString);
            Set<Integer> vald = uppdelningar.keySet().stream()
                    .filter(d -> d.contains(dimension))
                    .min(farstDimensioner)
                    .orElseGet(() -> uppdelningar.keySet().stream().min(farstDimensioner).orElseThrow());
            valda.addAll(uppdelningar.get(vald));
        }
        valda.sort(Comparator.comparingInt(Saldorad::rad));
        return valda;
    }
}
