package se.malbild.redovisning;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;

/**
 * A stored mapping rule: accounts {@code kontoFran..kontoTill} with {@code objekt} (any object when null) belong to
 * {@code verksamhet}, or to no verksamhet of this nämnd when it is null.
 */
@Entity
@Table(name = "redovisning_regel")
class Mappningsregel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private int kontoFran;

    private int kontoTill;

    private String objekt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verksamhet_id")
    private Verksamhet verksamhet;

    protected Mappningsregel() {
    }

    Mappningsregel(Namnd namnd, int kontoFran, int kontoTill, String objekt, Verksamhet verksamhet) {
        this.namnd = namnd;
        this.kontoFran = kontoFran;
        this.kontoTill = kontoTill;
        this.objekt = objekt;
        this.verksamhet = verksamhet;
    }

    Long getId() {
        return id;
    }

    int getKontoFran() {
        return kontoFran;
    }

    int getKontoTill() {
        return kontoTill;
    }

    String getObjekt() {
        return objekt;
    }

    Verksamhet getVerksamhet() {
        return verksamhet;
    }

    Mappning.Regel regel() {
        return new Mappning.Regel(kontoFran, kontoTill, objekt, verksamhet == null ? null : verksamhet.getKod());
    }
}
