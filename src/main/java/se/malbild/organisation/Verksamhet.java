package se.malbild.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A budget line of a committee (Ekonomiskt bistånd, Flyktingmottagande …). */
@Entity
public class Verksamhet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private String kod;

    private String namn;

    @Enumerated(EnumType.STRING)
    private VerksamhetTyp typ;

    private int ordning;

    protected Verksamhet() {
    }

    public Verksamhet(Namnd namnd, String kod) {
        this.namnd = namnd;
        this.kod = kod;
    }

    public void beskriv(String namn, VerksamhetTyp typ, int ordning) {
        this.namn = namn;
        this.typ = typ;
        this.ordning = ordning;
    }

    public Long getId() {
        return id;
    }

    public Namnd getNamnd() {
        return namnd;
    }

    public String getKod() {
        return kod;
    }

    public String getNamn() {
        return namn;
    }

    public VerksamhetTyp getTyp() {
        return typ;
    }

    public int getOrdning() {
        return ordning;
    }
}
