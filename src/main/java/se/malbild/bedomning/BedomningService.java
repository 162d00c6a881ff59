package se.malbild.bedomning;

import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.ekonomi.EkonomiskUppfoljningService;
import se.malbild.mal.Maluppfyllelse;
import se.malbild.mal.Malstatus;
import se.malbild.mal.Malutvardering;
import se.malbild.mal.Namndmal;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;
import se.malbild.revision.Revisionslogg;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.UppfoljningStatus;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * The goal-fulfilment assessment of a committee at a follow-up point: per nämndmål the status its indicators propose
 * (with each indicator's result and reason), and the person's final status, motivation, analysis, "urval resultat" and
 * deviations in planned activities. A save is all or nothing: a final status that differs from the proposal without
 * a motivation, a text that is too long, or an assessment someone else changed since the page was opened stops the
 * whole save. Every change is audited in the same transaction.
 */
@Service
@Transactional
public class BedomningService {

    static final String OBJEKTTYP = "Bedomning";

    /** The assessment page. */
    public record Sida(long namndId, String namnd, String kommun, long punktId, String punkt, int ar,
            UppfoljningStatus status, boolean redigerbar, List<Mal> mal) {
    }

    /**
     * One indicator of a nämndmål: its outcome at the point (for an indicator derived from the economy also the exact
     * computed value, null when it cannot be computed or the indicator is entered), the previous year's, the target,
     * whether the target is met and why.
     */
    public record Indikatorrad(long indikatorId, String namn, String utfall, BigDecimal harlettVarde, String foregaende,
            String malvarde, Maluppfyllelse resultat, String skal) {
    }

    /**
     * A nämndmål: where it belongs, its indicators and the proposal now, and the stored assessment (id and version
     * null when there is none; {@code sparatForslag} is the proposal in force when it was saved).
     */
    public record Mal(long namndmalId, String kod, String malomrade, String kommunovergripandeMal, String titel,
            String beskrivning, List<Indikatorrad> indikatorer, Malstatus forslag, String forslagSkal,
            Long bedomningId, Integer version, Malstatus status, String motivering, String analys,
            List<String> urvalResultat, List<String> avvikelser, Malstatus sparatForslag) {

        /** The final status differs from what the indicators propose now. */
        public boolean skiljer() {
            return status != null && status != forslag;
        }

        public List<Textformat.Block> motiveringBlock() {
            return Textformat.block(motivering);
        }

        public List<Textformat.Block> analysBlock() {
            return Textformat.block(analys);
        }

        /** The proposal has changed since the assessment was saved (new outcomes since). */
        public boolean forslagetAndrat() {
            return sparatForslag != null && sparatForslag != forslag;
        }
    }

    /** An assessment changed by someone else since the page was opened: what is stored now. */
    public record Konflikt(int rad, long namndmalId, String mal, Malstatus status, String motivering, String analys,
            List<String> urvalResultat, List<String> avvikelser, int version) {
    }

    public record Resultat(List<Fel> fel, List<Konflikt> konflikter, int sparade) {

        public boolean lyckades() {
            return fel.isEmpty() && konflikter.isEmpty();
        }
    }

    private final UppfoljningAtkomst atkomst;
    private final Forslagsberakning berakning;
    private final BedomningRepository bedomningar;
    private final Revisionslogg revision;

    BedomningService(UppfoljningAtkomst atkomst, Forslagsberakning berakning, BedomningRepository bedomningar,
            Revisionslogg revision) {
        this.atkomst = atkomst;
        this.berakning = berakning;
        this.bedomningar = bedomningar;
        this.revision = revision;
    }

    @Transactional(readOnly = true)
    public Sida las(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Uppfoljningspunkt punkt = ratt.punkt();
        return new Sida(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn(), punkt.getId(), punkt.getNamn(),
                punkt.getAr(), ratt.status(), ratt.redigerbar(), mal(namnd, punkt, null));
    }

    /**
     * The nämndmål of the point's year with their proposals and stored assessments, for a report that has checked
     * that the user may read the committee's follow-up and has already read its economy at the point (which the
     * indicators derived from the economy then use instead of reading it again). The point must be of the
     * committee's municipality.
     */
    @Transactional(readOnly = true)
    public List<Mal> mal(Namnd namnd, Uppfoljningspunkt punkt, EkonomiskUppfoljningService.Uppfoljning ekonomi) {
        Map<Long, Bedomning> sparade = sparade(namnd, punkt);
        List<Mal> mal = new ArrayList<>();
        for (Forslagsberakning.Malforslag forslag : berakning.berakna(namnd, punkt, ekonomi)) {
            Namndmal namndmal = forslag.mal();
            Bedomning b = sparade.get(namndmal.getId());
            mal.add(new Mal(namndmal.getId(), namndmal.getKod(), namndmal.getKommunovergripandeMal().getMalomrade().getNamn(),
                    namndmal.getKommunovergripandeMal().getNamn(), namndmal.getTitel(), namndmal.getBeskrivning(),
                    forslag.indikatorer(), forslag.forslag().status(), forslag.skal(),
                    b == null ? null : b.getId(), b == null ? null : b.getVersion(), b == null ? null : b.getStatus(),
                    b == null ? null : b.getMotivering(), b == null ? null : b.getAnalys(),
                    b == null ? List.of() : b.getUrvalResultat(), b == null ? List.of() : b.getAvvikelser(),
                    b == null ? null : b.getForslag()));
        }
        return mal;
    }

    /** How many of a committee's nämndmål have a final status, per follow-up point and målområde. */
    public record Statusantal(long namndId, long punktId, long malomradeId, String malomrade, int malomradeOrdning,
            Malstatus status, long antal) {
    }

    /**
     * The final statuses of all the municipality's committees at all its points, counted in one query, for an overview
     * whose caller has checked that the user may read every committee's follow-up.
     */
    @Transactional(readOnly = true)
    public List<Statusantal> statusantal(Kommun kommun) {
        return bedomningar.countStatusar(kommun);
    }

    public Resultat spara(long namndId, long punktId, List<BedomningInmatning> inmatningar) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forSkrivning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Uppfoljningspunkt punkt = ratt.punkt();
        Map<Long, Forslagsberakning.Malforslag> forslag = new HashMap<>();
        berakning.berakna(namnd, punkt).forEach(f -> forslag.put(f.mal().getId(), f));
        Set<Long> sedda = new HashSet<>();
        for (BedomningInmatning in : inmatningar) {
            if (in.namndmalId() == null || !forslag.containsKey(in.namndmalId()) || !sedda.add(in.namndmalId())) {
                throw new AccessDeniedException("Nämndmålet " + in.namndmalId() + " hör inte till " + namnd.getNamn()
                        + " " + punkt.getAr());
            }
        }
        Map<Long, Bedomning> sparade = sparade(namnd, punkt);

        List<Fel> fel = new ArrayList<>();
        List<Konflikt> konflikter = new ArrayList<>();
        List<Andring> andringar = new ArrayList<>();
        for (int rad = 0; rad < inmatningar.size(); rad++) {
            BedomningInmatning in = inmatningar.get(rad);
            if (in.behallSparat()) {
                continue;
            }
            Forslagsberakning.Malforslag malforslag = forslag.get(in.namndmalId());
            String titel = malforslag.mal().getTitel();
            Bedomning sparad = sparade.get(in.namndmalId());
            Varde varde = new Varde(in.status(), Textregler.text(in.motivering()), Textregler.text(in.analys()),
                    Textregler.punkter(in.urvalResultat()), Textregler.punkter(in.avvikelser()));
            if (sparad == null && varde.tomt()) {
                continue;
            }
            int felFore = fel.size();
            langd(fel, rad, titel, "motivering", varde.motivering(), Textregler.MOTIVERING);
            langd(fel, rad, titel, "analys", varde.analys(), Textregler.ANALYS);
            punkter(fel, rad, titel, "urvalResultat", varde.urvalResultat());
            punkter(fel, rad, titel, "avvikelser", varde.avvikelser());
            if (varde.status() == null) {
                fel.add(new Fel(rad, titel, "status", "bedomning.fel.statusSaknas", List.of(titel)));
                continue;
            }
            if (sparad != null && varde.samma(sparad)) {
                fel.subList(felFore, fel.size()).clear();
                continue;
            }
            Malstatus foreslagen = malforslag.forslag().status();
            if (Malutvardering.saknarMotivering(foreslagen, varde.status(), varde.motivering())) {
                fel.add(new Fel(rad, titel, "motivering", "bedomning.fel.motiveringSaknas",
                        List.of(titel, new DefaultMessageSourceResolvable(foreslagen.nyckel()),
                                new DefaultMessageSourceResolvable(varde.status().nyckel()))));
            }
            if (fel.size() > felFore) {
                continue;
            }
            int sparadVersion = sparad == null ? -1 : sparad.getVersion();
            int sedd = in.version() == null ? -1 : in.version();
            if (sparadVersion != sedd) {
                konflikter.add(new Konflikt(rad, in.namndmalId(), titel, sparad == null ? null : sparad.getStatus(),
                        sparad == null ? null : sparad.getMotivering(), sparad == null ? null : sparad.getAnalys(),
                        sparad == null ? List.of() : sparad.getUrvalResultat(),
                        sparad == null ? List.of() : sparad.getAvvikelser(), sparadVersion));
                continue;
            }
            andringar.add(new Andring(malforslag.mal(), foreslagen, varde, sparad));
        }
        if (!fel.isEmpty() || !konflikter.isEmpty()) {
            return new Resultat(fel, konflikter, 0);
        }
        try {
            for (Andring andring : andringar) {
                spara(andring, punkt, namndId);
            }
            bedomningar.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new SamtidigtSparadException(e);
        }
        return new Resultat(List.of(), List.of(), andringar.size());
    }

    /** What was typed for one nämndmål, read and trimmed. */
    private record Varde(Malstatus status, String motivering, String analys, List<String> urvalResultat,
            List<String> avvikelser) {

        boolean tomt() {
            return status == null && motivering == null && analys == null && urvalResultat.isEmpty()
                    && avvikelser.isEmpty();
        }

        boolean samma(Bedomning b) {
            return status == b.getStatus() && Objects.equals(motivering, b.getMotivering())
                    && Objects.equals(analys, b.getAnalys()) && urvalResultat.equals(b.getUrvalResultat())
                    && avvikelser.equals(b.getAvvikelser());
        }
    }

    private record Andring(Namndmal mal, Malstatus forslag, Varde varde, Bedomning sparad) {
    }

    private void spara(Andring a, Uppfoljningspunkt punkt, long namndId) {
        Bedomning b = a.sparad() == null ? new Bedomning(a.mal(), punkt) : a.sparad();
        Malstatus foreForslag = b.getForslag();
        Malstatus foreStatus = b.getStatus();
        String foreMotivering = b.getMotivering();
        String foreAnalys = b.getAnalys();
        List<String> foreUrval = b.getUrvalResultat();
        List<String> foreAvvikelser = b.getAvvikelser();
        b.bedom(a.forslag(), a.varde().status(), a.varde().motivering(), a.varde().analys(),
                a.varde().urvalResultat(), a.varde().avvikelser());
        b = bedomningar.saveAndFlush(b);
        revision.registrera(OBJEKTTYP, b.getId(), "forslag", foreForslag, b.getForslag(), namndId);
        revision.registrera(OBJEKTTYP, b.getId(), "status", foreStatus, b.getStatus(), namndId);
        revision.registrera(OBJEKTTYP, b.getId(), "motivering", foreMotivering, b.getMotivering(), namndId);
        revision.registrera(OBJEKTTYP, b.getId(), "analys", foreAnalys, b.getAnalys(), namndId);
        revision.registrera(OBJEKTTYP, b.getId(), "urvalResultat", lista(foreUrval), lista(b.getUrvalResultat()), namndId);
        revision.registrera(OBJEKTTYP, b.getId(), "avvikelser", lista(foreAvvikelser), lista(b.getAvvikelser()), namndId);
    }

    private static String lista(List<String> punkter) {
        return punkter.isEmpty() ? null : Textregler.somRader(punkter);
    }

    private static void langd(List<Fel> fel, int rad, String vad, String falt, String text, int langst) {
        if (text != null && text.length() > langst) {
            fel.add(new Fel(rad, vad, falt, "bedomning.fel.forLang." + falt, List.of(langst, text.length())));
        }
    }

    private static void punkter(List<Fel> fel, int rad, String vad, String falt, List<String> punkter) {
        if (punkter.size() > Textregler.PUNKTER) {
            fel.add(new Fel(rad, vad, falt, "bedomning.fel.forMangaPunkter." + falt,
                    List.of(Textregler.PUNKTER, punkter.size())));
        }
        for (int i = 0; i < punkter.size(); i++) {
            if (punkter.get(i).length() > Textregler.PUNKT) {
                fel.add(new Fel(rad, vad, falt, "bedomning.fel.forLangPunkt." + falt,
                        List.of(i + 1, Textregler.PUNKT, punkter.get(i).length())));
            }
        }
    }

    private Map<Long, Bedomning> sparade(Namnd namnd, Uppfoljningspunkt punkt) {
        Map<Long, Bedomning> sparade = new HashMap<>();
        bedomningar.findByNamndAndPunkt(namnd, punkt).forEach(b -> sparade.put(b.getNamndmal().getId(), b));
        return sparade;
    }
}
