package se.malbild.ekonomi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface BudgetramRepository extends JpaRepository<Budgetram, Long> {

    Optional<Budgetram> findByNamndAndAr(Namnd namnd, int ar);

    @Query("select r from Budgetram r left join fetch r.justeringar where r.namnd = :namnd order by r.ar")
    List<Budgetram> findByNamnd(Namnd namnd);
}
