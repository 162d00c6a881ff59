package se.malbild.redovisning;

/**
 * A nämnd's mapping settings: the object dimension its rules refer to, and which accounts hold income and which hold
 * costs. Accounts outside both ranges (balance accounts, for instance) are not actuals and are not read.
 */
public record Installning(int dimension, int intakterFran, int intakterTill, int kostnaderFran, int kostnaderTill) {

    /** Dimension 1 and Kommun-Bas: class 3 income, classes 4–8 costs. */
    public static final Installning STANDARD = new Installning(1, 3000, 3999, 4000, 8999);

    boolean arIntakt(int konto) {
        return konto >= intakterFran && konto <= intakterTill;
    }

    boolean arKostnad(int konto) {
        return konto >= kostnaderFran && konto <= kostnaderTill;
    }

    /** Both ranges run from low to high and do not overlap. */
    public boolean arGiltig() {
        return dimension >= 1 && intakterFran >= 0 && kostnaderFran >= 0 && intakterFran <= intakterTill
                && kostnaderFran <= kostnaderTill && (intakterTill < kostnaderFran || kostnaderTill < intakterFran);
    }
}
