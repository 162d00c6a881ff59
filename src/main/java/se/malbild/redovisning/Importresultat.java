package se.malbild.redovisning;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;

/**
 * What an import of actuals did: the file read, how many balance rows it held, the months it replaced, the new
 * actuals per year and verksamhet (summed over the imported months), and what was left out.
 *
 * @param rader balance rows in the file ({@code #PSALDO} lines or CSV data rows)
 * @param andradeVarden verksamhet-months whose actuals changed (new, changed or removed)
 * @param kontonUtanforIntervallen accounts that are neither income nor costs by the settings, so not read
 * @param raderForAndraNamnder balances that a rule says do not belong to this nämnd
 * @param budgetrader {@code #PBUDGET} lines, which are not actuals and are not read
 */
public record Importresultat(String namnd, String filnamn, Filformat format, Teckenkodning teckenkodning, int rader,
        SortedSet<YearMonth> manader, List<Arssumma> perAr, int andradeVarden,
        SortedSet<Integer> kontonUtanforIntervallen, int raderForAndraNamnder, int budgetrader) {

    /** The imported actuals of one year. */
    public record Arssumma(int ar, List<Verksamhetssumma> verksamheter, Belopp summa) {
    }

    /** The imported actuals of one verksamhet in one year. */
    public record Verksamhetssumma(String kod, String namn, Belopp belopp) {
    }
}
