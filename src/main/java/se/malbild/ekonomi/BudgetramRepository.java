package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface BudgetramRepository extends JpaRepository<Budgetram, Long> {

    @Query("select r from Budgetram r left join fetch r.justeringar where r.namnd = :namnd and r.planAr = :planAr order by r.ar")
    List<Budgetram> findByNamndAndPlanAr(Namnd namnd, int planAr);
}
