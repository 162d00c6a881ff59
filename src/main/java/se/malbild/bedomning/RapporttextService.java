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
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.organisation.VerksamhetTyp;
import se.malbild.revision.Revisionslogg;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.UppfoljningStatus;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * The texts of a committee's follow-up report: samlad bedömning och analys, händelser av väsentlig betydelse,
 * förväntad utveckling and a comment per verksamhet. Stored as typed (see {@link Textregler}), shown as paragraphs and
 * bullet lists ({@link Textformat}); all or nothing on save, with conflicts and audit like the assessments.
 */
@Service
@Transactional
public class RapporttextService {

    static final String OBJEKTTYP = "Rapporttext";
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final List<Avsnitt> RAPPORTAVSNITT = List.of(Avsnitt.SAMLAD_BEDOMNING, Avsnitt.HANDELSER,
            Avsnitt.FORVANTAD_UTVECKLING);

    public record Sida(long namndId, String namnd, String kommun, long punktId, String punkt, int ar,
            UppfoljningStatus status, boolean redigerbar, List<Text> texter) {
    }

    /** A section (for a verksamhet: its id and name), its limit, and the stored text with its version and blocks. */
    public record Text(Avsnitt avsnitt, Long verksamhetId, String rubrik, int langst, Long textId, Integer version,
            String text, List<Textformat.Block> block) {
    }

    /** One section as typed, with the version the person saw; {@code behallSparat} keeps what someone else stored. */
    public record TextInmatning(Avsnitt avsnitt, Long verksamhetId, String text, Integer version,
            boolean behallSparat) {
    }

    /** A text someone else changed since the page was opened: what is stored now. */
    public record Konflikt(int rad, String rubrik, String sparat, int version) {

        public List<Textformat.Block> block() {
            return Textformat.block(sparat);
        }
    }

    public record Resultat(List<Fel> fel, List<Konflikt> konflikter, int sparade) {

        public boolean lyckades() {
            return fel.isEmpty() && konflikter.isEmpty();
        }
    }

    private final UppfoljningAtkomst atkomst;
    private final RapporttextRepository texter;
    private final VerksamhetRepository verksamheter;
    private final Revisionslogg revision;
    private final MessageSource meddelanden;

    RapporttextService(UppfoljningAtkomst atkomst, RapporttextRepository texter, VerksamhetRepository verksamheter,
            Revisionslogg revision, MessageSource meddelanden) {
        this.atkomst = atkomst;
        this.texter = texter;
        this.verksamheter = verksamheter;
        this.revision = revision;
        this.meddelanden = meddelanden;
    }

    @Transactional(readOnly = true)
    public Sida las(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Map<String, Rapporttext> sparade = sparade(namnd, ratt.punkt());
        List<Text> rader = new ArrayList<>();
        for (Avsnitt avsnitt : RAPPORTAVSNITT) {
            rader.add(text(avsnitt, null, rubrik(avsnitt, null), sparade.get(nyckel(avsnitt, null))));
        }
        for (Verksamhet verksamhet : kommenterbara(namnd)) {
            rader.add(text(Avsnitt.VERKSAMHET, verksamhet.getId(), rubrik(Avsnitt.VERKSAMHET, verksamhet),
                    sparade.get(nyckel(Avsnitt.VERKSAMHET, verksamhet.getId()))));
        }
        Uppfoljningspunkt punkt = ratt.punkt();
        return new Sida(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn(), punkt.getId(), punkt.getNamn(),
                punkt.getAr(), ratt.status(), ratt.redigerbar(), rader);
    }

    public Resultat spara(long namndId, long punktId, List<TextInmatning> inmatningar) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forSkrivning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Uppfoljningspunkt punkt = ratt.punkt();
        Map<Long, Verksamhet> verksamhetPerId = new HashMap<>();
        kommenterbara(namnd).forEach(v -> verksamhetPerId.put(v.getId(), v));
        Set<String> sedda = new HashSet<>();
        for (TextInmatning in : inmatningar) {
            boolean giltig = in.avsnitt() != null && (in.avsnitt() == Avsnitt.VERKSAMHET
                    ? in.verksamhetId() != null && verksamhetPerId.containsKey(in.verksamhetId())
                    : in.verksamhetId() == null);
            if (!giltig || !sedda.add(nyckel(in.avsnitt(), in.verksamhetId()))) {
                throw new AccessDeniedException("Avsnittet " + in.avsnitt() + "/" + in.verksamhetId() + " hör inte till "
                        + namnd.getNamn());
            }
        }
        Map<String, Rapporttext> sparade = sparade(namnd, punkt);

        List<Fel> fel = new ArrayList<>();
        List<Konflikt> konflikter = new ArrayList<>();
        List<Andring> andringar = new ArrayList<>();
        for (int rad = 0; rad < inmatningar.size(); rad++) {
            TextInmatning in = inmatningar.get(rad);
            if (in.behallSparat()) {
                continue;
            }
            Verksamhet verksamhet = in.verksamhetId() == null ? null : verksamhetPerId.get(in.verksamhetId());
            String rubrik = rubrik(in.avsnitt(), verksamhet);
            Rapporttext sparad = sparade.get(nyckel(in.avsnitt(), in.verksamhetId()));
            String text = Textregler.text(in.text());
            String sparadText = sparad == null ? null : sparad.getText();
            if (Objects.equals(text, sparadText)) {
                continue;
            }
            if (text != null && text.length() > in.avsnitt().langst()) {
                fel.add(new Fel(rad, rubrik, "text", "bedomning.fel.forLang.text",
                        List.of(in.avsnitt().langst(), text.length())));
                continue;
            }
            int sparadVersion = sparad == null ? -1 : sparad.getVersion();
            int sedd = in.version() == null ? -1 : in.version();
            if (sparadVersion != sedd) {
                konflikter.add(new Konflikt(rad, rubrik, sparadText, sparadVersion));
                continue;
            }
            andringar.add(new Andring(in.avsnitt(), verksamhet, text, sparad));
        }
        if (!fel.isEmpty() || !konflikter.isEmpty()) {
            return new Resultat(fel, konflikter, 0);
        }
        try {
            for (Andring a : andringar) {
                Rapporttext rad = a.sparad() == null ? new Rapporttext(namnd, punkt, a.avsnitt(), a.verksamhet())
                        : a.sparad();
                String fore = rad.getText();
                rad.skriv(a.text());
                rad = texter.saveAndFlush(rad);
                revision.registrera(OBJEKTTYP, rad.getId(), "text", fore, rad.getText(), namndId);
            }
            texter.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new SamtidigtSparadException(e);
        }
        return new Resultat(List.of(), List.of(), andringar.size());
    }

    private record Andring(Avsnitt avsnitt, Verksamhet verksamhet, String text, Rapporttext sparad) {
    }

    /** The heading of a section as the page and the history show it. */
    String rubrik(Avsnitt avsnitt, Verksamhet verksamhet) {
        return verksamhet == null
                ? meddelanden.getMessage("bedomning.avsnitt." + avsnitt.name(), null, SVENSKA)
                : meddelanden.getMessage("bedomning.avsnitt.VERKSAMHET", new Object[] {verksamhet.getNamn()}, SVENSKA);
    }

    private static Text text(Avsnitt avsnitt, Long verksamhetId, String rubrik, Rapporttext sparad) {
        String text = sparad == null ? null : sparad.getText();
        return new Text(avsnitt, verksamhetId, rubrik, avsnitt.langst(), sparad == null ? null : sparad.getId(),
                sparad == null ? null : sparad.getVersion(), text, Textformat.block(text));
    }

    /** The verksamheter of the driftsammandrag, including the committee's own units; not a plan's målprognos line. */
    private List<Verksamhet> kommenterbara(Namnd namnd) {
        return verksamheter.findByNamndOrderByOrdning(namnd).stream()
                .filter(v -> v.getTyp() != VerksamhetTyp.MALPROGNOS)
                .toList();
    }

    private Map<String, Rapporttext> sparade(Namnd namnd, Uppfoljningspunkt punkt) {
        Map<String, Rapporttext> sparade = new HashMap<>();
        texter.findByNamndAndPunkt(namnd, punkt).forEach(t -> sparade.put(
                nyckel(t.getAvsnitt(), t.getVerksamhet() == null ? null : t.getVerksamhet().getId()), t));
        return sparade;
    }

    private static String nyckel(Avsnitt avsnitt, Long verksamhetId) {
        return avsnitt + "|" + verksamhetId;
    }
}
