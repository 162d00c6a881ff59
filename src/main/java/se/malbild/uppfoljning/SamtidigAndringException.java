package se.malbild.uppfoljning;

/** Someone saved the same outcome at the very same moment; nothing of this save was written. */
public class SamtidigAndringException extends RuntimeException {

    public SamtidigAndringException() {
        super("Någon annan sparade samtidigt");
    }
}
