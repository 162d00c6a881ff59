package se.malbild.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A municipality, identified by its four-digit SCB code (also Kolada's municipality id). */
@Entity
public class Kommun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String scbKod;

    private String namn;

    protected Kommun() {
    }

    public Kommun(String scbKod, String namn) {
        this.scbKod = scbKod;
        this.namn = namn;
    }

    public Long getId() {
        return id;
    }

    public String getScbKod() {
        return scbKod;
    }

    public String getNamn() {
        return namn;
    }

    public void setNamn(String namn) {
        this.namn = namn;
    }
}
