package se.malbild.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An organisational unit that indicators and key figures can be reported per (UAF, SOF, Leanlink (AMS)). */
@Entity
public class Enhet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private String kod;

    private String namn;

    protected Enhet() {
    }

    public Enhet(Namnd namnd, String kod, String namn) {
        this.namnd = namnd;
        this.kod = kod;
        this.namn = namn;
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

    public void setNamn(String namn) {
        this.namn = namn;
    }
}
