package se.malbild.uppfoljning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.malbild.organisation.Namnd;

interface NamndUppfoljningRepository extends JpaRepository<NamndUppfoljning, Long> {

    Optional<NamndUppfoljning> findByNamndAndPunkt(Namnd namnd, Uppfoljningspunkt punkt);

    List<NamndUppfoljning> findByNamnd(Namnd namnd);
}
