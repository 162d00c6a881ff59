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
import se.malbild.organisation.Verksamhet;

/** Net cost in kronor of one verksamhet for one year and column type (bokslut, budget or plan). */
@Entity
public class Budgetpost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "verksamhet_id")
    private Verksamhet verksamhet;

    private int ar;

    @Enumerated(EnumType.STRING)
    private Kolumntyp typ;

    private BigDecimal netto;

    protected Budgetpost() {
    }

    public Budgetpost(Verksamhet verksamhet, Kolumn kolumn, BigDecimal netto) {
        this.verksamhet = verksamhet;
        this.ar = kolumn.ar();
        this.typ = kolumn.typ();
        this.netto = netto;
    }

    public void setNetto(BigDecimal netto) {
        this.netto = netto;
    }

    public Verksamhet getVerksamhet() {
        return verksamhet;
    }

    public Kolumn getKolumn() {
        return new Kolumn(ar, typ);
    }

    public BigDecimal getNetto() {
        return netto;
    }
}
