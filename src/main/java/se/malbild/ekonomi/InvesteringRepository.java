package se.malbild.ekonomi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface InvesteringRepository extends JpaRepository<Investering, Long> {

    Optional<Investering> findByNamndAndNamn(Namnd namnd, String namn);

    @Query("select i from Investering i left join fetch i.belopp where i.namnd = :namnd order by i.ordning")
    List<Investering> findByNamnd(Namnd namnd);
}
