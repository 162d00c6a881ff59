package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;

public interface BudgetpostRepository extends JpaRepository<Budgetpost, Long> {

    @Query("select b from Budgetpost b join fetch b.verksamhet v where v.namnd = :namnd and b.planAr = :planAr")
    List<Budgetpost> findByNamndAndPlanAr(Namnd namnd, int planAr);

    @Query("select b from Budgetpost b join fetch b.verksamhet v where v.namnd.kommun = :kommun and b.planAr = :planAr")
    List<Budgetpost> findByKommunAndPlanAr(Kommun kommun, int planAr);
}
