package se.malbild.uppfoljning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.revision.Revisionslogg;

/** Follow-up points and each committee's status: submit (staff), reopen (admin), with every change audited. */
@Service
@Transactional
public class UppfoljningService {

    private final UppfoljningspunktRepository punkter;
    private final NamndUppfoljningRepository uppfoljningar;
    private final NamndRepository namnder;
    private final KommunRepository kommuner;
    private final Behorighet behorighet;
    private final Revisionslogg revision;

    UppfoljningService(UppfoljningspunktRepository punkter, NamndUppfoljningRepository uppfoljningar,
            NamndRepository namnder, KommunRepository kommuner, Behorighet behorighet, Revisionslogg revision) {
        this.punkter = punkter;
        this.uppfoljningar = uppfoljningar;
        this.namnder = namnder;
        this.kommuner = kommuner;
        this.behorighet = behorighet;
        this.revision = revision;
    }

    /** A follow-up point in the overview, with what the current user may do with it. */
    public record Oversiktsrad(long punktId, String namn, int ar, Uppfoljningstyp typ, LocalDate sistaDag,
            UppfoljningStatus status, Long uppfoljningId, boolean kanLamnaIn, boolean kanOppnaIgen) {
    }

    public record Oversikt(long namndId, String namnd, String kommun, boolean farSkriva, List<Oversiktsrad> punkter) {
    }

    @Transactional(readOnly = true)
    public Oversikt oversikt(long namndId) {
        Namnd namnd = namnd(namndId);
        behorighet.kontrolleraLasning(namnd);
        boolean farSkriva = behorighet.farSkriva(namnd);
        boolean admin = behorighet.arAdministrator();
        Map<Long, NamndUppfoljning> perPunkt = uppfoljningar.findByNamnd(namnd).stream()
                .collect(Collectors.toMap(u -> u.getPunkt().getId(), u -> u));
        List<Oversiktsrad> rader = punkter.findByKommun(namnd.getKommun()).stream()
                .map(p -> {
                    NamndUppfoljning u = perPunkt.get(p.getId());
                    UppfoljningStatus s = u == null ? UppfoljningStatus.OPPEN : u.getStatus();
                    return new Oversiktsrad(p.getId(), p.getNamn(), p.getAr(), p.getTyp(), p.getSistaDag(), s,
                            u == null ? null : u.getId(),
                            farSkriva && s == UppfoljningStatus.OPPEN,
                            admin && (s == UppfoljningStatus.INLAMNAD || s == UppfoljningStatus.FASTSTALLD));
                })
                .toList();
        return new Oversikt(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn(), farSkriva, rader);
    }

    /** Staff submit the follow-up: from now on it is read-only for them. */
    public void lamnaIn(long namndId, long punktId) {
        NamndUppfoljning uppfoljning = uppfoljning(namndId, punktId);
        behorighet.kontrolleraSkrivning(uppfoljning.getNamnd());
        UppfoljningStatus fore = uppfoljning.getStatus();
        uppfoljning.lamnaIn();
        revision.registrera("NamndUppfoljning", uppfoljning.getId(), "status", fore, uppfoljning.getStatus(), namndId);
    }

    /**
     * The committee's decision is recorded: a politician or admin marks the submitted follow-up adopted, recorded in
     * the audit trail. The report itself is frozen by the caller in the same transaction.
     */
    public void faststall(long namndId, long punktId) {
        behorighet.kontrolleraFaststallelse();
        NamndUppfoljning uppfoljning = uppfoljning(namndId, punktId);
        behorighet.kontrolleraLasning(uppfoljning.getNamnd());
        UppfoljningStatus fore = uppfoljning.getStatus();
        uppfoljning.faststall();
        revision.registrera("NamndUppfoljning", uppfoljning.getId(), "status", fore, uppfoljning.getStatus(), namndId);
    }

    /** An admin reopens a submitted or adopted follow-up, recorded in the audit trail. */
    public void oppnaIgen(long namndId, long punktId) {
        behorighet.kontrolleraAdministrator();
        NamndUppfoljning uppfoljning = uppfoljning(namndId, punktId);
        UppfoljningStatus fore = uppfoljning.getStatus();
        uppfoljning.oppnaIgen();
        revision.registrera("NamndUppfoljning", uppfoljning.getId(), "status", fore, uppfoljning.getStatus(), namndId);
    }

    /** Where a committee's follow-up at a point stands; a follow-up nobody has acted on has no row (open). */
    public record Punktstatus(long namndId, long punktId, UppfoljningStatus status) {
    }

    /** The status of every committee's follow-up at every point of the municipality, in one query. */
    @Transactional(readOnly = true)
    public List<Punktstatus> statusar(Kommun kommun) {
        return uppfoljningar.findStatusarByKommun(kommun);
    }

    /** A point in the configuration list of a municipality. */
    public record Punktrad(int ar, int manad, Uppfoljningstyp typ, String namn, LocalDate sistaDag) {
    }

    /** The municipality's follow-up points, newest year first (admins configure them). */
    @Transactional(readOnly = true)
    public List<Punktrad> punkter(String scbKod) {
        behorighet.kontrolleraAdministrator();
        Kommun kommun = kommuner.findByScbKod(scbKod).orElseThrow(() -> new NotFoundException("Kommunen " + scbKod + " finns inte"));
        return punkter.findByKommun(kommun).stream()
                .map(p -> new Punktrad(p.getAr(), p.getManad(), p.getTyp(), p.getNamn(), p.getSistaDag()))
                .toList();
    }

    /** An admin adds a follow-up point; a municipality has at most one per month. */
    public void laggTillPunkt(String scbKod, int ar, int manad, Uppfoljningstyp typ, String namn, LocalDate sistaDag) {
        behorighet.kontrolleraAdministrator();
        Kommun kommun = kommuner.findByScbKod(scbKod).orElseThrow(() -> new NotFoundException("Kommunen " + scbKod + " finns inte"));
        if (punkter.findByKommunAndArAndManad(kommun, ar, manad).isPresent()) {
            throw new PunktFinnsException();
        }
        Uppfoljningspunkt punkt = punkter.save(new Uppfoljningspunkt(kommun, ar, manad, typ, namn, sistaDag));
        revision.registrera("Uppfoljningspunkt", punkt.getId(), "skapad", null, namn + " (" + ar + "-" + manad + ")", null);
    }

    /** The municipality already has a follow-up point for that month. */
    public static class PunktFinnsException extends RuntimeException {
    }

    /** Creates a follow-up point for a municipality unless it already has one for that month. */
    public Uppfoljningspunkt skapaPunkt(String scbKod, int ar, int manad, Uppfoljningstyp typ, String namn, LocalDate sistaDag) {
        Kommun kommun = kommuner.findByScbKod(scbKod).orElseThrow(() -> new NotFoundException("Kommunen " + scbKod + " finns inte"));
        return punkter.findByKommunAndArAndManad(kommun, ar, manad)
                .orElseGet(() -> punkter.save(new Uppfoljningspunkt(kommun, ar, manad, typ, namn, sistaDag)));
    }

    /** The status of the committee's follow-up at the point, without creating it (open until someone acts). */
    UppfoljningStatus status(Namnd namnd, Uppfoljningspunkt punkt) {
        return uppfoljningar.findByNamndAndPunkt(namnd, punkt).map(NamndUppfoljning::getStatus).orElse(UppfoljningStatus.OPPEN);
    }

    /** The committee's follow-up at a point of its own municipality; created open on first use. */
    NamndUppfoljning uppfoljning(long namndId, long punktId) {
        Namnd namnd = namnd(namndId);
        Uppfoljningspunkt punkt = punkt(namnd, punktId);
        return uppfoljningar.findByNamndAndPunkt(namnd, punkt)
                .orElseGet(() -> uppfoljningar.save(new NamndUppfoljning(namnd, punkt)));
    }

    Namnd namnd(long namndId) {
        return namnder.findById(namndId).orElseThrow(() -> new NotFoundException("Nämnden " + namndId + " finns inte"));
    }

    /** A point of the committee's own municipality; another municipality's point is "not found". */
    Uppfoljningspunkt punkt(Namnd namnd, long punktId) {
        return punkter.findById(punktId)
                .filter(p -> p.getKommun().getId().equals(namnd.getKommun().getId()))
                .orElseThrow(() -> new NotFoundException("Uppföljningspunkten " + punktId + " finns inte för " + namnd.getNamn()));
    }

    static <T> Map<Long, T> perId(List<T> poster, Function<T, Long> id) {
        return poster.stream().collect(Collectors.toMap(id, p -> p));
    }
}
