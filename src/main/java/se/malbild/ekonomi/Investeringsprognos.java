package se.malbild.ekonomi;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * What an investment object has cost and brought in so far, and the forecast for the year, as of a month. Never
 * changed: a new forecast is a new row with the next löpnummer; the highest löpnummer is current.
 */
@Entity
class Investeringsprognos {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "investeringsobjekt_id")
    private Investeringsobjekt objekt;

    private int manad;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uppfoljningspunkt_id")
    private Uppfoljningspunkt punkt;

    private int lopnummer;

    private BigDecimal redovisatUtgifter;

    private BigDecimal redovisatInkomster;

    private BigDecimal prognosUtgifter;

    private BigDecimal prognosInkomster;

    private String kommentar;

    private Instant skapad;

    private String skapadAv;

    protected Investeringsprognos() {
    }

    Investeringsprognos(Investeringsobjekt objekt, Uppfoljningspunkt punkt, int manad, int lopnummer,
            Investeringsvarden varden, String kommentar, Instant skapad, String skapadAv) {
        this.objekt = objekt;
        this.punkt = punkt;
        this.manad = manad;
        this.lopnummer = lopnummer;
        this.redovisatUtgifter = varden.redovisatUtgifter();
        this.redovisatInkomster = varden.redovisatInkomster();
        this.prognosUtgifter = varden.prognosUtgifter();
        this.prognosInkomster = varden.prognosInkomster();
        this.kommentar = kommentar;
        this.skapad = skapad;
        this.skapadAv = skapadAv;
    }

    /** The four amounts of an investment forecast, kronor; inkomster negative as in the ledger. */
    record Investeringsvarden(BigDecimal redovisatUtgifter, BigDecimal redovisatInkomster, BigDecimal prognosUtgifter,
            BigDecimal prognosInkomster) {

        boolean sammaSom(Investeringsvarden annat) {
            return annat != null && redovisatUtgifter.compareTo(annat.redovisatUtgifter) == 0
                    && redovisatInkomster.compareTo(annat.redovisatInkomster) == 0
                    && prognosUtgifter.compareTo(annat.prognosUtgifter) == 0
                    && prognosInkomster.compareTo(annat.prognosInkomster) == 0;
        }
    }

    Investeringsvarden varden() {
        return new Investeringsvarden(redovisatUtgifter, redovisatInkomster, prognosUtgifter, prognosInkomster);
    }

    Long getId() {
        return id;
    }

    Investeringsobjekt getObjekt() {
        return objekt;
    }

    int getManad() {
        return manad;
    }

    int getLopnummer() {
        return lopnummer;
    }

    String getKommentar() {
        return kommentar;
    }

    Instant getSkapad() {
        return skapad;
    }

    String getSkapadAv() {
        return skapadAv;
    }
}
