package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import se.malbild.organisation.Namnd;

interface InvesteringsobjektRepository extends JpaRepository<Investeringsobjekt, Long> {

    List<Investeringsobjekt> findByNamndAndArOrderByOrdning(Namnd namnd, int ar);
}
