package se.malbild.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NamndRepository extends JpaRepository<Namnd, Long> {

    @Query("select n from Namnd n join fetch n.kommun k where k.scbKod = :scbKod and n.kod = :kod")
    Optional<Namnd> findByKommunAndKod(String scbKod, String kod);

    @Query("select n from Namnd n join fetch n.kommun order by n.kommun.namn, n.namn")
    List<Namnd> findAllWithKommun();
}
