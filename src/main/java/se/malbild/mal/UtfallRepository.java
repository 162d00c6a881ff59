package se.malbild.mal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface UtfallRepository extends JpaRepository<Utfall, Long> {

    @Query("select u from Utfall u left join fetch u.enhet where u.indikator.namndmal.namnd = :namnd")
    List<Utfall> findByNamnd(Namnd namnd);

    /** A committee's outcomes for one period: a follow-up month, or the full year when {@code manad} is null. */
    @Query("""
            select u from Utfall u left join fetch u.enhet
            where u.indikator.namndmal.namnd = :namnd and u.ar = :ar
            and ((:manad is null and u.manad is null) or u.manad = :manad)""")
    List<Utfall> findByNamndAndPeriod(Namnd namnd, int ar, Integer manad);

    /** Full-year outcomes of a committee's indicators for a span of years, with their units. */
    @Query("""
            select u from Utfall u left join fetch u.enhet
            where u.indikator.namndmal.namnd = :namnd and u.manad is null and u.ar between :franAr and :tillAr""")
    List<Utfall> findHelarByNamnd(Namnd namnd, int franAr, int tillAr);
}
