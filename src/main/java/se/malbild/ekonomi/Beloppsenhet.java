package se.malbild.ekonomi;

import java.math.BigDecimal;

/** The unit a document states its amounts in. Amounts are stored in kronor and converted exactly. */
public enum Beloppsenhet {
    KR(BigDecimal.ONE, 0, 0),
    TKR(new BigDecimal("1000"), 0, 0),
    MNKR(new BigDecimal("1000000"), 1, 2);

    private final BigDecimal kronor;
    private final int minstaDecimaler;
    private final int flestaDecimaler;

    Beloppsenhet(BigDecimal kronor, int minstaDecimaler, int flestaDecimaler) {
        this.kronor = kronor;
        this.minstaDecimaler = minstaDecimaler;
        this.flestaDecimaler = flestaDecimaler;
    }

    /** An amount given in this unit, in kronor. */
    public BigDecimal tillKronor(BigDecimal belopp) {
        return belopp.multiply(kronor);
    }

    /** An amount in kronor, in this unit, unrounded. */
    public BigDecimal franKronor(BigDecimal kronor) {
        return kronor.divide(this.kronor);
    }

    public int minstaDecimaler() {
        return minstaDecimaler;
    }

    public int flestaDecimaler() {
        return flestaDecimaler;
    }
}
