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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malbild.mal.Malstatus;
import se.malbild.mal.Namndmal;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * The assessment of a nämndmål at a follow-up point: the status proposed from the indicators when it was saved, the
 * final status a person set, the motivation for a difference, analysis, "urval resultat" and deviations in planned
 * activities.
 */
@Entity
class Bedomning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namndmal_id")
    private Namndmal namndmal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uppfoljningspunkt_id")
    private Uppfoljningspunkt punkt;

    @Enumerated(EnumType.STRING)
    private Malstatus forslag;

    @Enumerated(EnumType.STRING)
    private Malstatus status;

    private String motivering;

    private String analys;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> urvalResultat = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> avvikelser = new ArrayList<>();

    @Version
    private int version;

    protected Bedomning() {
    }

    Bedomning(Namndmal namndmal, Uppfoljningspunkt punkt) {
        this.namndmal = namndmal;
        this.punkt = punkt;
    }

    void bedom(Malstatus forslag, Malstatus status, String motivering, String analys, List<String> urvalResultat,
            List<String> avvikelser) {
        this.forslag = forslag;
        this.status = status;
        this.motivering = motivering;
        this.analys = analys;
        this.urvalResultat = new ArrayList<>(urvalResultat);
        this.avvikelser = new ArrayList<>(avvikelser);
    }

    Long getId() {
        return id;
    }

    Namndmal getNamndmal() {
        return namndmal;
    }

    Uppfoljningspunkt getPunkt() {
        return punkt;
    }

    Malstatus getForslag() {
        return forslag;
    }

    Malstatus getStatus() {
        return status;
    }

    String getMotivering() {
        return motivering;
    }

    String getAnalys() {
        return analys;
    }

    List<String> getUrvalResultat() {
        return List.copyOf(urvalResultat);
    }

    List<String> getAvvikelser() {
        return List.copyOf(avvikelser);
    }

    int getVersion() {
        return version;
    }
}
