package se.malbild.kolada;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JamforelsegruppRepository extends JpaRepository<Jamforelsegrupp, Long> {

    @Query("select g from Jamforelsegrupp g join fetch g.kommun k left join fetch g.medlemmar where k.scbKod = :scbKod")
    Optional<Jamforelsegrupp> findByKommun(String scbKod);
}
