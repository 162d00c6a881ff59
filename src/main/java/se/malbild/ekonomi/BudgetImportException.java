package se.malbild.ekonomi;

import java.util.List;

/** A follow-up budget file was refused; nothing was changed. Every problem found, each with its line. */
public class BudgetImportException extends RuntimeException {

    private final List<Importfel> fel;

    public BudgetImportException(List<Importfel> fel) {
        super("Budgetfilen har " + fel.size() + " fel");
        this.fel = List.copyOf(fel);
    }

    public List<Importfel> getFel() {
        return fel;
    }
}
