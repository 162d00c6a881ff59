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

}
