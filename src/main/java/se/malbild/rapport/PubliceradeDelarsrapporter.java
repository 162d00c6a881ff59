package se.malbild.rapport;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.dokument.Dokument;
import se.malbild.organisation.Kommun;
import se.malbild.rapport.faststallelse.PubliceradeVarden;

/**
 * The adopted and published delårsrapporter, for other modules (the public results site): the documents stored at
 * adoption, never live data. Readable by anyone.
 */
@Service
@Transactional(readOnly = true)
public class PubliceradeDelarsrapporter {

    /** A published delårsrapport as adopted: its id, decision, fingerprint and the stored document. */
    public record Rapport(long id, LocalDate beslutsdatum, String paragraf, String sha256, Dokument dokument) {
    }

    /** A municipality with published delårsrapporter and how many. */
    public record KommunMedResultat(String scbKod, String namn, long antalRapporter) {
    }

    private final PubliceradeVarden publicerade;

    PubliceradeDelarsrapporter(PubliceradeVarden publicerade) {
        this.publicerade = publicerade;
    }

    /** The municipality's published delårsrapporter, oldest first, read in one query. */
    public List<Rapport> kommun(Kommun kommun) {
        return publicerade.delarsrapporter(kommun).stream()
                .map(r -> new Rapport(r.id(), r.beslutsdatum(), r.paragraf(), r.sha256(), r.dokument())).toList();
    }

    /** The municipalities that have published at least one delårsrapport, by name. */
    public List<KommunMedResultat> kommuner() {
        return publicerade.kommunerMedResultat().stream()
                .map(k -> new KommunMedResultat(k.scbKod(), k.namn(), k.antalRapporter())).toList();
    }
}
