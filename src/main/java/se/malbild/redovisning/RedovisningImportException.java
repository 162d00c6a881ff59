package se.malbild.redovisning;

import java.util.List;

/** An uploaded file was refused; nothing was written. Carries every problem found, with line numbers. */
public class RedovisningImportException extends RuntimeException {

    private final List<Radfel> fel;

    public RedovisningImportException(List<Radfel> fel) {
        super("Filen lästes inte in: " + fel.size() + " fel. Första: " + fel.get(0));
        this.fel = List.copyOf(fel);
    }

    public List<Radfel> getFel() {
        return fel;
    }
}
