package se.malbild.revision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AndringRepository extends JpaRepository<Andring, Long> {

    List<Andring> findByObjekttypAndObjektIdOrderByTidpunktDescIdDesc(String objekttyp, long objektId);

    List<Andring> findTop500ByNamndIdOrderByTidpunktDescIdDesc(Long namndId);

    List<Andring> findTop500ByNamndIdAndObjekttypOrderByTidpunktDescIdDesc(Long namndId, String objekttyp);
}
