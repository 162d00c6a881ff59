package se.malbild.mal;

/**
 * Whether one indicator's target is met, as the "Mål uppnås" column of a delårsrapport shows it (Ja / Delvis / Nej /
 * Kan ej bedömas). Computed by {@link Malutvardering}; the rules are in {@code docs/malutvardering.md}.
 */
public enum Maluppfyllelse {

    /** Ja: the target is reached. */
    UPPFYLLS("malutvardering.uppfyllelse.uppfylls"),
    /** Delvis: not reached, but close to the target or moved the right way by less than the stated size. */
    DELVIS("malutvardering.uppfyllelse.delvis"),
    /** Nej: the target is not reached. */
    UPPFYLLS_EJ("malutvardering.uppfyllelse.uppfyllsEj"),
    /** No target, no outcome, or a target only a person can judge. */
    KAN_EJ_BEDOMAS("malutvardering.uppfyllelse.kanEjBedomas");

    private final String nyckel;

    Maluppfyllelse(String nyckel) {
        this.nyckel = nyckel;
    }

    /** The message key of the label ("Ja", "Delvis", "Nej", "Kan ej bedömas"). */
    public String nyckel() {
        return nyckel;
    }
}
