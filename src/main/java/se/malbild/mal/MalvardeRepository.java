package se.malbild.mal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface MalvardeRepository extends JpaRepository<Malvarde, Long> {

    Optional<Malvarde> findByIndikatorAndAr(Indikator indikator, int ar);

    @Query("select m from Malvarde m where m.indikator.namndmal.namnd = :namnd and m.ar between :franAr and :tillAr")
    List<Malvarde> findByNamnd(Namnd namnd, int franAr, int tillAr);
}
