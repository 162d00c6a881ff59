package se.malbild.bedomning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How typed text is stored: line breaks as {@code \n}, blanks trimmed, empty as nothing; lists of points one per line
 * with an optional bullet ("- ", "• ", "● ", "* "); and the longest text each field takes, in characters.
 */
public final class Textregler {

    /** Samlad bedömning, händelser av väsentlig betydelse, förväntad utveckling. */
    public static final int RAPPORTTEXT = 20_000;
    public static final int VERKSAMHETSKOMMENTAR = 5_000;
    public static final int MOTIVERING = 2_000;
    public static final int ANALYS = 10_000;
    /** One point of "urval resultat" or of the deviations in planned activities. */
    public static final int PUNKT = 600;
    /** Points in one such list. */
    public static final int PUNKTER = 30;
    /** The comment on a status (uppdrag, aktivitet, kontrollmoment). */
    public static final int KOMMENTAR = 1_000;
    /** The text of an activity or kontrollmoment. */
    public static final int PLANPOST = 1_000;

    private static final Pattern PUNKTTECKEN = Pattern.compile("^[-•●*]\\s+");

    private Textregler() {
    }

    /** The text as stored: {@code \n} line breaks, no trailing blanks on a line, trimmed; null when nothing is left. */
    public static String text(String skrivet) {
        if (skrivet == null) {
            return null;
        }
        String[] rader = skrivet.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder text = new StringBuilder();
        for (String rad : rader) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(rad.stripTrailing());
        }
        String resultat = text.toString().strip();
        return resultat.isEmpty() ? null : resultat;
    }

    /** A one-line text (a comment, an activity): line breaks become spaces; null when blank. */
    public static String rad(String skrivet) {
        String text = text(skrivet);
        return text == null ? null : text.replaceAll("\\s*\\n\\s*", " ");
    }

    /** Points typed one per line, with or without a bullet; blank lines are skipped. */
    public static List<String> punkter(String skrivet) {
        List<String> punkter = new ArrayList<>();
        String text = text(skrivet);
        if (text == null) {
            return punkter;
        }
        for (String rad : text.split("\n")) {
            String punkt = PUNKTTECKEN.matcher(rad.strip()).replaceFirst("").strip();
            if (!punkt.isEmpty()) {
                punkter.add(punkt);
            }
        }
        return punkter;
    }

    /** Points as they are typed back into a text area: one per line. */
    public static String somRader(List<String> punkter) {
        return String.join("\n", punkter);
    }

    /** Whether a line starts with a bullet. */
    static boolean arPunkt(String rad) {
        return PUNKTTECKEN.matcher(rad.strip()).find();
    }

    /** The line without its bullet. */
    static String utanPunkttecken(String rad) {
        return PUNKTTECKEN.matcher(rad.strip()).replaceFirst("").strip();
    }
}
