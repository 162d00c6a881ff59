package se.malbild.revision;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One recorded change of one field of one object. */
@Entity
public class Andring {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant tidpunkt;

    private String anvandare;

    private String objekttyp;

    private long objektId;

    private String falt;

    private String gammalt;

    private String nytt;

    private Long namndId;

    protected Andring() {
    }

    Andring(Instant tidpunkt, String anvandare, String objekttyp, long objektId, String falt, String gammalt, String nytt,
            Long namndId) {
        this.tidpunkt = tidpunkt;
        this.anvandare = anvandare;
        this.objekttyp = objekttyp;
        this.objektId = objektId;
        this.falt = falt;
        this.gammalt = gammalt;
        this.nytt = nytt;
        this.namndId = namndId;
    }

    public Instant getTidpunkt() {
        return tidpunkt;
    }

    public String getAnvandare() {
        return anvandare;
    }

    public String getObjekttyp() {
        return objekttyp;
    }

    public long getObjektId() {
        return objektId;
    }

    public String getFalt() {
        return falt;
    }

    public String getGammalt() {
        return gammalt;
    }

    public String getNytt() {
        return nytt;
    }

    public Long getNamndId() {
        return namndId;
    }
}
