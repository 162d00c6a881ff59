package se.malbild.nyckeltal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malbild.organisation.Enhet;
import se.malbild.organisation.Namnd;

/** A volume measure or personnel key figure of a committee, optionally for one enhet. */
@Entity
public class Nyckeltal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    @Enumerated(EnumType.STRING)
    private NyckeltalKategori kategori;

    private String namn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enhet_id")
    private Enhet enhet;

    private String matenhet;

    private int decimaler;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> fotnoter = new ArrayList<>();

    private int ordning;

    @OneToMany(mappedBy = "nyckeltal", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<NyckeltalVarde> varden = new ArrayList<>();

    protected Nyckeltal() {
    }

    public Nyckeltal(Namnd namnd, NyckeltalKategori kategori, String namn, Enhet enhet) {
        this.namnd = namnd;
        this.kategori = kategori;
        this.namn = namn;
        this.enhet = enhet;
    }

    public void beskriv(String matenhet, int decimaler, List<String> fotnoter, int ordning) {
        this.matenhet = matenhet;
        this.decimaler = decimaler;
        this.fotnoter = new ArrayList<>(fotnoter);
        this.ordning = ordning;
    }

    /** The key of a value within a plan: its year and whether it is an outcome, budget or plan value. */
    public record Nyckel(int ar, VardeTyp typ) {
    }

    /**
     * Sets the value the plan of {@code planAr} states for a year and type, replacing an earlier one; a missing value
     * carries its anmärkning.
     */
    public void satt(int planAr, Nyckel nyckel, BigDecimal varde, String anmarkning) {
        varden.stream().filter(v -> v.getPlanAr() == planAr && nyckel.equals(nyckel(v))).findFirst().ifPresentOrElse(
                v -> v.satt(varde, anmarkning),
                () -> varden.add(new NyckeltalVarde(this, planAr, nyckel.ar(), nyckel.typ(), varde, anmarkning)));
    }

    /** Removes the plan's values other than these; other plans' values stay. */
    public void behallEndast(int planAr, Collection<Nyckel> nycklar) {
        varden.removeIf(v -> v.getPlanAr() == planAr && !nycklar.contains(nyckel(v)));
    }

    /** The values the plan of {@code planAr} states. */
    public List<NyckeltalVarde> varden(int planAr) {
        return varden.stream().filter(v -> v.getPlanAr() == planAr).toList();
    }

    private static Nyckel nyckel(NyckeltalVarde v) {
        return new Nyckel(v.getAr(), v.getTyp());
    }

    public Long getId() {
        return id;
    }

    public NyckeltalKategori getKategori() {
        return kategori;
    }

    public String getNamn() {
        return namn;
    }

    public Enhet getEnhet() {
        return enhet;
    }

    public String getMatenhet() {
        return matenhet;
    }

    public int getDecimaler() {
        return decimaler;
    }

    public List<String> getFotnoter() {
        return List.copyOf(fotnoter);
    }

    public int getOrdning() {
        return ordning;
    }


}
