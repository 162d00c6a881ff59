package se.malbild.ekonomi;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;

/** A municipality's nämnder and verksamheter, each in one query, for reading the whole municipality's economy at once. */
@Component
class KommunensOrganisation {

    private final EntityManager em;

    KommunensOrganisation(EntityManager em) {
        this.em = em;
    }

    /** The municipality's nämnder in name order. */
    List<Namnd> namnder(Kommun kommun) {
        return em.createQuery("select n from Namnd n where n.kommun = :kommun order by n.namn, n.id", Namnd.class)
                .setParameter("kommun", kommun).getResultList();
    }

    /** Every verksamhet of the municipality's nämnder, each nämnd's in its order. */
    List<Verksamhet> verksamheter(Kommun kommun) {
        return em.createQuery("""
                select v from Verksamhet v join fetch v.namnd n
                where n.kommun = :kommun order by n.id, v.ordning""", Verksamhet.class)
                .setParameter("kommun", kommun).getResultList();
    }
}
