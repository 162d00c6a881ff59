package se.malbild.uppfoljning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;

interface NamndUppfoljningRepository extends JpaRepository<NamndUppfoljning, Long> {

    Optional<NamndUppfoljning> findByNamndAndPunkt(Namnd namnd, Uppfoljningspunkt punkt);

    List<NamndUppfoljning> findByNamnd(Namnd namnd);

    @Query("""
            select new se.malbild.uppfoljning.UppfoljningService$Punktstatus(u.namnd.id, u.punkt.id, u.status)
            from NamndUppfoljning u where u.punkt.kommun = :kommun""")
    List<UppfoljningService.Punktstatus> findStatusarByKommun(Kommun kommun);
}
