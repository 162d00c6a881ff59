package se.malbild.mal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface IndikatorRepository extends JpaRepository<Indikator, Long> {

    Optional<Indikator> findByNamndmalAndKod(Namndmal namndmal, String kod);

    @Query("""
            select distinct i from Indikator i left join fetch i.enheter
            where i.namndmal.namnd = :namnd order by i.namndmal.ordning, i.ordning""")
    List<Indikator> findByNamnd(Namnd namnd);
}
