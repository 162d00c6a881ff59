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

/** A nämnd's own {@link Installning}; a nämnd without one uses {@link Installning#STANDARD}. */
@Entity
@Table(name = "redovisning_installning")
class Mappningsinstallning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "namnd_id")
    private Namnd namnd;

    private int dimension;

    private int intakterFran;

    private int intakterTill;

    private int kostnaderFran;

    private int kostnaderTill;

    protected Mappningsinstallning() {
    }

    Mappningsinstallning(Namnd namnd, Installning installning) {
        this.namnd = namnd;
        andra(installning);
    }

    void andra(Installning installning) {
        this.dimension = installning.dimension();
        this.intakterFran = installning.intakterFran();
        this.intakterTill = installning.intakterTill();
        this.kostnaderFran = installning.kostnaderFran();
        this.kostnaderTill = installning.kostnaderTill();
    }

    Installning installning() {
        return new Installning(dimension, intakterFran, intakterTill, kostnaderFran, kostnaderTill);
    }
}
