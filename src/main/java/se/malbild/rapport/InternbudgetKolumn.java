package se.malbild.rapport;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import se.malbild.ekonomi.Kolumn;
import se.malbild.ekonomi.Kolumntyp;

@Embeddable
class InternbudgetKolumn {

    private int ar;

    @Enumerated(EnumType.STRING)
    private Kolumntyp typ;

    protected InternbudgetKolumn() {
    }

    InternbudgetKolumn(int ar, Kolumntyp typ) {
        this.ar = ar;
        this.typ = typ;
    }

    Kolumn kolumn() {
        return new Kolumn(ar, typ);
    }
}
