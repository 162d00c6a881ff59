package se.malbild.mal;

/**
 * The assessment of a nämndmål for a follow-up period: proposed by {@link Malutvardering#foreslaStatus} from its
 * indicators, set finally by the person responsible.
 */
public enum Malstatus {

    UPPFYLLS("malutvardering.status.uppfylls"),
    UPPFYLLS_DELVIS("malutvardering.status.uppfyllsDelvis"),
    UPPFYLLS_EJ("malutvardering.status.uppfyllsEj"),
    KAN_EJ_BEDOMAS("malutvardering.status.kanEjBedomas");

    private final String nyckel;

    Malstatus(String nyckel) {
        this.nyckel = nyckel;
    }

    /** The message key of the label ("Uppfylls", "Uppfylls delvis", "Uppfylls ej", "Kan ej bedömas"). */
    public String nyckel() {
        return nyckel;
    }
}
