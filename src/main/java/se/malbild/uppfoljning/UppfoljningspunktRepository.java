package se.malbild.uppfoljning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;

public interface UppfoljningspunktRepository extends JpaRepository<Uppfoljningspunkt, Long> {

    Optional<Uppfoljningspunkt> findByKommunAndArAndManad(Kommun kommun, int ar, int manad);

    @Query("select p from Uppfoljningspunkt p where p.kommun = :kommun order by p.ar desc, p.manad")
    List<Uppfoljningspunkt> findByKommun(Kommun kommun);
}
