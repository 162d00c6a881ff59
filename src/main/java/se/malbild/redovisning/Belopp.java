package se.malbild.redovisning;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An actual amount in kronor split the finance system's way: costs (normally positive, debit) and income (normally
 * negative, credit). The net is their sum.
 */
public record Belopp(BigDecimal kostnader, BigDecimal intakter) {

    public static final Belopp NOLL = new Belopp(BigDecimal.ZERO, BigDecimal.ZERO);

    public Belopp {
        Objects.requireNonNull(kostnader);
        Objects.requireNonNull(intakter);
    }

    public static Belopp kostnad(BigDecimal belopp) {
        return new Belopp(belopp, BigDecimal.ZERO);
    }

    public static Belopp intakt(BigDecimal belopp) {
        return new Belopp(BigDecimal.ZERO, belopp);
    }

    public BigDecimal netto() {
        return kostnader.add(intakter);
    }

    public Belopp plus(Belopp annat) {
        return new Belopp(kostnader.add(annat.kostnader), intakter.add(annat.intakter));
    }
}
