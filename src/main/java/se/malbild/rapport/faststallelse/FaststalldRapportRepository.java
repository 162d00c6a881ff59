package se.malbild.rapport.faststallelse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.Uppfoljningspunkt;

interface FaststalldRapportRepository extends JpaRepository<FaststalldRapport, Long> {

    /** What the live page compares with: the decision, the stored document and whether it is published. */
    record Jamforbar(long id, LocalDate beslutsdatum, String paragraf, String dokumentJson, Instant publiceradTid) {
    }

    @Query("""
            select new se.malbild.rapport.faststallelse.FaststalldRapportRepository$Jamforbar(r.id, r.beslutsdatum,
                r.paragraf, r.dokumentJson, p.publiceradTid)
            from FaststalldRapport r left join Publicering p on p.faststalldRapportId = r.id
            where r.namnd = :namnd and r.rapporttyp = se.malbild.rapport.faststallelse.Rapporttyp.DELARSRAPPORT
              and r.punkt = :punkt""")
    Optional<Jamforbar> findDelarsrapport(Namnd namnd, Uppfoljningspunkt punkt);

    @Query("""
            select new se.malbild.rapport.faststallelse.FaststalldRapportRepository$Jamforbar(r.id, r.beslutsdatum,
                r.paragraf, r.dokumentJson, p.publiceradTid)
            from FaststalldRapport r left join Publicering p on p.faststalldRapportId = r.id
            where r.namnd = :namnd and r.rapporttyp = se.malbild.rapport.faststallelse.Rapporttyp.INTERNBUDGET
              and r.ar = :ar""")
    Optional<Jamforbar> findInternbudget(Namnd namnd, int ar);

    /** The years the committee has an internbudget for, newest first. */
    @Query("select i.ar from Internbudget i where i.namnd = :namnd order by i.ar desc")
    List<Integer> findInternbudgetar(Namnd namnd);

    @Query("""
            select count(r) > 0 from FaststalldRapport r
            where r.namnd = :namnd and r.rapporttyp = se.malbild.rapport.faststallelse.Rapporttyp.DELARSRAPPORT
              and r.punkt = :punkt""")
    boolean existsDelarsrapport(Namnd namnd, Uppfoljningspunkt punkt);

    @Query("""
            select new se.malbild.rapport.faststallelse.Listrad(r.id, r.rapporttyp, r.ar, r.titel, pk.namn,
                r.beslutsdatum, r.paragraf, r.faststalldAv, r.faststalldTid, p.publiceradTid)
            from FaststalldRapport r left join r.punkt pk left join Publicering p on p.faststalldRapportId = r.id
            where r.namnd = :namnd
            order by r.ar desc, r.beslutsdatum desc, r.id desc""")
    List<Listrad> findListaByNamnd(Namnd namnd);

    /** A published report's stored document and decision date. */
    record Publicerad(long id, String dokumentJson, LocalDate beslutsdatum) {
    }

    /** The documents of the municipality's published reports, oldest decision first. */
    @Query("""
            select new se.malbild.rapport.faststallelse.FaststalldRapportRepository$Publicerad(r.id, r.dokumentJson,
                r.beslutsdatum)
            from FaststalldRapport r join Publicering p on p.faststalldRapportId = r.id
            where r.namnd.kommun = :kommun
            order by r.ar, r.beslutsdatum, r.id""")
    List<Publicerad> findPubliceradeDokument(Kommun kommun);

    /** A published delårsrapport for the public results site: its id, decision, fingerprint and stored document. */
    record PubliceradDelarsrapport(long id, LocalDate beslutsdatum, String paragraf, String sha256,
            String dokumentJson) {
    }

    /** The municipality's published delårsrapporter, in one query, oldest first. */
    @Query("""
            select new se.malbild.rapport.faststallelse.FaststalldRapportRepository$PubliceradDelarsrapport(r.id,
                r.beslutsdatum, r.paragraf, r.sha256, r.dokumentJson)
            from FaststalldRapport r join Publicering p on p.faststalldRapportId = r.id
            where r.namnd.kommun = :kommun
              and r.rapporttyp = se.malbild.rapport.faststallelse.Rapporttyp.DELARSRAPPORT
            order by r.ar, r.beslutsdatum, r.id""")
    List<PubliceradDelarsrapport> findPubliceradeDelarsrapporter(Kommun kommun);

    /** A municipality with published delårsrapporter: code, name and how many. */
    record KommunMedResultat(String scbKod, String namn, long antal) {
    }

    @Query("""
            select new se.malbild.rapport.faststallelse.FaststalldRapportRepository$KommunMedResultat(k.scbKod, k.namn,
                count(r))
            from FaststalldRapport r join Publicering p on p.faststalldRapportId = r.id join r.namnd n join n.kommun k
            where r.rapporttyp = se.malbild.rapport.faststallelse.Rapporttyp.DELARSRAPPORT
            group by k.scbKod, k.namn
            order by k.namn""")
    List<KommunMedResultat> findKommunerMedResultat();

    /** The decision that adopted each of the municipality's delårsrapporter: committee, point, date and paragraph. */
    @Query("""
            select new se.malbild.rapport.StartService$Delarsbeslut(r.namnd.id, r.punkt.id, r.beslutsdatum, r.paragraf)
            from FaststalldRapport r
            where r.namnd.kommun = :kommun
              and r.rapporttyp = se.malbild.rapport.faststallelse.Rapporttyp.DELARSRAPPORT""")
    List<se.malbild.rapport.StartService.Delarsbeslut> findDelarsbeslut(Kommun kommun);

    /** An adopted report as stored, without its PDF, with its committee and municipality. */
    record Lagrad(long id, long namndId, String scbKod, String namndKod, String kommun, String namnd,
            Rapporttyp rapporttyp, String titel, String punkt, Long punktId, int ar, LocalDate beslutsdatum,
            String paragraf, String kommentar, String faststalldAv, Instant faststalldTid, String sha256,
            String dokumentJson, String html) {
    }

    /** The stored report without the PDF, which only the PDF download needs. */
    @Query("""
            select new se.malbild.rapport.faststallelse.FaststalldRapportRepository$Lagrad(r.id, n.id, k.scbKod, n.kod,
                k.namn, n.namn, r.rapporttyp, r.titel, pk.namn, pk.id, r.ar, r.beslutsdatum, r.paragraf, r.kommentar,
                r.faststalldAv, r.faststalldTid, r.sha256, r.dokumentJson, r.html)
            from FaststalldRapport r join r.namnd n join n.kommun k left join r.punkt pk
            where r.id = :id""")
    Optional<Lagrad> findLagrad(long id);

    /** The committee of an adopted report, for the access check before the PDF is read. */
    @Query("select r.namnd.id from FaststalldRapport r where r.id = :id")
    Optional<Long> findNamndId(long id);

    @Query("select r.pdf from FaststalldRapport r where r.id = :id")
    byte[] findPdf(long id);
}
