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
import se.malbild.organisation.Namnd;

/** An activity of the committee's verksamhetsplan, or a kontrollmoment of its internkontroll plan, for one year. */
@Entity
class Planpost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private int ar;

    @Enumerated(EnumType.STRING)
    private Listtyp slag;

    private String text;

    private int ordning;

    protected Planpost() {
    }

    Planpost(Namnd namnd, int ar, Listtyp slag, String text, int ordning) {
        if (slag == Listtyp.UPPDRAG) {
            throw new IllegalArgumentException("Strategiska uppdrag kommer från planen");
        }
        this.namnd = namnd;
        this.ar = ar;
        this.slag = slag;
        this.text = text;
        this.ordning = ordning;
    }

    Long getId() {
        return id;
    }

    Namnd getNamnd() {
        return namnd;
    }

    int getAr() {
        return ar;
    }

    Listtyp getSlag() {
        return slag;
    }

    String getText() {
        return text;
    }

    int getOrdning() {
        return ordning;
    }
}
