package se.malbild.onboarding;

import java.util.List;

/** An import file was refused; nothing was written. Carries every problem found. */
public class ImportException extends RuntimeException {

    private final List<ImportFel> fel;

    public ImportException(List<ImportFel> fel) {
        super("Filen importerades inte: " + fel.size() + " fel. Första: " + fel.get(0));
        this.fel = List.copyOf(fel);
    }

    public List<ImportFel> getFel() {
        return fel;
    }
}
