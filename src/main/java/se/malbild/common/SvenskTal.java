package se.malbild.common;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number typed the Swedish way: {@code 1 234,5}, {@code 88 %}, {@code −4 400}, {@code 4,86}. Spaces
 * (also non-breaking) group thousands, the decimal separator is a comma, the minus sign may be "−" or "-". A point
 * is refused rather than guessed at ("1.234" could mean either). The reason for a refusal is a message key.
 */
public final class SvenskTal {

    /** A text that is not a number; {@link #nyckel()} is the message key saying why. */
    public static final class OgiltigtTal extends IllegalArgumentException {

        private final String nyckel;

        OgiltigtTal(String nyckel, String text) {
            super(nyckel + ": " + text);
            this.nyckel = nyckel;
        }

        public String nyckel() {
            return nyckel;
        }
    }

    /** What was read: the number and whether it was written with a percent sign. */
    public record Lasning(BigDecimal varde, boolean procent) {
    }

    /** Digits in groups of three separated by single spaces, or digits without spaces; an optional decimal part. */
    private static final Pattern TAL = Pattern.compile("-?(\\d{1,3}( \\d{3})+|\\d+)(,\\d+)?");

    private SvenskTal() {
    }

    public static Lasning tolka(String text) {
        String rensad = text.strip()
                .replace('\u2212', '-')
                .replace('\u2013', '-')
                .replaceAll("[\\u00a0\\u202f]", " ");
        boolean procent = rensad.endsWith("%");
        if (procent) {
            rensad = rensad.substring(0, rensad.length() - 1).strip();
        }
        rensad = rensad.replaceFirst("^- +", "-");
        if (rensad.isEmpty()) {
            throw new OgiltigtTal("tal.tomt", text);
        }
        if (rensad.contains(".")) {
            throw new OgiltigtTal("tal.punkt", text);
        }
        if (!TAL.matcher(rensad).matches()) {
            throw new OgiltigtTal("tal.ogiltigt", text);
        }
        return new Lasning(new BigDecimal(rensad.replace(" ", "").replace(',', '.')), procent);
    }

    /** The number as a person would type it back: no grouping, decimal comma, the decimals it was stored with. */
    public static String somInmatning(BigDecimal varde) {
        return varde.toPlainString().replace('.', ',');
    }
}
