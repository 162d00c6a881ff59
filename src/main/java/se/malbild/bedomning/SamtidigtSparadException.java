package se.malbild.bedomning;

/** Someone saved the same assessment, text or status at the very same moment; nothing of this save was written. */
public class SamtidigtSparadException extends RuntimeException {

    public SamtidigtSparadException(Throwable orsak) {
        super("Någon annan sparade samtidigt", orsak);
    }
}
