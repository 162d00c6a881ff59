package se.malbild.redovisning;

/** A mapping rule or setting was refused; nothing was changed. */
public class MappningException extends RuntimeException {

    public enum Orsak {
        /** The income and cost ranges run backwards or overlap, or the dimension is below 1. */
        OGILTIG_INSTALLNING,
        /** The first account is greater than the last. */
        KONTON_I_FEL_ORDNING,
        /** A rule for the same accounts and object exists already. */
        REGELN_FINNS_REDAN,
        /** The verksamhet is not one of the nämnd's. */
        OKAND_VERKSAMHET
    }

    private final Orsak orsak;

    MappningException(Orsak orsak) {
        super("Mappningen ändrades inte: " + orsak);
        this.orsak = orsak;
    }

    public Orsak getOrsak() {
        return orsak;
    }
}
