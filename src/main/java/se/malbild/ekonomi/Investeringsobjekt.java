package se.malbild.ekonomi;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import se.malbild.organisation.Namnd;

/** An investment object followed up in a year, with the year's frame (investeringsram) in kronor. */
@Entity
class Investeringsobjekt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private int ar;

    private String kod;

    private String namn;

    private BigDecimal ram;

    private BigDecimal ramUtgifter;

    private BigDecimal ramInkomster;

    private int ordning;

    @Version
    private int version;

    protected Investeringsobjekt() {
    }

    Investeringsobjekt(Namnd namnd, int ar, String kod) {
        this.namnd = namnd;
        this.ar = ar;
        this.kod = kod;
    }

    void satt(String namn, BigDecimal ram, BigDecimal ramUtgifter, BigDecimal ramInkomster, int ordning) {
        this.namn = namn;
        this.ram = ram;
        this.ramUtgifter = ramUtgifter;
        this.ramInkomster = ramInkomster;
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

    String getKod() {
        return kod;
    }

    String getNamn() {
        return namn;
    }

    BigDecimal getRam() {
        return ram;
    }

    BigDecimal getRamUtgifter() {
        return ramUtgifter;
    }

    BigDecimal getRamInkomster() {
        return ramInkomster;
    }

    int getOrdning() {
        return ordning;
    }
}
