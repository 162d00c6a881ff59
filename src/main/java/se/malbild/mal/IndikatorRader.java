package se.malbild.mal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.malbild.organisation.Enhet;

/**
 * The rows an indicator takes in a report, in the order of seed 004: the total, then women and men, then each
 * enhet, then women per enhet, then men per enhet. A row is shown when the indicator's breakdown declares it or when
 * an outcome exists for it.
 */
public final class IndikatorRader {

    /** One breakdown of an indicator: an enhet (or none) and a gender. */
    public record Uppdelning(Enhet enhet, Kon kon) {
    }

    private IndikatorRader() {
    }

    public static List<Uppdelning> uppdelningar(Indikator indikator, List<Utfall> utfall) {
        List<Enhet> enheter = new ArrayList<>(indikator.getEnheter());
        Set<Uppdelning> rader = new LinkedHashSet<>();
        if (enheter.isEmpty() || utfall.stream().anyMatch(u -> u.getEnhet() == null && u.getKon() == Kon.T)) {
            rader.add(new Uppdelning(null, Kon.T));
        }
        if (indikator.isKonsuppdelning() && enheter.isEmpty()) {
            rader.add(new Uppdelning(null, Kon.K));
            rader.add(new Uppdelning(null, Kon.M));
        }
        for (Enhet enhet : enheter) {
            rader.add(new Uppdelning(enhet, Kon.T));
        }
        if (indikator.isKonsuppdelning()) {
            enheter.forEach(e -> rader.add(new Uppdelning(e, Kon.K)));
            enheter.forEach(e -> rader.add(new Uppdelning(e, Kon.M)));
        }
        for (Utfall u : utfall) {
            if (u.getEnhet() != null && enheter.stream().noneMatch(e -> e.getId().equals(u.getEnhet().getId()))) {
                enheter.add(u.getEnhet());
            }
            rader.add(new Uppdelning(u.getEnhet() == null ? null : hitta(enheter, u.getEnhet()), u.getKon()));
        }
        List<Uppdelning> ordnade = new ArrayList<>(rader);
        ordnade.sort(Comparator.<Uppdelning>comparingInt(r -> r.enhet() == null ? 0 : 1)
                .thenComparing(Uppdelning::kon)
                .thenComparingInt(r -> r.enhet() == null ? -1 : enheter.indexOf(r.enhet())));
        return ordnade;
    }

    public static boolean galler(Uppdelning uppdelning, Utfall utfall) {
        Long enhet = uppdelning.enhet() == null ? null : uppdelning.enhet().getId();
        Long utfallsenhet = utfall.getEnhet() == null ? null : utfall.getEnhet().getId();
        return uppdelning.kon() == utfall.getKon() && Objects.equals(enhet, utfallsenhet);
    }

    private static Enhet hitta(List<Enhet> enheter, Enhet enhet) {
        return enheter.stream().filter(e -> e.getId().equals(enhet.getId())).findFirst().orElse(enhet);
    }
}
