package se.malbild.redovisning;

import java.math.BigDecimal;
import se.malbild.organisation.VerksamhetTyp;

/**
 * The actuals of one verksamhet summed over a period, in kronor: costs positive, income negative. Zero when nothing
 * is recorded.
 */
public record RedovisatPerVerksamhet(long verksamhetId, String kod, String namn, VerksamhetTyp typ,
        BigDecimal kostnader, BigDecimal intakter) {

    public RedovisatPerVerksamhet {
        kostnader = kostnader == null ? BigDecimal.ZERO : kostnader;
        intakter = intakter == null ? BigDecimal.ZERO : intakter;
    }

    public BigDecimal netto() {
        return kostnader.add(intakter);
    }

    public Belopp belopp() {
        return new Belopp(kostnader, intakter);
    }
}
