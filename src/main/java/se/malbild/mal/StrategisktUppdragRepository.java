package se.malbild.mal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import se.malbild.organisation.Namnd;

public interface StrategisktUppdragRepository extends JpaRepository<StrategisktUppdrag, Long> {

    List<StrategisktUppdrag> findByNamndAndArOrderByTypAscOrdningAsc(Namnd namnd, int ar);

    void deleteByNamndAndAr(Namnd namnd, int ar);
}
