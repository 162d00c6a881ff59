package se.malbild.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnhetRepository extends JpaRepository<Enhet, Long> {

    List<Enhet> findByNamnd(Namnd namnd);
}
