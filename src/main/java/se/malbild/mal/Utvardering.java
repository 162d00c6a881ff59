package se.malbild.mal;

import java.util.List;
import java.util.Objects;

/** The result of evaluating one indicator's target, with the reason and its message arguments. */
public record Utvardering(Maluppfyllelse resultat, Skal skal, List<Object> argument) {

    public Utvardering {
        Objects.requireNonNull(resultat, "resultat");
        Objects.requireNonNull(skal, "skal");
        argument = List.copyOf(argument);
    }

    /** A result a person set, e.g. for a qualitative target; it counts in the proposal like a computed one. */
    public static Utvardering bedomdAvPerson(Maluppfyllelse resultat) {
        return new Utvardering(resultat, Skal.BEDOMD_AV_PERSON, List.of());
    }

    /** False when the indicator has no target; such indicators do not count in a nämndmål's proposal. */
    public boolean harMalvarde() {
        return skal != Skal.SAKNAR_MALVARDE;
    }
}
