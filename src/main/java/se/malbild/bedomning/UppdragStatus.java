package se.malbild.bedomning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import se.malbild.mal.UppdragTyp;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * Where a strategiskt utvecklingsuppdrag stands at a follow-up point, with a comment ("Följer tidsplaneringen"). Tied to
 * the assignment by its kind and text, which stay the same when a corrected plan is imported again.
 */
@Entity
class UppdragStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uppfoljningspunkt_id")
    private Uppfoljningspunkt punkt;

    @Enumerated(EnumType.STRING)
    private UppdragTyp uppdragTyp;

    private String uppdragText;

    @Enumerated(EnumType.STRING)
    private Genomforande status;

    private String kommentar;

    @Version
    private int version;

    protected UppdragStatus() {
    }

    UppdragStatus(Namnd namnd, Uppfoljningspunkt punkt, UppdragTyp uppdragTyp, String uppdragText) {
        this.namnd = namnd;
        this.punkt = punkt;
        this.uppdragTyp = uppdragTyp;
        this.uppdragText = uppdragText;
    }

    void satt(Genomforande status, String kommentar) {
        if (!Listtyp.UPPDRAG.tillater(status)) {
            throw new IllegalArgumentException(status + " gäller inte för strategiska uppdrag");
        }
        this.status = status;
        this.kommentar = kommentar;
    }

    Long getId() {
        return id;
    }

    Namnd getNamnd() {
        return namnd;
    }

    Uppfoljningspunkt getPunkt() {
        return punkt;
    }

    UppdragTyp getUppdragTyp() {
        return uppdragTyp;
    }

    String getUppdragText() {
        return uppdragText;
    }

    Genomforande getStatus() {
        return status;
    }

    String getKommentar() {
        return kommentar;
    }

    int getVersion() {
        return version;
    }
}
