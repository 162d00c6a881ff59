package se.malbild.dokument;

/**
 * A status shown as icon, words and colour together, never by colour alone.
 *
 * @param ikon which icon and colour: {@link Ikon#INGEN} for a status that has only words ("Pågår")
 * @param text the words ("Uppfylls delvis", "Ja")
 */
public record Status(Ikon ikon, String text) {

    /** Icon and colour of a status. */
    public enum Ikon {
        /** Green circle with a tick. */
        UPPFYLLS,
        /** Yellow circle, half filled. */
        DELVIS,
        /** Red circle with a cross. */
        EJ,
        /** Grey circle with a dash. */
        KAN_EJ_BEDOMAS,
        /** Words only. */
        INGEN
    }
}
