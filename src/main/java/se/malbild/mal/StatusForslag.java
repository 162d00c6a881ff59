package se.malbild.mal;

import java.util.List;
import java.util.Objects;

/**
 * The status {@link Malutvardering#foreslaStatus} proposes for a nämndmål, why, and how its indicators came out.
 *
 * @param utanMalvarde indicators without a target; they are not counted in the others
 */
public record StatusForslag(Malstatus status, Skal skal, int uppfylls, int delvis, int uppfyllsEj, int kanEjBedomas,
        int utanMalvarde) {

    public StatusForslag {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(skal, "skal");
    }

    /** Indicators met, partly met or not met. */
    public int bedombara() {
        return uppfylls + delvis + uppfyllsEj;
    }

    /** Indicators with a target, assessable or not. */
    public int medMalvarde() {
        return bedombara() + kanEjBedomas;
    }

    /**
     * The message arguments, the same for every proposal key: {0} uppfylls, {1} delvis, {2} uppfylls ej, {3} kan ej
     * bedömas, {4} utan målvärde, {5} bedömbara, {6} med målvärde.
     */
    public List<Object> argument() {
        return List.of(uppfylls, delvis, uppfyllsEj, kanEjBedomas, utanMalvarde, bedombara(), medMalvarde());
    }
}
