package se.malbild.mal;

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
import se.malbild.organisation.Namnd;

/** A committee goal: a title and a short description, linked to one kommunövergripande mål. */
@Entity
public class Namndmal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kommunovergripande_mal_id")
    private KommunovergripandeMal kommunovergripandeMal;

    private String kod;

    private String titel;

    private String beskrivning;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> fotnoter = new ArrayList<>();

    private int ordning;

    private int franAr;

    private Integer tillAr;

    protected Namndmal() {
    }

    public Namndmal(Namnd namnd, String kod) {
        this.namnd = namnd;
        this.kod = kod;
    }

    public void beskriv(KommunovergripandeMal kommunovergripandeMal, String titel, String beskrivning,
            List<String> fotnoter, int ordning) {
        this.kommunovergripandeMal = kommunovergripandeMal;
        this.titel = titel;
        this.beskrivning = beskrivning;
        this.fotnoter = new ArrayList<>(fotnoter);
        this.ordning = ordning;
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

    public Namnd getNamnd() {
        return namnd;
    }

    public KommunovergripandeMal getKommunovergripandeMal() {
        return kommunovergripandeMal;
    }

    public String getKod() {
        return kod;
    }

    public String getTitel() {
        return titel;
    }

    public String getBeskrivning() {
        return beskrivning;
    }

    public List<String> getFotnoter() {
        return List.copyOf(fotnoter);
    }

    public int getOrdning() {
        return ordning;
    }
}
