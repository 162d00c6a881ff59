package se.malbild.rapport.faststallelse;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentHtml;
import se.malbild.dokument.DokumentJson;
import se.malbild.dokument.DokumentPdf;
import se.malbild.dokument.Jamforelse;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.rapport.DelarsrapportService;
import se.malbild.rapport.InternbudgetService;
import se.malbild.revision.Revisionslogg;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.UppfoljningStatus;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * The committee adopts (fastställer) a report and publishes it. At adoption the report is frozen: the document as
 * canonical JSON, the HTML and PDF made from it at that moment and the SHA-256 of the JSON are stored in a row the
 * database never lets change. Later corrections of the live data change the live report only; the live page then
 * lists what differs from the adopted one.
 *
 * <p>Adopting and publishing is for politicians and admins. Reading follows the follow-up pages (a registrator only
 * their own committee); a published report is readable by anyone, without login.
 */
@Service
@Transactional
public class FaststallelseService {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SVERIGE);
    static final String OBJEKTTYP = "FaststalldRapport";

    /** The adoption of a report as the live page shows it. */
    public record Faststallelse(long id, LocalDate beslutsdatum, String paragraf, boolean publicerad) {
    }

    /**
     * The live delårsrapport with its adoption status.
     *
     * @param html         the live document as HTML, safe to insert as it is
     * @param farFaststalla whether the current user may adopt it now (shows the form)
     * @param varforInte   message key saying why it cannot be adopted now; null when it can or is adopted
     * @param faststallelse the adoption; null when not adopted
     * @param andrad       whether the live document differs from the adopted one
     * @param skillnader   what differs, as a reader finds it
     */
    public record Delarsrapportsida(long namndId, long punktId, String kommun, String namnd, String punkt,
            String titel, String html, UppfoljningStatus status, boolean farFaststalla, String varforInte,
            Faststallelse faststallelse, boolean andrad, List<Jamforelse.Skillnad> skillnader) {
    }

    /** The live internbudget's adoption status, for its adoption page. */
    public record Internbudgetsida(long namndId, String scbKod, String namndKod, int ar, String kommun, String namnd,
            String titel, boolean farFaststalla, String varforInte, Faststallelse faststallelse, boolean andrad,
            List<Jamforelse.Skillnad> skillnader) {
    }

    /**
     * An adopted report as stored.
     *
     * @param html    the HTML stored at adoption, never rendered again
     * @param stammer whether the stored JSON still hashes to the stored fingerprint
     */
    public record Faststalld(long id, long namndId, String scbKod, String namndKod, String kommun, String namnd,
            Rapporttyp typ, String titel,
            String punkt, Long punktId, int ar, LocalDate beslutsdatum, String paragraf, String kommentar,
            String faststalldAv, String faststalldTid, String sha256, boolean stammer, String html, boolean publicerad,
            String publiceradAv, String publiceradTid, boolean farPublicera) {
    }

    /** An adopted report in the list of a committee's reports. */
    public record Rapportrad(long id, Rapporttyp typ, String titel, String punkt, LocalDate beslutsdatum,
            String paragraf, boolean publicerad) {
    }

    public record Arsgrupp(int ar, List<Rapportrad> rapporter) {
    }

    /**
     * A committee's adopted reports per year, newest first, and the years it has an internbudget for (each adopted on
     * its own page).
     */
    public record Rapportlista(long namndId, String namnd, String namndKod, String kommun, String scbKod,
            List<Arsgrupp> ar, List<Integer> internbudgetar) {
    }

    /** The report has already been adopted; it is adopted once. */
    public static class RedanFaststalldException extends RuntimeException {
    }

    /** The report is already published. */
    public static class RedanPubliceradException extends RuntimeException {
    }

    /** Only a submitted follow-up is adopted. */
    public static class InteInlamnadException extends RuntimeException {

        private final UppfoljningStatus status;

        InteInlamnadException(UppfoljningStatus status) {
            super("Uppföljningen har status " + status);
            this.status = status;
        }

        public UppfoljningStatus getStatus() {
            return status;
        }
    }

    private final FaststalldRapportRepository rapporter;
    private final PubliceringRepository publiceringar;
    private final UppfoljningAtkomst atkomst;
    private final UppfoljningService uppfoljningar;
    private final DelarsrapportService delarsrapporter;
    private final InternbudgetService internbudgetar;
    private final NamndRepository namnder;
    private final DokumentJson json;
    private final DokumentHtml html;
    private final DokumentPdf pdf;
    private final Jamforelse jamforelse;
    private final AnvandareService anvandare;
    private final Revisionslogg revision;
    private final MessageSource meddelanden;
    private final Clock klocka;

    FaststallelseService(FaststalldRapportRepository rapporter, PubliceringRepository publiceringar,
            UppfoljningAtkomst atkomst, UppfoljningService uppfoljningar,
            DelarsrapportService delarsrapporter, InternbudgetService internbudgetar, NamndRepository namnder,
            DokumentJson json, DokumentHtml html, DokumentPdf pdf,
            Jamforelse jamforelse, AnvandareService anvandare, Revisionslogg revision, MessageSource meddelanden) {
        this.rapporter = rapporter;
        this.publiceringar = publiceringar;
        this.atkomst = atkomst;
        this.uppfoljningar = uppfoljningar;
        this.delarsrapporter = delarsrapporter;
        this.internbudgetar = internbudgetar;
        this.namnder = namnder;
        this.json = json;
        this.html = html;
        this.pdf = pdf;
        this.jamforelse = jamforelse;
        this.anvandare = anvandare;
        this.revision = revision;
        this.meddelanden = meddelanden;
        this.klocka = Clock.systemUTC();
    }

    /** The live delårsrapport, whether it is adopted, and if so what has changed since. */
    @Transactional(readOnly = true)
    public Delarsrapportsida delarsrapport(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Dokument levande = delarsrapporter.las(namndId, punktId);
        Optional<FaststalldRapportRepository.Jamforbar> faststalld = rapporter.findDelarsrapport(ratt.namnd(), ratt.punkt());
        boolean faststallare = arFaststallare();
        String varforInte = null;
        if (faststalld.isEmpty() && ratt.status() != UppfoljningStatus.INLAMNAD) {
            varforInte = "faststallelse.varforInte." + ratt.status();
        } else if (faststalld.isEmpty() && !faststallare) {
            varforInte = "faststallelse.varforInte.roll";
        }
        boolean farFaststalla = faststalld.isEmpty() && faststallare && ratt.status() == UppfoljningStatus.INLAMNAD;
        Jamfort jamfort = jamfor(faststalld, levande);
        return new Delarsrapportsida(namndId, punktId, ratt.namnd().getKommun().getNamn(), ratt.namnd().getNamn(),
                ratt.punkt().getNamn(), levande.titel(), html.fragment(levande), ratt.status(), farFaststalla,
                varforInte, jamfort.faststallelse(), jamfort.andrad(), jamfort.skillnader());
    }

    /** The live internbudget's adoption: whether it is adopted, and if so what has changed since. */
    @Transactional(readOnly = true)
    public Internbudgetsida internbudget(String scbKod, String namndKod, int ar) {
        Namnd namnd = namnd(scbKod, namndKod);
        Dokument levande = internbudgetar.dokument(scbKod, namndKod, ar);
        Optional<FaststalldRapportRepository.Jamforbar> faststalld = rapporter.findInternbudget(namnd, ar);
        boolean faststallare = arFaststallare();
        Jamfort jamfort = jamfor(faststalld, levande);
        return new Internbudgetsida(namnd.getId(), scbKod, namndKod, ar, namnd.getKommun().getNamn(), namnd.getNamn(),
                levande.titel(), faststalld.isEmpty() && faststallare,
                faststalld.isEmpty() && !faststallare ? "faststallelse.varforInte.rollInternbudget" : null,
                jamfort.faststallelse(), jamfort.andrad(), jamfort.skillnader());
    }

    /** An adopted report compared with the live one; all empty when not adopted. */
    private record Jamfort(Faststallelse faststallelse, boolean andrad, List<Jamforelse.Skillnad> skillnader) {
    }

    private Jamfort jamfor(Optional<FaststalldRapportRepository.Jamforbar> faststalld, Dokument levande) {
        if (faststalld.isEmpty()) {
            return new Jamfort(null, false, List.of());
        }
        FaststalldRapportRepository.Jamforbar rapport = faststalld.get();
        Faststallelse faststallelse = new Faststallelse(rapport.id(), rapport.beslutsdatum(), rapport.paragraf(),
                rapport.publiceradTid() != null);
        boolean andrad = !json.json(levande).equals(rapport.dokumentJson());
        return new Jamfort(faststallelse, andrad,
                andrad ? jamforelse.skillnader(json.las(rapport.dokumentJson()), levande) : List.of());
    }

    /** The live delårsrapport as data, for the exports: 404 for an unknown committee or point, 403 if not allowed. */
    @Transactional(readOnly = true)
    public Dokument levandeDelarsrapport(long namndId, long punktId) {
        atkomst.forLasning(namndId, punktId);
        return delarsrapporter.las(namndId, punktId);
    }

    /**
     * Checks that the report can be adopted now by the current user: 404 for an unknown committee or point, 403 unless
     * a politician or admin who may read it, and the exceptions of {@link #faststallDelarsrapport} when it is already
     * adopted or not submitted.
     */
    @Transactional(readOnly = true)
    public void kontrolleraAttKanFaststallas(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        kontrolleraFaststallare();
        kontrolleraLage(ratt);
    }

    /**
     * Checks that the internbudget can be adopted now by the current user: 404 for an unknown committee, 403 unless a
     * politician or admin who may read it, {@link RedanFaststalldException} when it is already adopted.
     */
    @Transactional(readOnly = true)
    public void kontrolleraAttKanFaststallas(String scbKod, String namndKod, int ar) {
        Namnd namnd = namnd(scbKod, namndKod);
        kontrolleraFaststallare();
        if (rapporter.findInternbudget(namnd, ar).isPresent()) {
            throw new RedanFaststalldException();
        }
    }

    /**
     * Records the committee's decision and freezes the delårsrapport as it is now; the follow-up becomes adopted.
     *
     * @return the id of the adopted report
     * @throws RedanFaststalldException when the report is already adopted
     * @throws InteInlamnadException    when the follow-up is not submitted
     */
    public long faststallDelarsrapport(long namndId, long punktId, Beslut beslut) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        MalbildAnvandare vem = kontrolleraFaststallare();
        kontrollera(beslut);
        kontrolleraLage(ratt);
        Dokument dokument = delarsrapporter.las(namndId, punktId);
        long id = frys(ratt.namnd(), Rapporttyp.DELARSRAPPORT, ratt.punkt().getAr(), ratt.punkt(), dokument, beslut,
                vem);
        uppfoljningar.faststall(namndId, punktId);
        return id;
    }

    /**
     * Records the committee's decision on the year's internbudget and freezes it as it is now; an internbudget is
     * adopted once.
     *
     * @return the id of the adopted report
     * @throws RedanFaststalldException when it is already adopted
     */
    public long faststallInternbudget(String scbKod, String namndKod, int ar, Beslut beslut) {
        Namnd namnd = namnd(scbKod, namndKod);
        MalbildAnvandare vem = kontrolleraFaststallare();
        kontrollera(beslut);
        if (rapporter.findInternbudget(namnd, ar).isPresent()) {
            throw new RedanFaststalldException();
        }
        Dokument dokument = internbudgetar.dokument(scbKod, namndKod, ar);
        return frys(namnd, Rapporttyp.INTERNBUDGET, ar, null, dokument, beslut, vem);
    }

    /** Stores the report as it is now: canonical JSON, its fingerprint, HTML and PDF, with the decision. */
    private long frys(Namnd namnd, Rapporttyp typ, int ar, Uppfoljningspunkt punkt, Dokument dokument, Beslut beslut,
            MalbildAnvandare vem) {
        String dokumentJson = json.json(dokument);
        String sha256 = DokumentJson.sha256(dokumentJson);
        Beslut rensat = new Beslut(beslut.beslutsdatum(), beslut.paragraf().strip(),
                beslut.kommentar() == null || beslut.kommentar().isBlank() ? null : beslut.kommentar().strip());
        ByteArrayOutputStream utskrift = new ByteArrayOutputStream();
        pdf.skriv(dokument, sidfot(rensat.beslutsdatum(), rensat.paragraf(), sha256), utskrift);
        FaststalldRapport rapport;
        try {
            rapport = rapporter.saveAndFlush(new FaststalldRapport(namnd, typ, ar, punkt, dokument.titel(), rensat,
                    vem.getUsername(), klocka.instant(), dokumentJson, html.fragment(dokument), utskrift.toByteArray(),
                    sha256));
        } catch (DataIntegrityViolationException e) {
            throw new RedanFaststalldException();
        }
        revision.registrera(OBJEKTTYP, rapport.getId(), "faststalld", null,
                t("faststallelse.revision.faststalld", dokument.titel(), rensat.beslutsdatum().toString(),
                        rensat.paragraf(), sha256), namnd.getId());
        return rapport.getId();
    }

    /** A politician or admin publishes an adopted report: readable without login, its values open data. */
    public void publicera(long id) {
        long namndId = rapporter.findNamndId(id).orElseThrow(() -> ingenRapport(id));
        atkomst.namndForLasning(namndId);
        MalbildAnvandare vem = kontrolleraFaststallare();
        if (publiceringar.findByFaststalldRapportId(id).isPresent()) {
            throw new RedanPubliceradException();
        }
        try {
            publiceringar.saveAndFlush(new Publicering(id, vem.getUsername(), klocka.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new RedanPubliceradException();
        }
        revision.registrera(OBJEKTTYP, id, "publicerad", null, t("faststallelse.revision.publicerad"),
                namndId);
    }

    /** Every adopted delårsrapport of the municipality: its committee, point, decision date and paragraph. */
    @Transactional(readOnly = true)
    public List<se.malbild.rapport.StartService.Delarsbeslut> delarsbeslut(Kommun kommun) {
        return rapporter.findDelarsbeslut(kommun);
    }

    /** An adopted report as stored: anyone reads a published one, the committee's readers an unpublished one. */
    @Transactional(readOnly = true)
    public Faststalld las(long id) {
        FaststalldRapportRepository.Lagrad rapport = lagrad(id);
        Optional<Publicering> publicering = kontrolleraLasning(id, rapport.namndId());
        return new Faststalld(rapport.id(), rapport.namndId(), rapport.scbKod(), rapport.namndKod(), rapport.kommun(),
                rapport.namnd(), rapport.rapporttyp(), rapport.titel(), rapport.punkt(), rapport.punktId(), rapport.ar(),
                rapport.beslutsdatum(), rapport.paragraf(), rapport.kommentar(), rapport.faststalldAv(),
                TID.format(rapport.faststalldTid()), rapport.sha256(),
                DokumentJson.sha256(rapport.dokumentJson()).equals(rapport.sha256()), rapport.html(),
                publicering.isPresent(), publicering.map(Publicering::getPubliceradAv).orElse(null),
                publicering.map(p -> TID.format(p.getPubliceradTid())).orElse(null),
                publicering.isEmpty() && arFaststallare());
    }

    /** The PDF stored at adoption, byte for byte; the only read of the stored PDF. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id) {
        long namndId = rapporter.findNamndId(id).orElseThrow(() -> ingenRapport(id));
        kontrolleraLasning(id, namndId);
        return rapporter.findPdf(id);
    }

    /** The adopted document read back from its stored JSON, for the exports made again from stored data. */
    @Transactional(readOnly = true)
    public Dokument dokument(long id) {
        FaststalldRapportRepository.Lagrad rapport = lagrad(id);
        kontrolleraLasning(id, rapport.namndId());
        return json.las(rapport.dokumentJson());
    }

    /** The footer line of an adopted report's printouts: decision and fingerprint. */
    @Transactional(readOnly = true)
    public String sidfot(long id) {
        FaststalldRapportRepository.Lagrad rapport = lagrad(id);
        kontrolleraLasning(id, rapport.namndId());
        return sidfot(rapport.beslutsdatum(), rapport.paragraf(), rapport.sha256());
    }

    /** A committee's adopted reports, newest year first, with whether each is published. */
    @Transactional(readOnly = true)
    public Rapportlista lista(long namndId) {
        Namnd namnd = atkomst.namndForLasning(namndId);
        TreeMap<Integer, List<Rapportrad>> perAr = new TreeMap<>(Comparator.reverseOrder());
        for (Listrad rad : rapporter.findListaByNamnd(namnd)) {
            perAr.computeIfAbsent(rad.ar(), ar -> new ArrayList<>()).add(new Rapportrad(rad.id(),
                    rad.rapporttyp(), rad.titel(), rad.punkt(), rad.beslutsdatum(), rad.paragraf(),
                    rad.publiceradTid() != null));
        }
        return new Rapportlista(namnd.getId(), namnd.getNamn(), namnd.getKod(), namnd.getKommun().getNamn(),
                namnd.getKommun().getScbKod(), perAr.entrySet().stream()
                        .map(e -> new Arsgrupp(e.getKey(), List.copyOf(e.getValue()))).toList(),
                rapporter.findInternbudgetar(namnd));
    }

    /** The committee by municipality and code, if the current user may read it: 404 when unknown. */
    private Namnd namnd(String scbKod, String namndKod) {
        Namnd namnd = namnder.findByKommunAndKod(scbKod, namndKod)
                .orElseThrow(() -> new NotFoundException("Nämnden " + namndKod + " finns inte i kommun " + scbKod));
        return atkomst.namndForLasning(namnd.getId());
    }

    private void kontrolleraLage(UppfoljningAtkomst.Ratt ratt) {
        if (rapporter.existsDelarsrapport(ratt.namnd(), ratt.punkt())) {
            throw new RedanFaststalldException();
        }
        if (ratt.status() != UppfoljningStatus.INLAMNAD) {
            throw new InteInlamnadException(ratt.status());
        }
    }

    private Optional<Publicering> kontrolleraLasning(long id, long namndId) {
        Optional<Publicering> publicering = publiceringar.findByFaststalldRapportId(id);
        if (publicering.isEmpty()) {
            atkomst.namndForLasning(namndId);
        }
        return publicering;
    }

    private FaststalldRapportRepository.Lagrad lagrad(long id) {
        return rapporter.findLagrad(id).orElseThrow(() -> ingenRapport(id));
    }

    private static NotFoundException ingenRapport(long id) {
        return new NotFoundException("Ingen fastställd rapport med id " + id);
    }

    private String sidfot(LocalDate beslutsdatum, String paragraf, String sha256) {
        return t("faststallelse.sidfot", beslutsdatum.toString(), paragraf, sha256);
    }

    private static void kontrollera(Beslut beslut) {
        if (beslut.beslutsdatum() == null || beslut.paragraf() == null || beslut.paragraf().isBlank()) {
            throw new IllegalArgumentException("Beslutsdatum och paragraf krävs");
        }
        if (beslut.beslutsdatum().isAfter(LocalDate.now(SVERIGE))) {
            throw new IllegalArgumentException("Beslutsdatum i framtiden: " + beslut.beslutsdatum());
        }
    }

    private MalbildAnvandare kontrolleraFaststallare() {
        MalbildAnvandare inloggad = anvandare.inloggad().orElseThrow(() -> new AccessDeniedException("Inte inloggad"));
        if (inloggad.getRoll() != Roll.POLITIKER && inloggad.getRoll() != Roll.ADMIN) {
            throw new AccessDeniedException(inloggad.getUsername() + " får inte fastställa eller publicera rapporter");
        }
        return inloggad;
    }

    private boolean arFaststallare() {
        return anvandare.inloggad()
                .map(a -> a.getRoll() == Roll.POLITIKER || a.getRoll() == Roll.ADMIN)
                .orElse(false);
    }

    private String t(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
