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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The target of an indicator for one year, in one of the forms of {@link MalvardeTyp}. */
@Entity
public class Malvarde {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indikator_id")
    private Indikator indikator;

    private int planAr;

    private int ar;

    @Enumerated(EnumType.STRING)
    private MalvardeTyp typ;

    private BigDecimal varde;

    @Enumerated(EnumType.STRING)
    private Jamforelse operator;

    @Enumerated(EnumType.STRING)
    private RelativRiktning riktning;

    private String text;

    private String forklaring;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> fotnoter = new ArrayList<>();

    protected Malvarde() {
    }

    /** A target for {@code ar} as stated by the plan (internbudget) of {@code planAr}. */
    public Malvarde(Indikator indikator, int planAr, int ar) {
        this.indikator = indikator;
        this.planAr = planAr;
        this.ar = ar;
    }

    public void satt(MalvardeTyp typ, BigDecimal varde, Jamforelse operator, RelativRiktning riktning, String text,
            String forklaring, List<String> fotnoter) {
        this.typ = typ;
        this.varde = varde;
        this.operator = operator;
        this.riktning = riktning;
        this.text = text;
        this.forklaring = forklaring;
        this.fotnoter = new ArrayList<>(fotnoter);
    }

    public Long getId() {
        return id;
    }

    public Indikator getIndikator() {
        return indikator;
    }

    public int getPlanAr() {
        return planAr;
    }

    public int getAr() {
        return ar;
    }

    public MalvardeTyp getTyp() {
        return typ;
    }

    public BigDecimal getVarde() {
        return varde;
    }

    public Jamforelse getOperator() {
        return operator;
    }

    public RelativRiktning getRiktning() {
        return riktning;
    }

    public String getText() {
        return text;
    }

    public String getForklaring() {
        return forklaring;
    }

    public List<String> getFotnoter() {
        return List.copyOf(fotnoter);
    }
}
