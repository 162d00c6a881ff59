package se.malbild.mal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface NamndmalRepository extends JpaRepository<Namndmal, Long> {

    Optional<Namndmal> findByNamndAndKod(Namnd namnd, String kod);

    @Query("""
            select n from Namndmal n join fetch n.kommunovergripandeMal k join fetch k.malomrade
            where n.namnd = :namnd order by n.ordning""")
    List<Namndmal> findByNamnd(Namnd namnd);
}
