package se.malbild.ekonomi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;

interface UppfoljningsbudgetRepository extends JpaRepository<Uppfoljningsbudget, Long> {

    /** The nämnd's follow-up budget of a year with verksamheter and profiles, in the budget's order; one query. */
    @Query("""
            select distinct b from Uppfoljningsbudget b join fetch b.verksamhet v left join fetch b.profil
            where v.namnd = :namnd and b.ar = :ar order by b.ordning""")
    List<Uppfoljningsbudget> findByNamndAndAr(Namnd namnd, int ar);

    /** The same for every nämnd of the municipality; one query. */
    @Query("""
            select distinct b from Uppfoljningsbudget b join fetch b.verksamhet v left join fetch b.profil
            where v.namnd.kommun = :kommun and b.ar = :ar order by b.ordning""")
    List<Uppfoljningsbudget> findByKommunAndAr(Kommun kommun, int ar);
}
