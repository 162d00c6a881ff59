package se.malbild.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KommunRepository extends JpaRepository<Kommun, Long> {

    Optional<Kommun> findByScbKod(String scbKod);

}
