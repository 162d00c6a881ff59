package se.malbild.rapport;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import se.malbild.organisation.Verksamhet;

/** A line of "specifikation av förändringar" under a budget row, with its amount per year in kronor. */
@Entity
public class Budgetforandring {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "internbudget_id")
    private Internbudget internbudget;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "verksamhet_id")
    private Verksamhet verksamhet;

    private int ordning;

    private String text;

    private String fotnot;

    @ElementCollection
    @CollectionTable(name = "budgetforandring_belopp", joinColumns = @JoinColumn(name = "budgetforandring_id"))
    @MapKeyColumn(name = "ar")
    @Column(name = "belopp")
    private Map<Integer, BigDecimal> belopp = new TreeMap<>();

    protected Budgetforandring() {
    }

    Budgetforandring(Internbudget internbudget, Verksamhet verksamhet, int ordning, String text, String fotnot) {
        this.internbudget = internbudget;
        this.verksamhet = verksamhet;
        this.ordning = ordning;
        this.text = text;
        this.fotnot = fotnot;
    }

    public void satt(int ar, BigDecimal kronor) {
        belopp.put(ar, kronor);
    }

    public Verksamhet getVerksamhet() {
        return verksamhet;
    }

    public int getOrdning() {
        return ordning;
    }

    public String getText() {
        return text;
    }

    public String getFotnot() {
        return fotnot;
    }

    public Map<Integer, BigDecimal> getBelopp() {
        return Map.copyOf(belopp);
    }
}
