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

    /** Sets the amount of a column, replacing an earlier one. */
    public void satt(Kolumn kolumn, BigDecimal netto) {
        belopp.stream().filter(b -> b.getKolumn().equals(kolumn)).findFirst().ifPresentOrElse(
                b -> b.setBelopp(netto), () -> belopp.add(new Investeringsbelopp(this, kolumn, netto)));
    }

    public void behallEndast(Collection<Kolumn> kolumner) {
        belopp.removeIf(b -> !kolumner.contains(b.getKolumn()));
    }

    /** The sum of the investments' amounts in a column, exact. */
    public static BigDecimal summa(List<Investering> investeringar, Kolumn kolumn) {
        return investeringar.stream()
                .flatMap(i -> i.belopp.stream())
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

    public List<Investeringsbelopp> getBelopp() {
        return List.copyOf(belopp);
    }
}
