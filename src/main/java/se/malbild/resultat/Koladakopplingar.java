package se.malbild.resultat;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import se.malbild.mal.Indikator;

/** Which of a municipality's indicators are linked to a Kolada KPI: one query for all its committees. */
interface Koladakopplingar extends Repository<Indikator, Long> {

    /** An indicator's link: its committee's code, its own code, and the KPI. */
    record Koppling(String namndKod, String indikatorKod, String kpi) {
    }

    @Query("""
            select distinct new se.malbild.resultat.Koladakopplingar$Koppling(n.kod, i.kod, i.koladaKpi)
            from Indikator i join i.namndmal m join m.namnd n join n.kommun k
            where k.scbKod = :scbKod and i.koladaKpi is not null""")
    List<Koppling> findByKommun(String scbKod);
}
