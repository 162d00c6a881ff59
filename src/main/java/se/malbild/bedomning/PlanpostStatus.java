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
import se.malbild.uppfoljning.Uppfoljningspunkt;

/** Where an activity or kontrollmoment stands at a follow-up point, with a comment. */
@Entity
class PlanpostStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "planpost_id")
    private Planpost planpost;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uppfoljningspunkt_id")
    private Uppfoljningspunkt punkt;

    @Enumerated(EnumType.STRING)
    private Genomforande status;

    private String kommentar;

    @Version
    private int version;

    protected PlanpostStatus() {
    }

    PlanpostStatus(Planpost planpost, Uppfoljningspunkt punkt) {
        this.planpost = planpost;
        this.punkt = punkt;
    }

    void satt(Genomforande status, String kommentar) {
        if (!planpost.getSlag().tillater(status)) {
            throw new IllegalArgumentException(status + " gäller inte för " + planpost.getSlag());
        }
        this.status = status;
        this.kommentar = kommentar;
    }

    Long getId() {
        return id;
    }

    Planpost getPlanpost() {
        return planpost;
    }

    Uppfoljningspunkt getPunkt() {
        return punkt;
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
