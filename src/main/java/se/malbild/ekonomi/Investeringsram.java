package se.malbild.ekonomi;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import se.malbild.organisation.Namnd;

/** The investment frame decided for a committee and year. */
@Entity
public class Investeringsram {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private int planAr;

    private int ar;

    private String beslut;

    private BigDecimal belopp;

    protected Investeringsram() {
    }

    public Investeringsram(Namnd namnd, int planAr, int ar) {
        this.namnd = namnd;
        this.planAr = planAr;
        this.ar = ar;
    }

    public void besluta(String beslut, BigDecimal belopp) {
        this.beslut = beslut;
        this.belopp = belopp;
    }

    public int getAr() {
        return ar;
    }

    public String getBeslut() {
        return beslut;
    }

    public BigDecimal getBelopp() {
        return belopp;
    }
}
