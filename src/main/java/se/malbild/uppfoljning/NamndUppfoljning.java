package se.malbild.uppfoljning;

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
import se.malbild.organisation.Namnd;

/** A committee's follow-up at one point and its status: open → submitted → adopted; an admin may reopen. */
@Entity
public class NamndUppfoljning {

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
    private UppfoljningStatus status;

    @Version
    private int version;

    protected NamndUppfoljning() {
    }

    public NamndUppfoljning(Namnd namnd, Uppfoljningspunkt punkt) {
        this.namnd = namnd;
        this.punkt = punkt;
        this.status = UppfoljningStatus.OPPEN;
    }

    /** Staff submit their follow-up; from then on it is read-only for them. */
    void lamnaIn() {
        kraver(UppfoljningStatus.OPPEN);
        status = UppfoljningStatus.INLAMNAD;
    }

    /** The committee adopts the submitted follow-up; its report is frozen elsewhere. */
    void faststall() {
        kraver(UppfoljningStatus.INLAMNAD);
        status = UppfoljningStatus.FASTSTALLD;
    }

    /**
     * An admin reopens a submitted or adopted follow-up to correct the live data; an adopted report stays as it was
     * adopted.
     */
    void oppnaIgen() {
        if (status != UppfoljningStatus.INLAMNAD && status != UppfoljningStatus.FASTSTALLD) {
            throw new FelStatusException(status);
        }
        status = UppfoljningStatus.OPPEN;
    }

    public boolean arOppen() {
        return status == UppfoljningStatus.OPPEN;
    }

    private void kraver(UppfoljningStatus kravd) {
        if (status != kravd) {
            throw new FelStatusException(status);
        }
    }

    public Long getId() {
        return id;
    }

    public Namnd getNamnd() {
        return namnd;
    }

    public Uppfoljningspunkt getPunkt() {
        return punkt;
    }

    public UppfoljningStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }
}
