package se.malbild.nyckeltal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Namnd;

public interface NyckeltalRepository extends JpaRepository<Nyckeltal, Long> {

    @Query("""
            select n from Nyckeltal n left join fetch n.varden left join fetch n.enhet
            where n.namnd = :namnd order by n.kategori, n.ordning""")
    List<Nyckeltal> findByNamnd(Namnd namnd);
}
