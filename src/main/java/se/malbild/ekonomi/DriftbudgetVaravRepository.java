package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import se.malbild.organisation.Namnd;

public interface DriftbudgetVaravRepository extends JpaRepository<DriftbudgetVarav, Long> {

    List<DriftbudgetVarav> findByNamndAndPlanAr(Namnd namnd, int planAr);
}
