package se.malbild.rapport;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malbild.ekonomi.Beloppsenhet;
import se.malbild.ekonomi.Kolumn;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;

/** A committee's annual plan as a document: its year, plan years, columns, unit and texts. */
@Entity
public class Internbudget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private int ar;

    private int planTillAr;

    private String titel;

    @Enumerated(EnumType.STRING)
    private Beloppsenhet beloppsenhet;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> sammanfattning = new ArrayList<>();

    private String kommentarEkonomi;

    private String kommentarVolym;

    private String kommentarPersonal;

    @ElementCollection
    @CollectionTable(name = "internbudget_kolumn", joinColumns = @JoinColumn(name = "internbudget_id"))
    @OrderColumn(name = "ordning")
    private List<InternbudgetKolumn> kolumner = new ArrayList<>();

    @OneToMany(mappedBy = "internbudget", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordning")
    private List<Budgetforandring> forandringar = new ArrayList<>();

    protected Internbudget() {
    }

    public Internbudget(Namnd namnd, int ar) {
        this.namnd = namnd;
        this.ar = ar;
    }

    public void beskriv(int planTillAr, String titel, Beloppsenhet beloppsenhet, List<String> sammanfattning,
            String kommentarEkonomi, String kommentarVolym, String kommentarPersonal, List<Kolumn> kolumner) {
        this.planTillAr = planTillAr;
        this.titel = titel;
        this.beloppsenhet = beloppsenhet;
        this.sammanfattning = new ArrayList<>(sammanfattning);
        this.kommentarEkonomi = kommentarEkonomi;
        this.kommentarVolym = kommentarVolym;
        this.kommentarPersonal = kommentarPersonal;
        this.kolumner.clear();
        kolumner.forEach(k -> this.kolumner.add(new InternbudgetKolumn(k.ar(), k.typ())));
    }

    /** Replaces the whole specification of changes. */
    public void ersattForandringar(List<Budgetforandring> nya) {
        forandringar.clear();
        forandringar.addAll(nya);
    }

    public Budgetforandring nyForandring(Verksamhet verksamhet, int ordning, String text, String fotnot) {
        return new Budgetforandring(this, verksamhet, ordning, text, fotnot);
    }

    public Long getId() {
        return id;
    }

    public Namnd getNamnd() {
        return namnd;
    }

    public int getAr() {
        return ar;
    }

    public int getPlanTillAr() {
        return planTillAr;
    }

    public String getTitel() {
        return titel;
    }

    public Beloppsenhet getBeloppsenhet() {
        return beloppsenhet;
    }

    public List<String> getSammanfattning() {
        return List.copyOf(sammanfattning);
    }

    public String getKommentarEkonomi() {
        return kommentarEkonomi;
    }

    public String getKommentarVolym() {
        return kommentarVolym;
    }

    public String getKommentarPersonal() {
        return kommentarPersonal;
    }

    public List<Kolumn> getKolumner() {
        return kolumner.stream().map(InternbudgetKolumn::kolumn).toList();
    }

    public List<Budgetforandring> getForandringar() {
        return List.copyOf(forandringar);
    }
}
