package se.malbild.bedomning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

interface PlanpostRepository extends JpaRepository<Planpost, Long> {

    List<Planpost> findByNamndAndArOrderByOrdningAscIdAsc(Namnd namnd, int ar);

    @Query("select coalesce(max(p.ordning), 0) from Planpost p where p.namnd = :namnd and p.ar = :ar and p.slag = :slag")
    int hogstaOrdning(Namnd namnd, int ar, Listtyp slag);
}
