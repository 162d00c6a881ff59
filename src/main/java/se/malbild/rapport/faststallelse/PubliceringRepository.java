package se.malbild.rapport.faststallelse;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PubliceringRepository extends JpaRepository<Publicering, Long> {

    Optional<Publicering> findByFaststalldRapportId(long faststalldRapportId);
}
