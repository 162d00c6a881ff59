package se.malbild.bedomning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.Uppfoljningspunkt;

interface BedomningRepository extends JpaRepository<Bedomning, Long> {

    @Query("select b from Bedomning b where b.namndmal.namnd = :namnd and b.punkt = :punkt")
    List<Bedomning> findByNamndAndPunkt(Namnd namnd, Uppfoljningspunkt punkt);
}
