package se.malbild.mal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;

public interface KommunovergripandeMalRepository extends JpaRepository<KommunovergripandeMal, Long> {

    Optional<KommunovergripandeMal> findByMalomradeAndKod(Malomrade malomrade, String kod);

    @Query("select k from KommunovergripandeMal k join fetch k.malomrade m where m.kommun = :kommun")
    List<KommunovergripandeMal> findByKommun(Kommun kommun);

    /** The council goals of a municipality valid in a year, with their goal areas. */
    @Query("""
            select k from KommunovergripandeMal k join fetch k.malomrade m
            where m.kommun = :kommun and :ar between m.franAr and m.tillAr
            order by m.ordning, k.ordning""")
    List<KommunovergripandeMal> findGallande(Kommun kommun, int ar);
}
