package se.malbild.rapport.faststallelse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentJson;
import se.malbild.dokument.OppnaData;
import se.malbild.dokument.OppnaDataExport;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;

/**
 * The values a municipality has published: the machine-readable part of each adopted and published report, read from
 * the document stored at adoption, never from live data. Readable by anyone.
 */
@Service
@Transactional(readOnly = true)
public class PubliceradeVarden {

    private final FaststalldRapportRepository rapporter;
    private final KommunRepository kommuner;
    private final DokumentJson json;

    PubliceradeVarden(FaststalldRapportRepository rapporter, KommunRepository kommuner, DokumentJson json) {
        this.rapporter = rapporter;
        this.kommuner = kommuner;
        this.json = json;
    }

    /** The municipality's published reports' values, oldest decision first; 404 for an unknown municipality. */
    public List<OppnaDataExport.Rapport> kommun(String scbKod) {
        Kommun kommun = kommuner.findByScbKod(scbKod)
                .orElseThrow(() -> new NotFoundException("Kommunen " + scbKod + " finns inte"));
        List<OppnaDataExport.Rapport> ut = new ArrayList<>();
        for (FaststalldRapportRepository.Publicerad publicerad : rapporter.findPubliceradeDokument(kommun)) {
            Dokument dokument = json.las(publicerad.dokumentJson());
            if (dokument.oppnaData() != null) {
                ut.add(new OppnaDataExport.Rapport(dokument.oppnaData(), dokument.kommun(), dokument.namnd(),
                        rapportnamn(dokument.oppnaData()), publicerad.beslutsdatum()));
            }
        }
        return ut;
    }

    /** A published delårsrapport as adopted: its id, decision, fingerprint and the stored document. */
    public record PubliceradRapport(long id, LocalDate beslutsdatum, String paragraf, String sha256, Dokument dokument) {
    }

    /** A municipality with published delårsrapporter. */
    public record KommunMedResultat(String scbKod, String namn, long antalRapporter) {
    }

    /**
     * The municipality's published delårsrapporter with their stored documents, oldest first, read in one query;
     * empty for an unknown municipality.
     */
    public List<PubliceradRapport> delarsrapporter(Kommun kommun) {
        return rapporter.findPubliceradeDelarsrapporter(kommun).stream()
                .map(r -> new PubliceradRapport(r.id(), r.beslutsdatum(), r.paragraf(), r.sha256(),
                        json.las(r.dokumentJson())))
                .toList();
    }

    /** The municipalities that have published at least one delårsrapport, by name. */
    public List<KommunMedResultat> kommunerMedResultat() {
        return rapporter.findKommunerMedResultat().stream()
                .map(k -> new KommunMedResultat(k.scbKod(), k.namn(), k.antal())).toList();
    }

    /**
     * The report's identity in open data: municipality, committee, year and the follow-up's month ("0580-AN-2022-08"),
     * or for an internbudget without month ("0580-AN-2022"); one adoption per report makes it unique.
     */
    private static String rapportnamn(OppnaData data) {
        return data.manad() == null ? data.scbKod() + "-" + data.namndKod() + "-" + data.ar()
                : String.format(Locale.ROOT, "%s-%s-%d-%02d", data.scbKod(), data.namndKod(), data.ar(), data.manad());
    }
}
