package se.malbild.bedomning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.Uppfoljningspunkt;

interface PlanpostStatusRepository extends JpaRepository<PlanpostStatus, Long> {

    @Query("select s from PlanpostStatus s join fetch s.planpost p where p.namnd = :namnd and s.punkt = :punkt")
    List<PlanpostStatus> findByNamndAndPunkt(Namnd namnd, Uppfoljningspunkt punkt);
}
