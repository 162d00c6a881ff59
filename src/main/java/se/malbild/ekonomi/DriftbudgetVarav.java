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
import se.malbild.organisation.Namnd;

/** "Varav intäkter / varav kostnader" of a committee's net total for one column (intäkter negative). */
@Entity
public class DriftbudgetVarav {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private int planAr;

    private int ar;

    @Enumerated(EnumType.STRING)
    private Kolumntyp typ;

    private BigDecimal intakter;

    private BigDecimal kostnader;

    protected DriftbudgetVarav() {
    }

    public DriftbudgetVarav(Namnd namnd, int planAr, Kolumn kolumn, BigDecimal intakter, BigDecimal kostnader) {
        this.namnd = namnd;
        this.planAr = planAr;
        this.ar = kolumn.ar();
        this.typ = kolumn.typ();
        this.intakter = intakter;
        this.kostnader = kostnader;
    }

    Namnd getNamnd() {
        return namnd;
    }

    public Kolumn getKolumn() {
        return new Kolumn(ar, typ);
    }

    public BigDecimal getIntakter() {
        return intakter;
    }

    public BigDecimal getKostnader() {
        return kostnader;
    }
}
