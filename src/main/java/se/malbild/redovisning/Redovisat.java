package se.malbild.redovisning;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import se.malbild.organisation.Verksamhet;

/** The actuals of one verksamhet in one month, in kronor: costs positive, income negative. */
@Entity
class Redovisat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "verksamhet_id")
    private Verksamhet verksamhet;

    private int ar;

    private int manad;

    private BigDecimal kostnader;

    private BigDecimal intakter;

    protected Redovisat() {
    }

    Redovisat(Verksamhet verksamhet, int ar, int manad, Belopp belopp) {
        this.verksamhet = verksamhet;
        this.ar = ar;
        this.manad = manad;
        andra(belopp);
    }

    void andra(Belopp belopp) {
        this.kostnader = belopp.kostnader();
        this.intakter = belopp.intakter();
    }

    Long getId() {
        return id;
    }

    Verksamhet getVerksamhet() {
        return verksamhet;
    }

    int getAr() {
        return ar;
    }

    int getManad() {
        return manad;
    }

    Belopp belopp() {
        return new Belopp(kostnader, intakter);
    }
}
