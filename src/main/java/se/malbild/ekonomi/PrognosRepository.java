package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;

interface PrognosRepository extends JpaRepository<Prognos, Long> {

    /** Every forecast of the nämnd's year, all months and all earlier versions, oldest first; one query. */
    @Query("""
            select p from Prognos p left join fetch p.verksamhet
            where p.namnd = :namnd and p.ar = :ar order by p.manad, p.lopnummer, p.id""")
    List<Prognos> findByNamndAndAr(Namnd namnd, int ar);

    /** The same for every nämnd of the municipality; one query. */
    @Query("""
            select p from Prognos p left join fetch p.verksamhet
            where p.namnd.kommun = :kommun and p.ar = :ar order by p.manad, p.lopnummer, p.id""")
    List<Prognos> findByKommunAndAr(Kommun kommun, int ar);

    /** The follow-up points at which the municipality's nämnder made any forecast; one query. */
    @Query("select distinct p.punkt.id from Prognos p where p.namnd.kommun = :kommun")
    List<Long> punkterMedPrognos(Kommun kommun);
}
