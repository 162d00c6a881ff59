package se.malbild.bedomning;

import java.util.List;

/** A new activity or kontrollmoment that cannot be added: why, as a message key with arguments. */
public class PlanpostException extends RuntimeException {

    private final String nyckel;
    private final List<Object> argument;

    PlanpostException(String nyckel, Object... argument) {
        super(nyckel);
        this.nyckel = nyckel;
        this.argument = List.of(argument);
    }

    public String nyckel() {
        return nyckel;
    }

    public List<Object> argument() {
        return argument;
    }
}
