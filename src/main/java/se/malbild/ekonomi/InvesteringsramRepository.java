package se.malbild.ekonomi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.malbild.organisation.Namnd;

public interface InvesteringsramRepository extends JpaRepository<Investeringsram, Long> {

    Optional<Investeringsram> findByNamndAndAr(Namnd namnd, int ar);

    List<Investeringsram> findByNamndOrderByAr(Namnd namnd);
}
