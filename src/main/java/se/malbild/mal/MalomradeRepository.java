package se.malbild.mal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.malbild.organisation.Kommun;

public interface MalomradeRepository extends JpaRepository<Malomrade, Long> {

    Optional<Malomrade> findByKommunAndKodAndFranAr(Kommun kommun, String kod, int franAr);
}
