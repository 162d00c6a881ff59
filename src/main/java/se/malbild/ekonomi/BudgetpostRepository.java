package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface BudgetpostRepository extends JpaRepository<Budgetpost, Long> {

    @Query("select b from Budgetpost b join fetch b.verksamhet v where v.namnd = :namnd")
    List<Budgetpost> findByNamnd(Namnd namnd);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from Budgetpost b where b.verksamhet.id in (select v.id from Verksamhet v where v.namnd = :namnd) and b.ar = :ar and b.typ = :typ")
    void deleteByNamndAndKolumn(Namnd namnd, int ar, Kolumntyp typ);
}
