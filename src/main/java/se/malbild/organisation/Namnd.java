package se.malbild.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A committee (nämnd) of a municipality, served by a förvaltning. */
@Entity
public class Namnd {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kommun_id")
    private Kommun kommun;

    private String kod;

    private String namn;

    private String forvaltning;

    private String ordforande;

    private String forvaltningschef;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> uppdrag = new ArrayList<>();

    protected Namnd() {
    }

    public Namnd(Kommun kommun, String kod) {
        this.kommun = kommun;
        this.kod = kod;
    }

    public void beskriv(String namn, String forvaltning, String ordforande, String forvaltningschef, List<String> uppdrag) {
        this.namn = namn;
        this.forvaltning = forvaltning;
        this.ordforande = ordforande;
        this.forvaltningschef = forvaltningschef;
        this.uppdrag = new ArrayList<>(uppdrag);
    }

    public Long getId() {
        return id;
    }

    public Kommun getKommun() {
        return kommun;
    }

    public String getKod() {
        return kod;
    }

    public String getNamn() {
        return namn;
    }

    public String getForvaltning() {
        return forvaltning;
    }

    public String getOrdforande() {
        return ordforande;
    }

    public String getForvaltningschef() {
        return forvaltningschef;
    }

    public List<String> getUppdrag() {
        return List.copyOf(uppdrag);
    }
}
