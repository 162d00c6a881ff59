package se.malbild.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VerksamhetRepository extends JpaRepository<Verksamhet, Long> {

    List<Verksamhet> findByNamndOrderByOrdning(Namnd namnd);
}
