package se.malbild.kolada;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.mal.Indikator;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;

/** What the Kolada admin page shows for a municipality, read in a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class KoladaAdmin {

    public record IndikatorRad(long id, String namnd, String kod, String namn, String kpi) {
    }

    public record Sida(String scbKod, String kommun, String grupp, String medlemmar, List<IndikatorRad> indikatorer,
            List<KoladaVardeRepository.Sammanfattning> inlasta, boolean hamtningAktiverad) {
    }

    private final KommunRepository kommuner;
    private final JamforelsegruppRepository grupper;
    private final KoladaVardeRepository varden;
    private final KoladaKlient klient;
    private final EntityManager em;

    KoladaAdmin(KommunRepository kommuner, JamforelsegruppRepository grupper, KoladaVardeRepository varden,
            KoladaKlient klient, EntityManager em) {
        this.kommuner = kommuner;
        this.grupper = grupper;
        this.varden = varden;
        this.klient = klient;
        this.em = em;
    }

    public List<Kommun> kommuner() {
        return kommuner.findAll(org.springframework.data.domain.Sort.by("namn"));
    }

    public Sida sida(String scbKod) {
        Kommun kommun = kommuner.findByScbKod(scbKod)
                .orElseThrow(() -> new NotFoundException("Kommunen " + scbKod + " finns inte"));
        Jamforelsegrupp grupp = grupper.findByKommun(scbKod).orElse(null);
        List<IndikatorRad> indikatorer = em.createQuery("""
                        select i from Indikator i join fetch i.namndmal m join fetch m.namnd n
                        where n.kommun = :kommun order by n.namn, m.ordning, m.id, i.ordning, i.id""", Indikator.class)
                .setParameter("kommun", kommun)
                .getResultList().stream()
                .map(i -> new IndikatorRad(i.getId(), i.getNamndmal().getNamnd().getNamn(), i.getKod(), i.getNamn(),
                        i.getKoladaKpi()))
                .toList();
        return new Sida(scbKod, kommun.getNamn(), grupp == null ? "" : grupp.getNamn(),
                grupp == null ? "" : Jamforelsegrupper.somRader(grupp.getMedlemmar()), indikatorer,
                varden.sammanfattning(), klient.isAktiverad());
    }

    /** The municipalities to fetch for: the own one and its peers. */
    public List<String> kommunerForHamtning(String scbKod) {
        List<String> koder = new java.util.ArrayList<>();
        koder.add(scbKod);
        grupper.findByKommun(scbKod).ifPresent(g -> g.getMedlemmar().stream().map(Jamforelsegrupp.Medlem::scbKod)
                .filter(k -> !k.equals(scbKod)).forEach(koder::add));
        return koder;
    }
}
