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
import java.time.LocalDate;
import se.malbild.organisation.Kommun;

/** A point in the year at which a municipality's committees follow up (Linköping: per 31 mars, per 31 augusti …). */
@Entity
public class Uppfoljningspunkt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kommun_id")
    private Kommun kommun;

    private int ar;

    private int manad;

    @Enumerated(EnumType.STRING)
    private Uppfoljningstyp typ;

    private String namn;

    private LocalDate sistaDag;

    protected Uppfoljningspunkt() {
    }

    public Uppfoljningspunkt(Kommun kommun, int ar, int manad, Uppfoljningstyp typ, String namn, LocalDate sistaDag) {
        this.kommun = kommun;
        this.ar = ar;
        this.manad = manad;
        this.typ = typ;
        this.namn = namn;
        this.sistaDag = sistaDag;
    }

    /** The month outcomes of this point are stored under; empty (null) for the full year's outcome. */
    public Integer utfallsmanad() {
        return typ == Uppfoljningstyp.HELAR ? null : manad;
    }

    public Long getId() {
        return id;
    }

    public Kommun getKommun() {
        return kommun;
    }

    public int getAr() {
        return ar;
    }

    public int getManad() {
        return manad;
    }

    public Uppfoljningstyp getTyp() {
        return typ;
    }

    public String getNamn() {
        return namn;
    }

    public LocalDate getSistaDag() {
        return sistaDag;
    }
}
