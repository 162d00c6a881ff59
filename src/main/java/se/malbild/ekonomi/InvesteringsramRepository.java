package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import se.malbild.organisation.Namnd;

public interface InvesteringsramRepository extends JpaRepository<Investeringsram, Long> {

    List<Investeringsram> findByNamndAndPlanArOrderByAr(Namnd namnd, int planAr);
}
