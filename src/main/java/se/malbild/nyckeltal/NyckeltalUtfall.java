package se.malbild.nyckeltal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A key figure at a follow-up month: its value then and the forecast for the full year. */
@Entity
public class NyckeltalUtfall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nyckeltal_id")
    private Nyckeltal nyckeltal;

    private int ar;

    private int manad;

    private BigDecimal varde;

    private BigDecimal prognosHelar;

    private String kommentar;

    @Version
    private int version;

    protected NyckeltalUtfall() {
    }

    public NyckeltalUtfall(Nyckeltal nyckeltal, int ar, int manad) {
        this.nyckeltal = nyckeltal;
        this.ar = ar;
        this.manad = manad;
    }

    public void satt(BigDecimal varde, BigDecimal prognosHelar, String kommentar) {
        this.varde = varde;
        this.prognosHelar = prognosHelar;
        this.kommentar = kommentar;
    }

    public Long getId() {
        return id;
    }

    public Nyckeltal getNyckeltal() {
        return nyckeltal;
    }

    public int getAr() {
        return ar;
    }

    public int getManad() {
        return manad;
    }

    public BigDecimal getVarde() {
        return varde;
    }

    public BigDecimal getPrognosHelar() {
        return prognosHelar;
    }

    public String getKommentar() {
        return kommentar;
    }

    public int getVersion() {
        return version;
    }
}
