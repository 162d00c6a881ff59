package se.malbild.rapport.faststallelse;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** That an adopted report is published (readable without login, its values open data): who and when. */
@Entity
@Immutable
@Table(name = "rapport_publicering")
class Publicering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long faststalldRapportId;

    private String publiceradAv;

    private Instant publiceradTid;

    protected Publicering() {
    }

    Publicering(long faststalldRapportId, String publiceradAv, Instant publiceradTid) {
        this.faststalldRapportId = faststalldRapportId;
        this.publiceradAv = publiceradAv;
        this.publiceradTid = publiceradTid;
    }

    Long getId() {
        return id;
    }

    long getFaststalldRapportId() {
        return faststalldRapportId;
    }

    String getPubliceradAv() {
        return publiceradAv;
    }

    Instant getPubliceradTid() {
        return publiceradTid;
    }
}
