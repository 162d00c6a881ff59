package se.malbild.sakerhet;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import se.malbild.organisation.Namnd;

/** A person who logs in to Målbild, with one role; a registrator is bound to the committees it registers for. */
@Entity
class Anvandare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String anvandarnamn;

    private String namn;

    private String losenordHash;

    @Enumerated(EnumType.STRING)
    private Roll roll;

    private boolean aktiv = true;

    private boolean masteBytaLosenord;

    @ManyToMany
    @JoinTable(name = "anvandare_namnd", joinColumns = @JoinColumn(name = "anvandare_id"),
            inverseJoinColumns = @JoinColumn(name = "namnd_id"))
    private Set<Namnd> namnder = new HashSet<>();

    protected Anvandare() {
    }

    Anvandare(String anvandarnamn, String namn, String losenordHash, Roll roll) {
        this.anvandarnamn = anvandarnamn;
        this.namn = namn;
        this.losenordHash = losenordHash;
        this.roll = roll;
    }

    void bindTill(Collection<Namnd> namnder) {
        this.namnder = new HashSet<>(namnder);
    }

    /** The user must choose a new password before doing anything else. */
    void kravLosenordsbyte() {
        this.masteBytaLosenord = true;
    }

    void bytLosenord(String nyttLosenordHash) {
        this.losenordHash = nyttLosenordHash;
        this.masteBytaLosenord = false;
    }

    Long getId() {
        return id;
    }

    String getAnvandarnamn() {
        return anvandarnamn;
    }

    String getNamn() {
        return namn;
    }

    String getLosenordHash() {
        return losenordHash;
    }

    Roll getRoll() {
        return roll;
    }

    boolean isAktiv() {
        return aktiv;
    }

    boolean isMasteBytaLosenord() {
        return masteBytaLosenord;
    }

    Set<Namnd> getNamnder() {
        return Set.copyOf(namnder);
    }
}
