package se.malbild.nyckeltal;

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
public class NyckeltalVarde {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nyckeltal_id")
    private Nyckeltal nyckeltal;

    private int planAr;

    private int ar;

    @Enumerated(EnumType.STRING)
    private VardeTyp typ;

    private BigDecimal varde;

    private String anmarkning;

    protected NyckeltalVarde() {
    }

    NyckeltalVarde(Nyckeltal nyckeltal, int planAr, int ar, VardeTyp typ, BigDecimal varde, String anmarkning) {
        this.nyckeltal = nyckeltal;
        this.planAr = planAr;
        this.ar = ar;
        this.typ = typ;
        satt(varde, anmarkning);
    }

    void satt(BigDecimal varde, String anmarkning) {
        this.varde = varde;
        this.anmarkning = anmarkning;
    }

    public int getPlanAr() {
        return planAr;
    }

    public int getAr() {
        return ar;
    }

    public VardeTyp getTyp() {
        return typ;
    }

    public BigDecimal getVarde() {
        return varde;
    }

    public String getAnmarkning() {
        return anmarkning;
    }
}
