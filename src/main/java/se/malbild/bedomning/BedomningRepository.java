package se.malbild.bedomning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.Uppfoljningspunkt;

interface BedomningRepository extends JpaRepository<Bedomning, Long> {

    @Query("select b from Bedomning b where b.namndmal.namnd = :namnd and b.punkt = :punkt")
    List<Bedomning> findByNamndAndPunkt(Namnd namnd, Uppfoljningspunkt punkt);

    /** The final statuses of a municipality's nämndmål counted per committee, follow-up point and målområde. */
    @Query("""
            select new se.malbild.bedomning.BedomningService$Statusantal(n.id, p.id, o.id, o.namn, o.ordning, b.status,
                count(b))
            from Bedomning b join b.namndmal m join m.namnd n join b.punkt p join m.kommunovergripandeMal k
                join k.malomrade o
            where p.kommun = :kommun and b.status is not null
            group by n.id, p.id, o.id, o.namn, o.ordning, b.status""")
    List<BedomningService.Statusantal> countStatusar(Kommun kommun);
}
