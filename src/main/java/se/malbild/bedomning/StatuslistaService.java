package se.malbild.bedomning;

import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.mal.StrategisktUppdrag;
import se.malbild.mal.StrategisktUppdragRepository;
import se.malbild.organisation.Namnd;
import se.malbild.revision.Revisionslogg;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.UppfoljningStatus;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * Status per follow-up point, with a comment, for the strategiska utvecklingsuppdrag of the plan year, the
 * verksamhetsplan's activities and the internkontroll plan's kontrollmoment; and adding activities and kontrollmoment
 * to a committee's year. All or nothing on save, with conflicts and audit like the assessments.
 */
@Service
@Transactional
public class StatuslistaService {

    static final String UPPDRAG_OBJEKTTYP = "UppdragStatus";
    static final String PLANPOST_OBJEKTTYP = "PlanpostStatus";
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final int KORT_TEXT = 60;

    public record Sida(long namndId, String namnd, String kommun, long punktId, String punkt, int ar,
            UppfoljningStatus status, boolean redigerbar, List<Rad> uppdrag, List<Rad> aktiviteter,
            List<Rad> kontrollmoment) {
    }

    /**
     * One assignment, activity or kontrollmoment: its list, id, group heading (for assignments: kommungemensamt or
     * nämndspecifikt), number within its group, short name for messages, text, and the stored status (ids, version null
     * when there is none).
     */
    public record Rad(Listtyp listtyp, long id, String grupp, int nummer, String vad, String text, Long statusId,
            Integer version, Genomforande status, String kommentar) {
    }

    /** One row as typed, with the version the person saw; {@code behallSparat} keeps what someone else stored. */
    public record StatusInmatning(Listtyp listtyp, Long id, Genomforande status, String kommentar, Integer version,
            boolean behallSparat) {
    }

    /** A status someone else changed since the page was opened: what is stored now. */
    public record Konflikt(int rad, Listtyp listtyp, String vad, Genomforande status, String kommentar, int version) {
    }

    public record Resultat(List<Fel> fel, List<Konflikt> konflikter, int sparade) {

        public boolean lyckades() {
            return fel.isEmpty() && konflikter.isEmpty();
        }
    }

    private final UppfoljningAtkomst atkomst;
    private final StrategisktUppdragRepository uppdrag;
    private final UppdragStatusRepository uppdragStatus;
    private final PlanpostRepository planposter;
    private final PlanpostStatusRepository planpostStatus;
    private final Revisionslogg revision;
    private final MessageSource meddelanden;

    StatuslistaService(UppfoljningAtkomst atkomst, StrategisktUppdragRepository uppdrag,
            UppdragStatusRepository uppdragStatus, PlanpostRepository planposter,
            PlanpostStatusRepository planpostStatus, Revisionslogg revision, MessageSource meddelanden) {
        this.atkomst = atkomst;
        this.uppdrag = uppdrag;
        this.uppdragStatus = uppdragStatus;
        this.planposter = planposter;
        this.planpostStatus = planpostStatus;
        this.revision = revision;
        this.meddelanden = meddelanden;
    }

    @Transactional(readOnly = true)
    public Sida las(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Uppfoljningspunkt punkt = ratt.punkt();
        Listor listor = listor(namnd, punkt);
        return new Sida(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn(), punkt.getId(), punkt.getNamn(),
                punkt.getAr(), ratt.status(), ratt.redigerbar(), listor.rader(Listtyp.UPPDRAG),
                listor.rader(Listtyp.AKTIVITET), listor.rader(Listtyp.KONTROLLMOMENT));
    }

    public Resultat spara(long namndId, long punktId, List<StatusInmatning> inmatningar) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forSkrivning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Uppfoljningspunkt punkt = ratt.punkt();
        Listor listor = listor(namnd, punkt);
        Set<String> sedda = new HashSet<>();
        for (StatusInmatning in : inmatningar) {
            if (in.listtyp() == null || in.id() == null || listor.rad(in.listtyp(), in.id()) == null
                    || !sedda.add(in.listtyp() + "|" + in.id())) {
                throw new AccessDeniedException(in.listtyp() + " " + in.id() + " hör inte till " + namnd.getNamn()
                        + " " + punkt.getAr());
            }
        }

        List<Fel> fel = new ArrayList<>();
        List<Konflikt> konflikter = new ArrayList<>();
        List<Andring> andringar = new ArrayList<>();
        for (int i = 0; i < inmatningar.size(); i++) {
            StatusInmatning in = inmatningar.get(i);
            if (in.behallSparat()) {
                continue;
            }
            Rad rad = listor.rad(in.listtyp(), in.id());
            String kommentar = Textregler.rad(in.kommentar());
            if (rad.statusId() == null && in.status() == null && kommentar == null) {
                continue;
            }
            if (in.status() == rad.status() && Objects.equals(kommentar, rad.kommentar())) {
                continue;
            }
            int felFore = fel.size();
            if (kommentar != null && kommentar.length() > Textregler.KOMMENTAR) {
                fel.add(new Fel(i, rad.vad(), "kommentar", "bedomning.fel.forLang.kommentar",
                        List.of(Textregler.KOMMENTAR, kommentar.length())));
            }
            if (in.status() == null) {
                fel.add(new Fel(i, rad.vad(), "status", "bedomning.fel.listStatusSaknas", List.of(rad.vad())));
            } else if (!in.listtyp().tillater(in.status())) {
                fel.add(new Fel(i, rad.vad(), "status", "bedomning.fel.listStatusGallerInte", List.of(rad.vad())));
            }
            if (fel.size() > felFore) {
                continue;
            }
            int sparadVersion = rad.version() == null ? -1 : rad.version();
            int sedd = in.version() == null ? -1 : in.version();
            if (sparadVersion != sedd) {
                konflikter.add(new Konflikt(i, rad.listtyp(), rad.vad(), rad.status(), rad.kommentar(), sparadVersion));
                continue;
            }
            andringar.add(new Andring(rad, in.status(), kommentar));
        }
        if (!fel.isEmpty() || !konflikter.isEmpty()) {
            return new Resultat(fel, konflikter, 0);
        }
        try {
            for (Andring a : andringar) {
                if (a.rad().listtyp() == Listtyp.UPPDRAG) {
                    sparaUppdrag(a, listor, namnd, punkt);
                } else {
                    sparaPlanpost(a, listor, punkt, namnd.getId());
                }
            }
            uppdragStatus.flush();
            planpostStatus.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new SamtidigtSparadException(e);
        }
        return new Resultat(List.of(), List.of(), andringar.size());
    }

    /**
     * Adds an activity or kontrollmoment last in the committee's list for the point's year.
     *
     * @throws PlanpostException when the text is empty, too long or already in the list
     */
    public void laggTill(long namndId, long punktId, Listtyp slag, String skrivet) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forSkrivning(namndId, punktId);
        if (slag == null || slag == Listtyp.UPPDRAG) {
            throw new AccessDeniedException("Strategiska uppdrag kommer från nämndens plan");
        }
        Namnd namnd = ratt.namnd();
        int ar = ratt.punkt().getAr();
        String text = Textregler.rad(skrivet);
        if (text == null) {
            throw new PlanpostException("bedomning.ny.fel.tom." + slag.name());
        }
        if (text.length() > Textregler.PLANPOST) {
            throw new PlanpostException("bedomning.ny.fel.forLang", Textregler.PLANPOST, text.length());
        }
        boolean finns = planposter.findByNamndAndArOrderByOrdningAscIdAsc(namnd, ar).stream()
                .anyMatch(p -> p.getSlag() == slag && p.getText().equals(text));
        if (finns) {
            throw new PlanpostException("bedomning.ny.fel.finns." + slag.name());
        }
        try {
            Planpost ny = planposter.saveAndFlush(new Planpost(namnd, ar, slag, text,
                    planposter.hogstaOrdning(namnd, ar, slag) + 1));
            revision.registrera("Planpost", ny.getId(), "text", null, ny.getText(), namnd.getId());
        } catch (DataIntegrityViolationException e) {
            throw new SamtidigtSparadException(e);
        }
    }

    private record Andring(Rad rad, Genomforande status, String kommentar) {
    }

    private void sparaUppdrag(Andring a, Listor listor, Namnd namnd, Uppfoljningspunkt punkt) {
        StrategisktUppdrag u = listor.uppdrag.get(a.rad().id());
        UppdragStatus s = listor.uppdragStatus.get(uppdragsnyckel(u));
        if (s == null) {
            s = new UppdragStatus(namnd, punkt, u.getTyp(), u.getText());
        }
        Genomforande fore = s.getStatus();
        String foreKommentar = s.getKommentar();
        s.satt(a.status(), a.kommentar());
        s = uppdragStatus.saveAndFlush(s);
        revision.registrera(UPPDRAG_OBJEKTTYP, s.getId(), "status", fore, s.getStatus(), namnd.getId());
        revision.registrera(UPPDRAG_OBJEKTTYP, s.getId(), "kommentar", foreKommentar, s.getKommentar(), namnd.getId());
    }

    private void sparaPlanpost(Andring a, Listor listor, Uppfoljningspunkt punkt, long namndId) {
        Planpost p = listor.planposter.get(a.rad().id());
        PlanpostStatus s = listor.planpostStatus.get(p.getId());
        if (s == null) {
            s = new PlanpostStatus(p, punkt);
        }
        Genomforande fore = s.getStatus();
        String foreKommentar = s.getKommentar();
        s.satt(a.status(), a.kommentar());
        s = planpostStatus.saveAndFlush(s);
        revision.registrera(PLANPOST_OBJEKTTYP, s.getId(), "status", fore, s.getStatus(), namndId);
        revision.registrera(PLANPOST_OBJEKTTYP, s.getId(), "kommentar", foreKommentar, s.getKommentar(), namndId);
    }

    /** Everything the page and a save need, read in four queries. */
    private final class Listor {

        final Map<Long, StrategisktUppdrag> uppdrag = new HashMap<>();
        final Map<String, UppdragStatus> uppdragStatus = new HashMap<>();
        final Map<Long, Planpost> planposter = new HashMap<>();
        final Map<Long, PlanpostStatus> planpostStatus = new HashMap<>();
        final Map<Listtyp, List<Rad>> rader = new HashMap<>();

        Listor(Namnd namnd, Uppfoljningspunkt punkt, List<StrategisktUppdrag> allaUppdrag,
                List<UppdragStatus> allaUppdragStatus, List<Planpost> allaPlanposter,
                List<PlanpostStatus> allaPlanpostStatus) {
            allaUppdragStatus.forEach(s -> uppdragStatus.put(s.getUppdragTyp() + "|" + s.getUppdragText(), s));
            allaPlanpostStatus.forEach(s -> planpostStatus.put(s.getPlanpost().getId(), s));
            Map<String, Integer> nummer = new HashMap<>();
            for (StrategisktUppdrag u : allaUppdrag) {
                uppdrag.put(u.getId(), u);
                int n = nummer.merge(u.getTyp().name(), 1, Integer::sum);
                UppdragStatus s = uppdragStatus.get(uppdragsnyckel(u));
                String etikett = t("bedomning.lista.rad.UPPDRAG." + u.getTyp().name(), n);
                lagg(new Rad(Listtyp.UPPDRAG, u.getId(), t("bedomning.lista.grupp." + u.getTyp().name()), n,
                        vad(etikett, u.getText()), u.getText(), s == null ? null : s.getId(),
                        s == null ? null : s.getVersion(), s == null ? null : s.getStatus(),
                        s == null ? null : s.getKommentar()));
            }
            for (Planpost p : allaPlanposter) {
                planposter.put(p.getId(), p);
                int n = nummer.merge(p.getSlag().name(), 1, Integer::sum);
                PlanpostStatus s = planpostStatus.get(p.getId());
                String etikett = t("bedomning.lista.rad." + p.getSlag().name(), n);
                lagg(new Rad(p.getSlag(), p.getId(), null, n, vad(etikett, p.getText()), p.getText(),
                        s == null ? null : s.getId(), s == null ? null : s.getVersion(),
                        s == null ? null : s.getStatus(), s == null ? null : s.getKommentar()));
            }
        }

        private void lagg(Rad rad) {
            rader.computeIfAbsent(rad.listtyp(), l -> new ArrayList<>()).add(rad);
        }

        List<Rad> rader(Listtyp listtyp) {
            return rader.getOrDefault(listtyp, List.of());
        }

        Rad rad(Listtyp listtyp, long id) {
            return rader(listtyp).stream().filter(r -> r.id() == id).findFirst().orElse(null);
        }
    }

    private Listor listor(Namnd namnd, Uppfoljningspunkt punkt) {
        int ar = punkt.getAr();
        return new Listor(namnd, punkt, uppdrag.findByNamndAndArOrderByTypAscOrdningAsc(namnd, ar),
                uppdragStatus.findByNamndAndPunkt(namnd, punkt), planposter.findByNamndAndArOrderByOrdningAscIdAsc(namnd, ar),
                planpostStatus.findByNamndAndPunkt(namnd, punkt));
    }

    private static String uppdragsnyckel(StrategisktUppdrag u) {
        return u.getTyp() + "|" + u.getText();
    }

    /** "Kontrollmoment 5 (Kontroll av att en rutin för matchning …)": short enough for a message. */
    private static String vad(String etikett, String text) {
        String kort = text.length() <= KORT_TEXT ? text : text.substring(0, KORT_TEXT).stripTrailing() + " …";
        return etikett + " (" + kort + ")";
    }

    private String t(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
