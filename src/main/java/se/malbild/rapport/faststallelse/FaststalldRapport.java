package se.malbild.rapport.faststallelse;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * An adopted report, frozen: the decision (date, paragraph, comment), who adopted it and when, the document as
 * canonical JSON, the HTML and PDF rendered from it at that moment, and the SHA-256 of the JSON. Written once; the
 * database refuses every update and delete.
 */
@Entity
@Immutable
class FaststalldRapport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    @Enumerated(EnumType.STRING)
    private Rapporttyp rapporttyp;

    private int ar;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uppfoljningspunkt_id")
    private Uppfoljningspunkt punkt;

    private String titel;

    private LocalDate beslutsdatum;

    private String paragraf;

    private String kommentar;

    private String faststalldAv;

    private Instant faststalldTid;

    private String dokumentJson;

    private String html;

    private byte[] pdf;

    private String sha256;

    protected FaststalldRapport() {
    }

    FaststalldRapport(Namnd namnd, Rapporttyp rapporttyp, int ar, Uppfoljningspunkt punkt, String titel, Beslut beslut,
            String faststalldAv, Instant faststalldTid, String dokumentJson, String html, byte[] pdf, String sha256) {
        this.namnd = namnd;
        this.rapporttyp = rapporttyp;
        this.ar = ar;
        this.punkt = punkt;
        this.titel = titel;
        this.beslutsdatum = beslut.beslutsdatum();
        this.paragraf = beslut.paragraf();
        this.kommentar = beslut.kommentar();
        this.faststalldAv = faststalldAv;
        this.faststalldTid = faststalldTid;
        this.dokumentJson = dokumentJson;
        this.html = html;
        this.pdf = pdf.clone();
        this.sha256 = sha256;
    }

    Long getId() {
        return id;
    }

    Namnd getNamnd() {
        return namnd;
    }

    Rapporttyp getRapporttyp() {
        return rapporttyp;
    }

    int getAr() {
        return ar;
    }

    Uppfoljningspunkt getPunkt() {
        return punkt;
    }

    String getTitel() {
        return titel;
    }

    LocalDate getBeslutsdatum() {
        return beslutsdatum;
    }

    String getParagraf() {
        return paragraf;
    }

    String getKommentar() {
        return kommentar;
    }

    String getFaststalldAv() {
        return faststalldAv;
    }

    Instant getFaststalldTid() {
        return faststalldTid;
    }

    String getDokumentJson() {
        return dokumentJson;
    }

    String getHtml() {
        return html;
    }

    byte[] getPdf() {
        return pdf.clone();
    }

    String getSha256() {
        return sha256;
    }
}
