package se.malbild.mal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malbild.organisation.Enhet;

/**
 * An outcome of an indicator for a year (manad empty) or a follow-up point (manad set), for the total, for women or
 * men, optionally for one enhet. "I.U." (inget utfall) has no value and carries its explanation.
 */
@Entity
public class Utfall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indikator_id")
    private Indikator indikator;

    private int ar;

    private Integer manad;

    @Enumerated(EnumType.STRING)
    private Kon kon;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enhet_id")
    private Enhet enhet;

    private BigDecimal varde;

    private boolean ingetUtfall;

    private String forklaring;

    private String kommentar;

    private String kalla;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> fotnoter = new ArrayList<>();

    @Version
    private int version;

    protected Utfall() {
    }

    public Utfall(Indikator indikator, int ar, Integer manad, Kon kon, Enhet enhet) {
        this.indikator = indikator;
        this.ar = ar;
        this.manad = manad;
        this.kon = kon;
        this.enhet = enhet;
    }

    public void registrera(BigDecimal varde, String kommentar, List<String> fotnoter) {
        this.varde = varde;
        this.ingetUtfall = false;
        this.forklaring = null;
        this.kommentar = kommentar;
        this.fotnoter = new ArrayList<>(fotnoter);
    }

    public void registreraIngetUtfall(String forklaring, String kommentar, List<String> fotnoter) {
        this.varde = null;
        this.ingetUtfall = true;
        this.forklaring = forklaring;
        this.kommentar = kommentar;
        this.fotnoter = new ArrayList<>(fotnoter);
    }

    public Long getId() {
        return id;
    }

    public Indikator getIndikator() {
        return indikator;
    }

    public int getAr() {
        return ar;
    }

    public Integer getManad() {
        return manad;
    }

    public Kon getKon() {
        return kon;
    }

    public Enhet getEnhet() {
        return enhet;
    }

    public BigDecimal getVarde() {
        return varde;
    }

    public boolean isIngetUtfall() {
        return ingetUtfall;
    }

    public String getForklaring() {
        return forklaring;
    }

    public String getKommentar() {
        return kommentar;
    }

    public String getKalla() {
        return kalla;
    }

    public void setKalla(String kalla) {
        this.kalla = kalla;
    }

    public List<String> getFotnoter() {
        return List.copyOf(fotnoter);
    }

    public int getVersion() {
        return version;
    }
}
