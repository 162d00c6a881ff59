package se.malbild.redovisning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;

interface RedovisatRepository extends JpaRepository<Redovisat, Long> {

    /** The nämnd's actuals in the given months, each written {@code ar * 100 + manad}. */
    @Query("""
            select r from Redovisat r join fetch r.verksamhet v
            where v.namnd = :namnd and r.ar * 100 + r.manad in :perioder""")
    List<Redovisat> findByNamndAndPerioder(Namnd namnd, Collection<Integer> perioder);

    /** Every verksamhet of the nämnd, in its order, with its actuals summed over January to {@code tillManad}. */
    @Query("""
            select new se.malbild.redovisning.RedovisatPerVerksamhet(v.id, v.kod, v.namn, v.typ,
                sum(r.kostnader), sum(r.intakter))
            from Verksamhet v left join Redovisat r on r.verksamhet = v and r.ar = :ar and r.manad <= :tillManad
            where v.namnd = :namnd
            group by v.id, v.kod, v.namn, v.typ, v.ordning
            order by v.ordning, v.id""")
    List<RedovisatPerVerksamhet> summaPerVerksamhet(Namnd namnd, int ar, int tillManad);

    /** The nämnd's actuals month by month between two months ({@code ar * 100 + manad}), both included. */
    @Query("""
            select new se.malbild.redovisning.RedovisatPerManad(v.id, v.kod, r.ar, r.manad, r.kostnader, r.intakter)
            from Redovisat r join r.verksamhet v
            where v.namnd = :namnd and r.ar * 100 + r.manad between :fran and :till
            order by v.ordning, v.id, r.ar, r.manad""")
    List<RedovisatPerManad> perManad(Namnd namnd, int fran, int till);

    /** The same for every nämnd of the municipality. */
    @Query("""
            select new se.malbild.redovisning.RedovisatPerManad(v.id, v.kod, r.ar, r.manad, r.kostnader, r.intakter)
            from Redovisat r join r.verksamhet v
            where v.namnd.kommun = :kommun and r.ar * 100 + r.manad between :fran and :till
            order by v.ordning, v.id, r.ar, r.manad""")
    List<RedovisatPerManad> perManadIKommun(Kommun kommun, int fran, int till);
}
