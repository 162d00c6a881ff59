package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;

interface InvesteringsobjektRepository extends JpaRepository<Investeringsobjekt, Long> {

    List<Investeringsobjekt> findByNamndAndArOrderByOrdning(Namnd namnd, int ar);

    @Query("select o from Investeringsobjekt o where o.namnd.kommun = :kommun and o.ar = :ar order by o.ordning")
    List<Investeringsobjekt> findByKommunAndAr(Kommun kommun, int ar);
}
