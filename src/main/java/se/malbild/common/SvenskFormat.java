package se.malbild.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers the Swedish way, for display only: a non-breaking space between thousands, a decimal comma and a real
 * minus sign ({@code 464 446}, {@code −4 400}, {@code 2,0 %}). Rounds half up; a value that rounds to zero is shown
 * without a sign.
 */
public final class SvenskFormat {

    public static final char MINUS = '\u2212';
    public static final char HARD_MELLANSLAG = '\u00a0';

    private SvenskFormat() {
    }

    /** Rounds to exactly {@code decimaler} decimals. */
    public static String tal(BigDecimal varde, int decimaler) {
        return tal(varde, decimaler, decimaler);
    }

    /** Rounds to at most {@code flesta} decimals and shows at least {@code minsta}. */
    public static String tal(BigDecimal varde, int minsta, int flesta) {
        BigDecimal avrundat = varde.setScale(flesta, RoundingMode.HALF_UP);
        if (avrundat.signum() == 0) {
            avrundat = avrundat.abs();
        }
        return format(minsta, flesta).format(avrundat);
    }

    /** A reported figure with the decimals it was reported with (at most four): 12, 15,86, 6,0. */
    public static String somSkrivet(BigDecimal varde) {
        return tal(varde, Math.min(4, Math.max(0, varde.scale())));
    }

    public static String procent(BigDecimal varde, int decimaler) {
        return tal(varde, decimaler) + HARD_MELLANSLAG + "%";
    }

    private static DecimalFormat format(int minsta, int flesta) {
        DecimalFormatSymbols symboler = new DecimalFormatSymbols(Locale.forLanguageTag("sv-SE"));
        symboler.setGroupingSeparator(HARD_MELLANSLAG);
        symboler.setDecimalSeparator(',');
        symboler.setMinusSign(MINUS);
        DecimalFormat format = new DecimalFormat("#,##0", symboler);
        format.setMinimumFractionDigits(minsta);
        format.setMaximumFractionDigits(flesta);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
