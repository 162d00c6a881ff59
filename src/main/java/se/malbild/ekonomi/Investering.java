package se.malbild.ekonomi;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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
import se.malbild.organisation.Namnd;

/** An investment object of a committee with its net amounts per column. */
@Entity
public class Investering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private String namn;

    private int ordning;

    @OneToMany(mappedBy = "investering", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Investeringsbelopp> belopp = new ArrayList<>();

    protected Investering() {
    }

    public Investering(Namnd namnd, String namn) {
        this.namnd = namnd;
        this.namn = namn;
    }

    public void setOrdning(int ordning) {
        this.ordning = ordning;
    }

    /** Sets the amount the plan of {@code planAr} states for a column, replacing an earlier one. */
    public void satt(int planAr, Kolumn kolumn, BigDecimal netto) {
        belopp.stream().filter(b -> b.getPlanAr() == planAr && b.getKolumn().equals(kolumn)).findFirst().ifPresentOrElse(
                b -> b.setBelopp(netto), () -> belopp.add(new Investeringsbelopp(this, planAr, kolumn, netto)));
    }

    /** Removes the plan's amounts in other columns than these; other plans' amounts stay. */
    public void behallEndast(int planAr, Collection<Kolumn> kolumner) {
        belopp.removeIf(b -> b.getPlanAr() == planAr && !kolumner.contains(b.getKolumn()));
    }

    /** The amounts the plan of {@code planAr} states. */
    public List<Investeringsbelopp> belopp(int planAr) {
        return belopp.stream().filter(b -> b.getPlanAr() == planAr).toList();
    }

    /** The sum of the investments' amounts in a column of the plan of {@code planAr}, exact. */
    public static BigDecimal summa(List<Investering> investeringar, int planAr, Kolumn kolumn) {
        return investeringar.stream()
                .flatMap(i -> i.belopp(planAr).stream())
                .filter(b -> b.getKolumn().equals(kolumn))
                .map(Investeringsbelopp::getBelopp)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getNamn() {
        return namn;
    }

    public int getOrdning() {
        return ordning;
    }


}
