package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;

public interface DriftbudgetVaravRepository extends JpaRepository<DriftbudgetVarav, Long> {

    List<DriftbudgetVarav> findByNamndAndPlanAr(Namnd namnd, int planAr);

    @Query("select d from DriftbudgetVarav d where d.namnd.kommun = :kommun and d.planAr = :planAr")
    List<DriftbudgetVarav> findByKommunAndPlanAr(Kommun kommun, int planAr);
}
