package se.malbild.revision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AndringRepository extends JpaRepository<Andring, Long> {

    List<Andring> findByObjekttypAndObjektIdOrderByTidpunktDescIdDesc(String objekttyp, long objektId);
}
