package se.malbild.mal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface MalvardeRepository extends JpaRepository<Malvarde, Long> {

    /** The targets a committee's plan of {@code planAr} states. */
    @Query("select m from Malvarde m where m.indikator.namndmal.namnd = :namnd and m.planAr = :planAr")
    List<Malvarde> findByNamndAndPlanAr(Namnd namnd, int planAr);
}
