package se.malbild.mal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface NamndmalRepository extends JpaRepository<Namndmal, Long> {

    Optional<Namndmal> findByNamndAndKod(Namnd namnd, String kod);

    /** The committee's goals that are part of its plan for the year, with their council goals and areas. */
    @Query("""
            select n from Namndmal n join fetch n.kommunovergripandeMal k join fetch k.malomrade
            where n.namnd = :namnd and n.franAr <= :ar and (n.tillAr is null or n.tillAr >= :ar)
            order by n.ordning, n.id""")
    List<Namndmal> findGallande(Namnd namnd, int ar);

    List<Namndmal> findByNamnd(Namnd namnd);
}
