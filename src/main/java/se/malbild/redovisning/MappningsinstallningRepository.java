package se.malbild.redovisning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.malbild.organisation.Namnd;

interface MappningsinstallningRepository extends JpaRepository<Mappningsinstallning, Long> {

    Optional<Mappningsinstallning> findByNamnd(Namnd namnd);
}
