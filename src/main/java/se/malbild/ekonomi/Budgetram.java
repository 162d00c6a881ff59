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
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.malbild.organisation.Namnd;

/** The frame the council decided for a committee and year, adjusted by named ramjusteringar. */
@Entity
public class Budgetram {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private int planAr;

    private int ar;

    private String beslut;

    private BigDecimal belopp;

    @OneToMany(mappedBy = "budgetram", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordning")
    private List<Ramjustering> justeringar = new ArrayList<>();

    protected Budgetram() {
    }

    /** The frame for {@code ar} as the plan of {@code planAr} states it. */
    public Budgetram(Namnd namnd, int planAr, int ar) {
        this.namnd = namnd;
        this.planAr = planAr;
        this.ar = ar;
    }

    public void besluta(String beslut, BigDecimal belopp) {
        this.beslut = beslut;
        this.belopp = belopp;
        this.justeringar.clear();
    }

    public void justera(String text, BigDecimal belopp) {
        justeringar.add(new Ramjustering(this, justeringar.size() + 1, text, belopp));
    }

    /** "Budgetram inkl justering": the decided frame plus every adjustment, exact. */
    public BigDecimal inklJusteringar() {
        return justeringar.stream().map(Ramjustering::getBelopp).reduce(belopp, BigDecimal::add);
    }

    public int getAr() {
        return ar;
    }

    public String getBeslut() {
        return beslut;
    }

    public BigDecimal getBelopp() {
        return belopp;
    }

    public List<Ramjustering> getJusteringar() {
        return List.copyOf(justeringar);
    }
}
