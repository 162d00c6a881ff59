package se.malbild.oversikt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.malbild.mal.Malstatus;

/** How many nämndmål have each final status; immutable. */
public record Statusantal(Map<Malstatus, Long> antal) {

    public static final Statusantal INGA = new Statusantal(Map.of());

    public Statusantal {
        EnumMap<Malstatus, Long> kopia = new EnumMap<>(Malstatus.class);
        for (Malstatus s : Malstatus.values()) {
            kopia.put(s, antal.getOrDefault(s, 0L));
        }
        antal = Map.copyOf(kopia);
    }

    public long av(Malstatus status) {
        return antal.get(status);
    }

    public long summa() {
        return antal.values().stream().mapToLong(Long::longValue).sum();
    }

    Statusantal plus(Malstatus status, long fler) {
        EnumMap<Malstatus, Long> ny = new EnumMap<>(antal);
        ny.merge(status, fler, Long::sum);
        return new Statusantal(ny);
    }

    Statusantal plus(Statusantal annan) {
        EnumMap<Malstatus, Long> ny = new EnumMap<>(antal);
        annan.antal.forEach((s, n) -> ny.merge(s, n, Long::sum));
        return new Statusantal(ny);
    }

    /** Each status with its count, in the order Uppfylls, Uppfylls delvis, Uppfylls ej, Kan ej bedömas. */
    public List<Map.Entry<Malstatus, Long>> rader() {
        return List.of(Malstatus.values()).stream().map(s -> Map.entry(s, antal.get(s))).toList();
    }
}
