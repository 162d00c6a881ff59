package se.malbild.onboarding;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who imported which file (by its SHA-256) when, and what it held. */
@Entity
@Table(name = "import_logg")
class ImportLogg {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant tidpunkt;

    private String anvandare;

    private String filnamn;

    private String sha256;

    private String kommunKod;

    private String namndKod;

    private Integer ar;

    protected ImportLogg() {
    }

    ImportLogg(Instant tidpunkt, String anvandare, String filnamn, String sha256, String kommunKod, String namndKod, int ar) {
        this.tidpunkt = tidpunkt;
        this.anvandare = anvandare;
        this.filnamn = filnamn;
        this.sha256 = sha256;
        this.kommunKod = kommunKod;
        this.namndKod = namndKod;
        this.ar = ar;
    }
}
