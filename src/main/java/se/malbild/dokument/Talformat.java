package se.malbild.dokument;

import java.math.BigDecimal;
import se.malbild.common.SvenskFormat;

/**
 * How a number is printed, the Swedish way, and its Excel number format. Percentages are stored as shown (2.0 means
 * "2,0 %"), so that the cell in Excel holds the same number as the page.
 */
public enum Talformat {
    TEXT(0, false, "@"),
    /** A reported figure with the decimals it was reported with (at most four): 12, 15,86, 6,0. */
    SOM_SKRIVET(-1, false, "General"),
    HELTAL(0, false, "#,##0;-#,##0"),
    DECIMAL1(1, false, "#,##0.0;-#,##0.0"),
    DECIMAL2(2, false, "#,##0.00;-#,##0.00"),
    PROCENT0(0, true, "#,##0\" %\";-#,##0\" %\""),
    PROCENT1(1, true, "#,##0.0\" %\";-#,##0.0\" %\""),
    PROCENT2(2, true, "#,##0.00\" %\";-#,##0.00\" %\"");

    private final int decimaler;
    private final boolean procent;
    private final String excelformat;

    Talformat(int decimaler, boolean procent, String excelformat) {
        this.decimaler = decimaler;
        this.procent = procent;
        this.excelformat = excelformat;
    }

    /** The number as printed: "464 446", "−4 400", "2,0 %". */
    public String text(BigDecimal tal) {
        if (this == TEXT || this == SOM_SKRIVET) {
            return SvenskFormat.somSkrivet(tal);
        }
        return procent ? SvenskFormat.procent(tal, decimaler) : SvenskFormat.tal(tal, decimaler);
    }

    /** The Excel number format code (Excel shows it with the reader's own separators). */
    public String excelformat() {
        return excelformat;
    }

    public int decimaler() {
        return decimaler;
    }
}
