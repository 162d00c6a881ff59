package se.malbild.mal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface IndikatorRepository extends JpaRepository<Indikator, Long> {

    Optional<Indikator> findByNamndmalAndKod(Namndmal namndmal, String kod);

    @Query("""
            select i from Indikator i join i.namndmal m left join fetch i.enheter
            where m.namnd = :namnd and m.franAr <= :ar and (m.tillAr is null or m.tillAr >= :ar)
            and i.franAr <= :ar and (i.tillAr is null or i.tillAr >= :ar)
            order by m.ordning, m.id, i.ordning, i.id""")
    List<Indikator> findGallande(Namnd namnd, int ar);

    List<Indikator> findByNamndmal(Namndmal namndmal);
}
