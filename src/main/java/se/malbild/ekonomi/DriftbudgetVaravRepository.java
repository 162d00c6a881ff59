package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface DriftbudgetVaravRepository extends JpaRepository<DriftbudgetVarav, Long> {

    List<DriftbudgetVarav> findByNamnd(Namnd namnd);

    @Modifying(flushAutomatically = true)
    @Query("delete from DriftbudgetVarav d where d.namnd = :namnd and d.ar = :ar and d.typ = :typ")
    void deleteByNamndAndKolumn(Namnd namnd, int ar, Kolumntyp typ);
}
