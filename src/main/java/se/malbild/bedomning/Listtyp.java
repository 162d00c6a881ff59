package se.malbild.bedomning;

import java.util.List;

/**
 * The lists followed up with a status per period: strategiska utvecklingsuppdrag (from the plan), the verksamhetsplan's
 * activities and the internkontroll plan's kontrollmoment. Each offers its own statuses, in the order shown.
 */
public enum Listtyp {

    /** Pågår / Genomfört / Ej påbörjat. */
    UPPDRAG(List.of(Genomforande.PAGAR, Genomforande.GENOMFORD, Genomforande.EJ_PABORJAD)),
    /** Genomförd / Pågår / Flyttad till nästa års plan. */
    AKTIVITET(List.of(Genomforande.GENOMFORD, Genomforande.PAGAR, Genomforande.FLYTTAD)),
    /** The wording of seed 001's internkontroll follow-up: done as planned, done with findings, ongoing, later, not done. */
    KONTROLLMOMENT(List.of(Genomforande.GENOMFORD, Genomforande.GENOMFORD_MED_AVVIKELSE, Genomforande.PAGAR,
            Genomforande.PLANERAD, Genomforande.EJ_GENOMFORD));

    private final List<Genomforande> statusar;

    Listtyp(List<Genomforande> statusar) {
        this.statusar = statusar;
    }

    public List<Genomforande> statusar() {
        return statusar;
    }

    public boolean tillater(Genomforande status) {
        return statusar.contains(status);
    }

    /** The message key of a status's label in this list. */
    public String nyckel(Genomforande status) {
        return "bedomning.genomforande." + name() + "." + status.name();
    }
}
