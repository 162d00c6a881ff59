package se.malbild.mal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import se.malbild.organisation.Kommun;

/** A goal area of a municipality for a planning period (Samhälle, Medborgare …). */
@Entity
public class Malomrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kommun_id")
    private Kommun kommun;

    private String kod;

    private String namn;

    private String beskrivning;

    private int franAr;

    private int tillAr;

    private int ordning;

    protected Malomrade() {
    }

    public Malomrade(Kommun kommun, String kod, int franAr) {
        this.kommun = kommun;
        this.kod = kod;
        this.franAr = franAr;
    }

    public void beskriv(String namn, String beskrivning, int tillAr, int ordning) {
        this.namn = namn;
        this.beskrivning = beskrivning;
        this.tillAr = tillAr;
        this.ordning = ordning;
    }

    public Long getId() {
        return id;
    }

    public Kommun getKommun() {
        return kommun;
    }

    public String getKod() {
        return kod;
    }

    public String getNamn() {
        return namn;
    }

    public String getBeskrivning() {
        return beskrivning;
    }

    public int getFranAr() {
        return franAr;
    }

    public int getTillAr() {
        return tillAr;
    }

    public int getOrdning() {
        return ordning;
    }
}
