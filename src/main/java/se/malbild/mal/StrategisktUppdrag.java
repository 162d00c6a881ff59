package se.malbild.mal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import se.malbild.organisation.Namnd;

/** A strategic assignment from the council to a committee for a year, common to all committees or specific. */
@Entity
public class StrategisktUppdrag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private int ar;

    @Enumerated(EnumType.STRING)
    private UppdragTyp typ;

    private String text;

    private int ordning;

    protected StrategisktUppdrag() {
    }

    public StrategisktUppdrag(Namnd namnd, int ar, UppdragTyp typ, String text, int ordning) {
        this.namnd = namnd;
        this.ar = ar;
        this.typ = typ;
        this.text = text;
        this.ordning = ordning;
    }

    public Long getId() {
        return id;
    }

    public int getAr() {
        return ar;
    }

    public UppdragTyp getTyp() {
        return typ;
    }

    public String getText() {
        return text;
    }

    public int getOrdning() {
        return ordning;
    }
}
