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
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * One saved full-year forecast (prognos helår) of a verksamhet, or of the whole nämnd when {@code verksamhet} is null,
 * made in a month of the year. Never changed: a new forecast is a new row with the next löpnummer, and the highest
 * löpnummer is the current one.
 */
@Entity
class Prognos {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verksamhet_id")
    private Verksamhet verksamhet;

    private int ar;

    private int manad;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uppfoljningspunkt_id")
    private Uppfoljningspunkt punkt;

    private int lopnummer;

    private BigDecimal netto;

    private BigDecimal kostnader;

    private BigDecimal intakter;

    private String kommentar;

    private Instant skapad;

    private String skapadAv;

    protected Prognos() {
    }

    Prognos(Namnd namnd, Verksamhet verksamhet, Uppfoljningspunkt punkt, int manad, int lopnummer,
            EkonomiskUppfoljning.Nettobelopp belopp, String kommentar, Instant skapad, String skapadAv) {
        this.namnd = namnd;
        this.verksamhet = verksamhet;
        this.ar = punkt.getAr();
        this.manad = manad;
        this.punkt = punkt;
        this.lopnummer = lopnummer;
        this.netto = belopp.netto();
        this.kostnader = belopp.kostnader();
        this.intakter = belopp.intakter();
        this.kommentar = kommentar;
        this.skapad = skapad;
        this.skapadAv = skapadAv;
    }

    EkonomiskUppfoljning.Nettobelopp belopp() {
        return new EkonomiskUppfoljning.Nettobelopp(netto, kostnader, intakter);
    }

    /** The verksamhet's id, or null for the whole nämnd, without loading the verksamhet. */
    Long verksamhetId() {
        return verksamhet == null ? null : verksamhet.getId();
    }

    Namnd getNamnd() {
        return namnd;
    }

    Long getId() {
        return id;
    }

    Verksamhet getVerksamhet() {
        return verksamhet;
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
