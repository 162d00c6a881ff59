package se.malbild.ekonomi;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.malbild.organisation.Verksamhet;

/**
 * The budget a verksamhet is followed up against in a year: the year's (possibly revised) net budget in kronor, its
 * optional split into costs and income, and an optional monthly profile (twelve amounts adding up to the year).
 */
@Entity
class Uppfoljningsbudget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "verksamhet_id")
    private Verksamhet verksamhet;

    private int ar;

    private BigDecimal netto;

    private BigDecimal kostnader;

    private BigDecimal intakter;

    private int ordning;

    @ElementCollection
    @CollectionTable(name = "uppfoljningsbudget_manad", joinColumns = @JoinColumn(name = "uppfoljningsbudget_id"))
    @MapKeyColumn(name = "manad")
    @Column(name = "belopp")
    private Map<Integer, BigDecimal> profil = new TreeMap<>();

    @Version
    private int version;

    protected Uppfoljningsbudget() {
    }

    Uppfoljningsbudget(Verksamhet verksamhet, int ar) {
        this.verksamhet = verksamhet;
        this.ar = ar;
    }

    void satt(BigDecimal netto, BigDecimal kostnader, BigDecimal intakter, Map<Integer, BigDecimal> profil, int ordning) {
        this.netto = netto;
        this.kostnader = kostnader;
        this.intakter = intakter;
        if (!sammaProfil(this.profil, profil)) {
            this.profil.clear();
            this.profil.putAll(profil);
        }
        this.ordning = ordning;
    }

    /** Same months with the same amounts, compared by value (1000.00 = 1000). */
    private static boolean sammaProfil(Map<Integer, BigDecimal> a, Map<Integer, BigDecimal> b) {
        return a.size() == b.size() && a.entrySet().stream()
                .allMatch(m -> b.get(m.getKey()) != null && b.get(m.getKey()).compareTo(m.getValue()) == 0);
    }

    EkonomiskUppfoljning.Nettobelopp belopp() {
        return new EkonomiskUppfoljning.Nettobelopp(netto, kostnader, intakter);
    }

    /** The profile as the audit trail records it: "1: −389292.5; 2: …", or null without a profile. */
    static String profiltext(Map<Integer, BigDecimal> profil) {
        if (profil == null || profil.isEmpty()) {
            return null;
        }
        return new TreeMap<>(profil).entrySet().stream()
                .map(m -> m.getKey() + ": " + m.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; "));
    }

    Long getId() {
        return id;
    }

    Verksamhet getVerksamhet() {
        return verksamhet;
    }

    int getAr() {
        return ar;
    }

    BigDecimal getNetto() {
        return netto;
    }

    BigDecimal getKostnader() {
        return kostnader;
    }

    BigDecimal getIntakter() {
        return intakter;
    }

    int getOrdning() {
        return ordning;
    }

    Map<Integer, BigDecimal> getProfil() {
        return new TreeMap<>(profil);
    }
}
