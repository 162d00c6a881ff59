package se.malbild.redovisning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One balance of one account for one month, as read from a file: the line it came from, the month, the account, its
 * objects (dimension number → object code; empty for the whole account) and the amount in kronor (debit positive).
 */
record Saldorad(int rad, YearMonth period, int konto, Map<Integer, String> objekt, BigDecimal belopp) {

    Saldorad {
        objekt = Map.copyOf(objekt);
    }
}
