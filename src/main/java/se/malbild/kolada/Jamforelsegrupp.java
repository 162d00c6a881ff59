package se.malbild.kolada;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import se.malbild.organisation.Kommun;

/** The municipalities a municipality compares itself with (e.g. "R9"). Members need not exist in our data. */
@Entity
public class Jamforelsegrupp {

    /** A member: SCB code (Kolada's municipality id) and name. */
    @Embeddable
    public record Medlem(String scbKod, String namn) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kommun_id")
    private Kommun kommun;

    private String namn;

    @ElementCollection
    @CollectionTable(name = "jamforelsegrupp_medlem", joinColumns = @JoinColumn(name = "jamforelsegrupp_id"))
    @OrderColumn(name = "ordning")
    private List<Medlem> medlemmar = new ArrayList<>();

    protected Jamforelsegrupp() {
    }

    public Jamforelsegrupp(Kommun kommun) {
        this.kommun = kommun;
    }

    public void andra(String namn, List<Medlem> medlemmar) {
        this.namn = namn;
        this.medlemmar.clear();
        this.medlemmar.addAll(medlemmar);
    }

    public Long getId() {
        return id;
    }

    public Kommun getKommun() {
        return kommun;
    }

    public String getNamn() {
        return namn;
    }

    public List<Medlem> getMedlemmar() {
        return List.copyOf(medlemmar);
    }
}
