package se.malbild.redovisning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.malbild.organisation.Namnd;

/** Who imported which actuals file (by its SHA-256) for which nämnd when, and what it held. */
@Entity
@Table(name = "redovisning_import")
class RedovisningImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant tidpunkt;

    private String anvandare;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private String filnamn;

    private String sha256;

    @Enumerated(EnumType.STRING)
    private Filformat format;

    @Enumerated(EnumType.STRING)
    private Teckenkodning teckenkodning;

    private int rader;

    private LocalDate forstaManad;

    private LocalDate sistaManad;

    private int manader;

    protected RedovisningImport() {
    }

    RedovisningImport(Instant tidpunkt, String anvandare, Namnd namnd, String filnamn, String sha256, Filformat format,
            Teckenkodning teckenkodning, int rader, LocalDate forstaManad, LocalDate sistaManad, int manader) {
        this.tidpunkt = tidpunkt;
        this.anvandare = anvandare;
        this.namnd = namnd;
        this.filnamn = filnamn;
        this.sha256 = sha256;
        this.format = format;
        this.teckenkodning = teckenkodning;
        this.rader = rader;
        this.forstaManad = forstaManad;
        this.sistaManad = sistaManad;
        this.manader = manader;
    }
}
