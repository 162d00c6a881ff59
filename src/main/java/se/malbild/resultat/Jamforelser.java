package se.malbild.resultat;

import java.util.List;
import org.springframework.stereotype.Component;

/** Comparison with other municipalities for the indicators linked to a Kolada KPI. */
@Component
class Jamforelser {

    /** A chart comparing one indicator with the peer group, as SVG with its data table. */
    record Jamforelse(String kpi, String rubrik) {
    }

    List<Jamforelse> av(ResultatService.Kommunsida sida) {
        return List.of();
    }
}
