package se.malbild.kolada;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KoladaVardeRepository extends JpaRepository<KoladaVarde, Long> {

    /** The values of some KPIs for some municipalities, in one query. */
    @Query("""
            select v from KoladaVarde v where v.kpi in :kpier and v.kommun in :kommuner
            order by v.kpi, v.kommun, v.period, v.kon""")
    List<KoladaVarde> findByKpiInAndKommunIn(Collection<String> kpier, Collection<String> kommuner);

    List<KoladaVarde> findByKpiAndKommunOrderByPeriodAscKonAsc(String kpi, String kommun);

    /** What is stored per KPI: how many values, for how many municipalities, which years, last imported when. */
    @Query("""
            select new se.malbild.kolada.KoladaVardeRepository$Sammanfattning(v.kpi, count(v), count(distinct v.kommun),
                min(v.period), max(v.period), max(v.importerad))
            from KoladaVarde v group by v.kpi order by v.kpi""")
    List<Sammanfattning> sammanfattning();

    record Sammanfattning(String kpi, long varden, long kommuner, int franAr, int tillAr, java.time.Instant senast) {
    }
}
