package se.malbild.redovisning;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The actuals of one verksamhet in one month, in kronor: costs positive, income negative. */
public record RedovisatPerManad(long verksamhetId, String kod, int ar, int manad, BigDecimal kostnader,
        BigDecimal intakter) {

    public YearMonth period() {
        return YearMonth.of(ar, manad);
    }

    public BigDecimal netto() {
        return kostnader.add(intakter);
    }

    public Belopp belopp() {
        return new Belopp(kostnader, intakter);
    }
}
