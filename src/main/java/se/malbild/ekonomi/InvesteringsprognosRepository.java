package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;

interface InvesteringsprognosRepository extends JpaRepository<Investeringsprognos, Long> {

    /** Every investment forecast of the nämnd's year, all versions, oldest first; one query. */
    @Query("""
            select p from Investeringsprognos p join fetch p.objekt o
            where o.namnd = :namnd and o.ar = :ar order by o.ordning, p.manad, p.lopnummer""")
    List<Investeringsprognos> findByNamndAndAr(Namnd namnd, int ar);

    /** The same for every nämnd of the municipality; one query. */
    @Query("""
            select p from Investeringsprognos p join fetch p.objekt o
            where o.namnd.kommun = :kommun and o.ar = :ar order by o.ordning, p.manad, p.lopnummer""")
    List<Investeringsprognos> findByKommunAndAr(Kommun kommun, int ar);
}
