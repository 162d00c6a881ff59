package se.malbild.kolada;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer comparison for other modules: for some KPIs, the values of a municipality and of its peer group, per
 * municipality and year. Two queries, whatever the number of KPIs, peers or years. Shown data must carry
 * {@link #KALLA_NYCKEL} ("Källa: Kolada").
 */
@Service
@Transactional(readOnly = true)
public class KoladaJamforelse {

    /** The message key of the attribution Kolada requires wherever its data is shown. */
    public static final String KALLA_NYCKEL = "kolada.kalla";

    /** How the demo's hand-written fixture files are named as the source of their values. */
    static final String DEMOKALLA = "demodata/kolada/";

    /** A municipality in the comparison: the own one first, then the peers in the group's order. */
    public record Kommun(String scbKod, String namn, boolean egen) {
    }

    /** One value: KPI, municipality, year, gender (T, K, M); {@code varde} null when Kolada has no value. */
    public record Punkt(String kpi, String kommun, int ar, String kon, BigDecimal varde) {
    }

    /**
     * @param grupp the peer group's name (e.g. "R9"), null when none is configured (then only the own values)
     * @param varden per KPI (in the order asked), its values ordered by municipality, year and gender
     * @param illustrativa the KPIs whose values come from the demo's made-up fixtures, not from Kolada
     */
    public record Jamforelse(String grupp, List<Kommun> kommuner, Map<String, List<Punkt>> varden,
            Set<String> illustrativa) {

        public List<Punkt> varden(String kpi) {
            return varden.getOrDefault(kpi, List.of());
        }

        /** Whether the KPI's values are the demo's made-up ones, which must never pass for Kolada's. */
        public boolean illustrativ(String kpi) {
            return illustrativa.contains(kpi);
        }
    }

    private final JamforelsegruppRepository grupper;
    private final KoladaVardeRepository varden;

    KoladaJamforelse(JamforelsegruppRepository grupper, KoladaVardeRepository varden) {
        this.grupper = grupper;
        this.varden = varden;
    }

    public Jamforelse jamfor(String scbKod, String kommunnamn, Collection<String> kpier) {
        Jamforelsegrupp grupp = grupper.findByKommun(scbKod).orElse(null);
        List<Kommun> kommuner = new ArrayList<>();
        kommuner.add(new Kommun(scbKod, kommunnamn, true));
        if (grupp != null) {
            grupp.getMedlemmar().stream()
                    .filter(m -> !m.scbKod().equals(scbKod))
                    .forEach(m -> kommuner.add(new Kommun(m.scbKod(), m.namn(), false)));
        }
        Set<String> nycklar = new LinkedHashSet<>(kpier);
        Set<String> illustrativa = new LinkedHashSet<>();
        Map<String, List<Punkt>> perKpi = new java.util.LinkedHashMap<>();
        nycklar.forEach(k -> perKpi.put(k, new ArrayList<>()));
        if (!nycklar.isEmpty()) {
            Set<String> koder = kommuner.stream().map(Kommun::scbKod).collect(Collectors.toSet());
            for (KoladaVarde v : varden.findByKpiInAndKommunIn(nycklar, koder)) {
                perKpi.get(v.getKpi()).add(new Punkt(v.getKpi(), v.getKommun(), v.getPeriod(), v.getKon(), v.getVarde()));
                if (v.getKalla() != null && v.getKalla().startsWith(DEMOKALLA)) {
                    illustrativa.add(v.getKpi());
                }
            }
        }
        perKpi.replaceAll((k, lista) -> List.copyOf(lista));
        return new Jamforelse(grupp == null ? null : grupp.getNamn(), List.copyOf(kommuner), perKpi,
                Set.copyOf(illustrativa));
    }
}
