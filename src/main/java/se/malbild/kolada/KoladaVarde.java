package se.malbild.kolada;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** One Kolada value: a KPI for a municipality (SCB code), a year and a gender (T, K or M). Written by the import. */
@Entity
public class KoladaVarde {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kpi;

    private String kommun;

    private int period;

    private String kon;

    private BigDecimal varde;

    private Integer antal;

    private String status;

    private Instant importerad;

    private String kalla;

    protected KoladaVarde() {
    }

    public Long getId() {
        return id;
    }

    public String getKpi() {
        return kpi;
    }

    public String getKommun() {
        return kommun;
    }

    public int getPeriod() {
        return period;
    }

    public String getKon() {
        return kon;
    }

    /** Null when Kolada has the row without a value. */
    public BigDecimal getVarde() {
        return varde;
    }

    public Integer getAntal() {
        return antal;
    }

    public String getStatus() {
        return status;
    }

    public Instant getImporterad() {
        return importerad;
    }

    public String getKalla() {
        return kalla;
    }
}
