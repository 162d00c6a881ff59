package se.malbild.bedomning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.Uppfoljningspunkt;

interface UppdragStatusRepository extends JpaRepository<UppdragStatus, Long> {

    List<UppdragStatus> findByNamndAndPunkt(Namnd namnd, Uppfoljningspunkt punkt);
}
