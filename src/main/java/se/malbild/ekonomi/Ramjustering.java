package se.malbild.ekonomi;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** A named adjustment of a budgetram, e.g. "Flytt integrationsassistenter från SON till AN" +3 600 tkr. */
@Entity
public class Ramjustering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budgetram_id")
    private Budgetram budgetram;

    private int ordning;

    private String text;

    private BigDecimal belopp;

    protected Ramjustering() {
    }

    Ramjustering(Budgetram budgetram, int ordning, String text, BigDecimal belopp) {
        this.budgetram = budgetram;
        this.ordning = ordning;
        this.text = text;
        this.belopp = belopp;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getBelopp() {
        return belopp;
    }
}
