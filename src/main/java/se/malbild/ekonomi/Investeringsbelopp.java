package se.malbild.ekonomi;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class Investeringsbelopp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investering_id")
    private Investering investering;

    private int planAr;

    private int ar;

    @Enumerated(EnumType.STRING)
    private Kolumntyp typ;

    private BigDecimal belopp;

    protected Investeringsbelopp() {
    }

    Investeringsbelopp(Investering investering, int planAr, Kolumn kolumn, BigDecimal belopp) {
        this.investering = investering;
        this.planAr = planAr;
        this.ar = kolumn.ar();
        this.typ = kolumn.typ();
        this.belopp = belopp;
    }

    void setBelopp(BigDecimal belopp) {
        this.belopp = belopp;
    }

    public int getPlanAr() {
        return planAr;
    }

    public Kolumn getKolumn() {
        return new Kolumn(ar, typ);
    }

    public BigDecimal getBelopp() {
        return belopp;
    }
}
