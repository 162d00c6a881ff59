package se.malbild.bedomning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/** A section's text in a committee's follow-up report, as typed: paragraphs and "- " bullet lines (see {@link Textformat}). */
@Entity
class Rapporttext {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uppfoljningspunkt_id")
    private Uppfoljningspunkt punkt;

    @Enumerated(EnumType.STRING)
    private Avsnitt avsnitt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verksamhet_id")
    private Verksamhet verksamhet;

    private String text;

    @Version
    private int version;

    protected Rapporttext() {
    }

    Rapporttext(Namnd namnd, Uppfoljningspunkt punkt, Avsnitt avsnitt, Verksamhet verksamhet) {
        this.namnd = namnd;
        this.punkt = punkt;
        this.avsnitt = avsnitt;
        this.verksamhet = verksamhet;
    }

    void skriv(String text) {
        this.text = text;
    }

    Long getId() {
        return id;
    }

    Namnd getNamnd() {
        return namnd;
    }

    Uppfoljningspunkt getPunkt() {
        return punkt;
    }

    Avsnitt getAvsnitt() {
        return avsnitt;
    }

    Verksamhet getVerksamhet() {
        return verksamhet;
    }

    String getText() {
        return text;
    }

    int getVersion() {
        return version;
    }
}
