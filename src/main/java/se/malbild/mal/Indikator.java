package se.malbild.mal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malbild.organisation.Enhet;

/** A nämndindikator measuring a nämndmål, optionally broken down by gender and/or enhet. */
@Entity
public class Indikator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namndmal_id")
    private Namndmal namndmal;

    private String kod;

    private String grupp;

    private String namn;

    @Enumerated(EnumType.STRING)
    private Matenhet matenhet;

    private int decimaler;

    @Enumerated(EnumType.STRING)
    private Riktning riktning;

    private String kalla;

    private boolean obligatorisk;

    private boolean konsuppdelning;

    private String koladaKpi;

    @Enumerated(EnumType.STRING)
    private Harledning harledning;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> fotnoter = new ArrayList<>();

    private int ordning;

    private int franAr;

    private Integer tillAr;

    @ManyToMany
    @JoinTable(name = "indikator_enhet", joinColumns = @JoinColumn(name = "indikator_id"),
            inverseJoinColumns = @JoinColumn(name = "enhet_id"))
    @OrderColumn(name = "ordning")
    private List<Enhet> enheter = new ArrayList<>();

    protected Indikator() {
    }

    public Indikator(Namndmal namndmal, String kod) {
        this.namndmal = namndmal;
        this.kod = kod;
    }

    public void beskriv(String grupp, String namn, Matenhet matenhet, int decimaler, Riktning riktning, String kalla,
            boolean obligatorisk, String koladaKpi, List<String> fotnoter, int ordning) {
        this.grupp = grupp;
        this.namn = namn;
        this.matenhet = matenhet;
        this.decimaler = decimaler;
        this.riktning = riktning;
        this.kalla = kalla;
        this.obligatorisk = obligatorisk;
        this.koladaKpi = koladaKpi;
        this.fotnoter = new ArrayList<>(fotnoter);
        this.ordning = ordning;
    }

    public void uppdelning(boolean konsuppdelning, List<Enhet> enheter) {
        this.konsuppdelning = konsuppdelning;
        this.enheter.clear();
        this.enheter.addAll(enheter);
    }

    /** Part of the plan of {@code planAr}: valid from then (or earlier) and still open. */
    public void ingarIPlan(int planAr) {
        franAr = franAr == 0 ? planAr : Math.min(franAr, planAr);
        tillAr = null;
    }

    /** No longer part of the plans from {@code planAr}: valid until the year before. */
    public void avslutaFore(int planAr) {
        tillAr = planAr - 1;
    }

    /** Whether this is part of the committee's plan for the year. */
    public boolean galler(int ar) {
        return franAr <= ar && (tillAr == null || tillAr >= ar);
    }

    public int getFranAr() {
        return franAr;
    }

    public Long getId() {
        return id;
    }

    public Namndmal getNamndmal() {
        return namndmal;
    }

    public String getKod() {
        return kod;
    }

    public String getGrupp() {
        return grupp;
    }

    public String getNamn() {
        return namn;
    }

    public Matenhet getMatenhet() {
        return matenhet;
    }

    public int getDecimaler() {
        return decimaler;
    }

    public Riktning getRiktning() {
        return riktning;
    }

    public String getKalla() {
        return kalla;
    }

    public boolean isObligatorisk() {
        return obligatorisk;
    }

    public boolean isKonsuppdelning() {
        return konsuppdelning;
    }

    /** How the indicator is computed from the economy; null when its outcomes are entered. */
    public Harledning getHarledning() {
        return harledning;
    }

    public void setHarledning(Harledning harledning) {
        this.harledning = harledning;
    }

    public String getKoladaKpi() {
        return koladaKpi;
    }

    /** Links the indicator to a Kolada KPI id (e.g. N31807); null removes the link. */
    public void setKoladaKpi(String koladaKpi) {
        this.koladaKpi = koladaKpi;
    }

    public List<String> getFotnoter() {
        return List.copyOf(fotnoter);
    }

    public int getOrdning() {
        return ordning;
    }

    public List<Enhet> getEnheter() {
        return List.copyOf(enheter);
    }
}
