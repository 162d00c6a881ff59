package se.malbild.mal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A municipality-wide goal set by the council inside a målområde. */
@Entity
public class KommunovergripandeMal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "malomrade_id")
    private Malomrade malomrade;

    private String kod;

    private String namn;

    private String beskrivning;

    private int ordning;

    protected KommunovergripandeMal() {
    }

    public KommunovergripandeMal(Malomrade malomrade, String kod) {
        this.malomrade = malomrade;
        this.kod = kod;
    }

    public void beskriv(String namn, String beskrivning, int ordning) {
        this.namn = namn;
        this.beskrivning = beskrivning;
        this.ordning = ordning;
    }

    public Long getId() {
        return id;
    }

    public Malomrade getMalomrade() {
        return malomrade;
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

    public int getOrdning() {
        return ordning;
    }
}
