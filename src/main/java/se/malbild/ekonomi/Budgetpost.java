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
import java.util.Optional;
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

    private int planAr;

    private int ar;

    @Enumerated(EnumType.STRING)
    private Kolumntyp typ;

    private BigDecimal netto;

    private BigDecimal intakter;

    private BigDecimal kostnader;

    protected Budgetpost() {
    }

    /** A row of the driftsammandrag of the plan of {@code planAr}. */
    public Budgetpost(Verksamhet verksamhet, int planAr, Kolumn kolumn) {
        this.verksamhet = verksamhet;
        this.planAr = planAr;
        this.ar = kolumn.ar();
        this.typ = kolumn.typ();
    }

    /** Sets the net amount and, when known, its split (intäkter + kostnader must equal netto). */
    public void satt(BigDecimal netto, Driftsammandrag.Fordelning fordelning) {
        if (fordelning != null && fordelning.netto().compareTo(netto) != 0) {
            throw new IllegalArgumentException("Intäkter och kostnader blir inte nettobeloppet");
        }
        this.netto = netto;
        this.intakter = fordelning == null ? null : fordelning.intakter();
        this.kostnader = fordelning == null ? null : fordelning.kostnader();
    }

    public Optional<Driftsammandrag.Fordelning> getFordelning() {
        return intakter == null ? Optional.empty() : Optional.of(new Driftsammandrag.Fordelning(intakter, kostnader));
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
