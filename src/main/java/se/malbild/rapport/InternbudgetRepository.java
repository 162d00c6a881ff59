package se.malbild.rapport;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface InternbudgetRepository extends JpaRepository<Internbudget, Long> {

    Optional<Internbudget> findByNamndAndAr(Namnd namnd, int ar);

    @Query("select i from Internbudget i join fetch i.namnd n join fetch n.kommun order by n.kommun.namn, n.namn, i.ar")
    List<Internbudget> findAllWithNamnd();
}
