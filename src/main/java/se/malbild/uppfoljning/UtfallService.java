package se.malbild.uppfoljning;

import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.SvenskFormat;
import se.malbild.common.SvenskTal;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.Kon;
import se.malbild.mal.Matenhet;
import se.malbild.mal.Utfall;
import se.malbild.mal.UtfallRepository;
import se.malbild.organisation.Enhet;
import se.malbild.organisation.Namnd;
import se.malbild.revision.Revisionslogg;

/**
 * Entering a committee's indicator outcomes at a follow-up point. A save is all or nothing: any value that cannot be
 * read or lies outside the indicator's unit refuses the whole save; any outcome someone else changed since the page
 * was opened is a conflict that the person resolves. Ids in the request are checked against the committee.
 */
@Service
@Transactional
public class UtfallService {

    /** A value that could not be saved: which row (indicator and breakdown) and why, as a message key. */
    public record Fel(int rad, String indikator, String uppdelning, String nyckel, List<Object> argument) {
    }

    /** An outcome changed by someone else since the page was opened: theirs (stored) against this person's. */
    public record Konflikt(int rad, String indikator, String uppdelning, String sparat, String mitt, int version) {
    }

    /** Kvinnor + Män differ from the total of a count: worth a look, not an error. */
    public record Varning(String indikator, String enhet, String summa, String total) {
    }

    public record Resultat(List<Fel> fel, List<Konflikt> konflikter, List<Varning> varningar, int sparade) {

        public boolean lyckades() {
            return fel.isEmpty() && konflikter.isEmpty();
        }
    }

    /** An outcome keeps the precision it is reported with, up to four decimals. */
    static final int FLEST_DECIMALER = 4;

    private final UppfoljningService uppfoljningar;
    private final IndikatorRepository indikatorer;
    private final UtfallRepository utfall;
    private final Behorighet behorighet;
    private final Revisionslogg revision;
    private final Uppdelningstext uppdelningstext;

    UtfallService(UppfoljningService uppfoljningar, IndikatorRepository indikatorer, UtfallRepository utfall,
            Behorighet behorighet, Revisionslogg revision, Uppdelningstext uppdelningstext) {
        this.uppdelningstext = uppdelningstext;
        this.uppfoljningar = uppfoljningar;
        this.indikatorer = indikatorer;
        this.utfall = utfall;
        this.behorighet = behorighet;
        this.revision = revision;
    }

    public Resultat spara(long namndId, long punktId, List<Inmatning> inmatningar) {
        NamndUppfoljning uppfoljning = uppfoljningar.uppfoljning(namndId, punktId);
        Namnd namnd = uppfoljning.getNamnd();
        behorighet.kontrolleraSkrivning(namnd);
        if (!uppfoljning.arOppen()) {
            throw new FelStatusException(uppfoljning.getStatus());
        }
        Uppfoljningspunkt punkt = uppfoljning.getPunkt();
        Map<Long, Indikator> indikatorPerId = new HashMap<>();
        indikatorer.findGallande(namnd, punkt.getAr()).forEach(i -> indikatorPerId.put(i.getId(), i));
        Map<String, Utfall> befintliga = new HashMap<>();
        utfall.findByNamndAndPeriod(namnd, punkt.getAr(), punkt.utfallsmanad())
                .forEach(u -> befintliga.put(nyckel(u.getIndikator().getId(), u.getEnhet(), u.getKon()), u));

        List<Fel> fel = new ArrayList<>();
        List<Konflikt> konflikter = new ArrayList<>();
        List<Andring> andringar = new ArrayList<>();
        for (int rad = 0; rad < inmatningar.size(); rad++) {
            Inmatning in = inmatningar.get(rad);
            Indikator indikator = indikatorPerId.get(in.indikatorId());
            Enhet enhet = kontrolleraUppdelning(indikator, in, namnd);
            String uppdelning = uppdelningstext.text(enhet, in.kon());
            Utfall sparat = befintliga.get(nyckel(indikator.getId(), enhet, in.kon()));
            Varde varde;
            try {
                varde = tolka(indikator, in);
                if (indikator.getHarledning() != null && !varde.tomt()) {
                    throw new OgiltigInmatning("uppfoljning.utfall.fel.harledd");
                }
            } catch (OgiltigInmatning e) {
                fel.add(new Fel(rad, indikator.getNamn(), uppdelning, e.nyckel, e.argument));
                continue;
            }
            if (in.behallSparat() || oforandrat(sparat, varde, in)) {
                continue;
            }
            int sparadVersion = sparat == null ? -1 : sparat.getVersion();
            int sedd = in.version() == null ? -1 : in.version();
            if (sparadVersion != sedd) {
                konflikter.add(new Konflikt(rad, indikator.getNamn(), uppdelning, visa(sparat), visa(varde),
                        sparadVersion));
                continue;
            }
            andringar.add(new Andring(indikator, enhet, in, varde, sparat));
        }
        if (!fel.isEmpty() || !konflikter.isEmpty()) {
            return new Resultat(fel, konflikter, List.of(), 0);
        }
        try {
            for (Andring andring : andringar) {
                spara(andring, punkt, namndId);
            }
            utfall.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException e) {
            throw new SamtidigAndringException();
        }
        return new Resultat(List.of(), List.of(), varningar(namnd, punkt, indikatorPerId), andringar.size());
    }

    private record Andring(Indikator indikator, Enhet enhet, Inmatning in, Varde varde, Utfall sparat) {
    }

    /** What was typed: a value, "I.U.", or nothing (no outcome). */
    record Varde(BigDecimal tal, boolean ingetUtfall) {

        boolean tomt() {
            return tal == null && !ingetUtfall;
        }
    }

    private void spara(Andring a, Uppfoljningspunkt punkt, long namndId) {
        Utfall rad = a.sparat();
        if (a.varde().tomt()) {
            if (rad != null) {
                logga(rad, namndId, rad.getVarde(), null, rad.isIngetUtfall(), false, rad.getForklaring(), null,
                        rad.getKalla(), null, rad.getKommentar(), null);
                utfall.delete(rad);
            }
            return;
        }
        boolean ny = rad == null;
        if (ny) {
            rad = new Utfall(a.indikator(), punkt.getAr(), punkt.utfallsmanad(), a.in().kon(), a.enhet());
        }
        BigDecimal foreVarde = ny ? null : rad.getVarde();
        boolean foreIu = !ny && rad.isIngetUtfall();
        String foreForklaring = ny ? null : rad.getForklaring();
        String foreKalla = ny ? null : rad.getKalla();
        String foreKommentar = ny ? null : rad.getKommentar();
        if (a.varde().ingetUtfall()) {
            rad.registreraIngetUtfall(text(a.in().forklaring()), text(a.in().kommentar()), rad.getFotnoter());
        } else {
            rad.registrera(a.varde().tal(), text(a.in().kommentar()), rad.getFotnoter());
        }
        rad.setKalla(text(a.in().kalla()));
        rad = utfall.saveAndFlush(rad);
        logga(rad, namndId, foreVarde, rad.getVarde(), foreIu, rad.isIngetUtfall(), foreForklaring, rad.getForklaring(),
                foreKalla, rad.getKalla(), foreKommentar, rad.getKommentar());
    }

    private void logga(Utfall rad, long namndId, BigDecimal foreVarde, BigDecimal efterVarde, boolean foreIu,
            boolean efterIu, String foreForklaring, String efterForklaring, String foreKalla, String efterKalla,
            String foreKommentar, String efterKommentar) {
        revision.registrera("Utfall", rad.getId(), "varde", foreVarde, efterVarde, namndId);
        revision.registrera("Utfall", rad.getId(), "ingetUtfall", foreIu ? "I.U." : null, efterIu ? "I.U." : null, namndId);
        revision.registrera("Utfall", rad.getId(), "forklaring", foreForklaring, efterForklaring, namndId);
        revision.registrera("Utfall", rad.getId(), "kalla", foreKalla, efterKalla, namndId);
        revision.registrera("Utfall", rad.getId(), "kommentar", foreKommentar, efterKommentar, namndId);
    }

    /** The ids in the request must be this committee's indicator and a breakdown it declares. */
    private static Enhet kontrolleraUppdelning(Indikator indikator, Inmatning in, Namnd namnd) {
        if (indikator == null || in.kon() == null) {
            throw new AccessDeniedException("Indikatorn " + in.indikatorId() + " hör inte till " + namnd.getNamn());
        }
        if (in.kon() != Kon.T && !indikator.isKonsuppdelning()) {
            throw new AccessDeniedException("Indikatorn " + indikator.getId() + " redovisas inte per kön");
        }
        if (in.enhetId() == null) {
            return null;
        }
        return indikator.getEnheter().stream()
                .filter(e -> e.getId().equals(in.enhetId()))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Enheten " + in.enhetId() + " hör inte till indikatorn " + indikator.getId()));
    }

    private static final class OgiltigInmatning extends RuntimeException {

        private final String nyckel;
        private final List<Object> argument;

        OgiltigInmatning(String nyckel, Object... argument) {
            super(nyckel);
            this.nyckel = nyckel;
            this.argument = List.of(argument);
        }
    }

    /** Reads what was typed, within the indicator's unit and decimals. */
    static Varde tolka(Indikator indikator, Inmatning in) {
        boolean harText = in.varde() != null && !in.varde().isBlank();
        if (in.ingetUtfall()) {
            if (harText) {
                throw new OgiltigInmatning("uppfoljning.utfall.fel.bade");
            }
            return new Varde(null, true);
        }
        if (!harText) {
            return new Varde(null, false);
        }
        SvenskTal.Lasning lasning;
        try {
            lasning = SvenskTal.tolka(in.varde());
        } catch (SvenskTal.OgiltigtTal e) {
            throw new OgiltigInmatning(e.nyckel());
        }
        if (lasning.procent() && indikator.getMatenhet() != Matenhet.PROCENT) {
            throw new OgiltigInmatning("uppfoljning.utfall.fel.inteProcent");
        }
        BigDecimal tal = lasning.varde();
        if (tal.scale() > FLEST_DECIMALER) {
            throw new OgiltigInmatning("uppfoljning.utfall.fel.decimaler", FLEST_DECIMALER);
        }
        Intervall intervall = Intervall.for_(indikator.getMatenhet());
        if (!intervall.rymmer(tal)) {
            throw new OgiltigInmatning("uppfoljning.utfall.fel.utanforEnhet." + intervall.name(),
                    SvenskFormat.tal(tal, 0, indikator.getDecimaler()));
        }
        return new Varde(tal, false);
    }

    /** What a value can be for each unit: a share lies within ±100 %, a count is never negative. */
    enum Intervall {
        PROCENT(new BigDecimal("-100"), new BigDecimal("100")),
        ICKE_NEGATIV(BigDecimal.ZERO, null),
        INDEX(BigDecimal.ZERO, new BigDecimal("100")),
        ALDER(BigDecimal.ZERO, new BigDecimal("120")),
        FRITT(null, null);

        private final BigDecimal minst;
        private final BigDecimal mest;

        Intervall(BigDecimal minst, BigDecimal mest) {
            this.minst = minst;
            this.mest = mest;
        }

        static Intervall for_(Matenhet matenhet) {
            return switch (matenhet) {
                case PROCENT -> PROCENT;
                case ANTAL, DAGAR, MANADER, KVOT -> ICKE_NEGATIV;
                case INDEX -> INDEX;
                case AR -> ALDER;
                case TKR, KR, MNKR -> FRITT;
            };
        }

        boolean rymmer(BigDecimal tal) {
            return (minst == null || tal.compareTo(minst) >= 0) && (mest == null || tal.compareTo(mest) <= 0);
        }
    }

    private static boolean oforandrat(Utfall sparat, Varde varde, Inmatning in) {
        if (sparat == null) {
            return varde.tomt();
        }
        boolean sammaVarde = varde.tal() == null ? sparat.getVarde() == null
                : sparat.getVarde() != null && sparat.getVarde().compareTo(varde.tal()) == 0;
        return sammaVarde && sparat.isIngetUtfall() == varde.ingetUtfall()
                && Objects.equals(sparat.getForklaring(), varde.ingetUtfall() ? text(in.forklaring()) : null)
                && Objects.equals(sparat.getKalla(), text(in.kalla()))
                && Objects.equals(sparat.getKommentar(), text(in.kommentar()));
    }

    /** Kvinnor + Män against the total, for counts broken down by gender. */
    private List<Varning> varningar(Namnd namnd, Uppfoljningspunkt punkt, Map<Long, Indikator> indikatorPerId) {
        Map<String, BigDecimal> varden = new HashMap<>();
        utfall.findByNamndAndPeriod(namnd, punkt.getAr(), punkt.utfallsmanad()).stream()
                .filter(u -> u.getVarde() != null)
                .forEach(u -> varden.put(nyckel(u.getIndikator().getId(), u.getEnhet(), u.getKon()), u.getVarde()));
        List<Varning> varningar = new ArrayList<>();
        for (Indikator indikator : indikatorPerId.values()) {
            if (!indikator.isKonsuppdelning() || indikator.getMatenhet() != Matenhet.ANTAL) {
                continue;
            }
            List<Enhet> enheter = new ArrayList<>();
            enheter.add(null);
            enheter.addAll(indikator.getEnheter());
            for (Enhet enhet : enheter) {
                BigDecimal total = varden.get(nyckel(indikator.getId(), enhet, Kon.T));
                BigDecimal kvinnor = varden.get(nyckel(indikator.getId(), enhet, Kon.K));
                BigDecimal man = varden.get(nyckel(indikator.getId(), enhet, Kon.M));
                if (total != null && kvinnor != null && man != null && kvinnor.add(man).compareTo(total) != 0) {
                    varningar.add(new Varning(indikator.getNamn(), enhet == null ? null : enhet.getNamn(),
                            SvenskFormat.tal(kvinnor.add(man), 0, indikator.getDecimaler()),
                            SvenskFormat.tal(total, 0, indikator.getDecimaler())));
                }
            }
        }
        return varningar;
    }

    static String nyckel(Long indikatorId, Enhet enhet, Kon kon) {
        return indikatorId + "|" + (enhet == null ? null : enhet.getId()) + "|" + kon;
    }

    private static String visa(Utfall sparat) {
        if (sparat == null) {
            return "";
        }
        return sparat.isIngetUtfall() ? "I.U." : SvenskTal.somInmatning(sparat.getVarde());
    }

    private static String visa(Varde varde) {
        return varde.ingetUtfall() ? "I.U." : varde.tal() == null ? "" : SvenskTal.somInmatning(varde.tal());
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
