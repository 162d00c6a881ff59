package se.malbild.redovisning.web;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Collectors;
import se.malbild.common.SvenskFormat;
import se.malbild.redovisning.Belopp;
import se.malbild.redovisning.Importresultat;

/** An import's result as the page prints it: every number already formatted the Swedish way, in kronor. */
record ResultatVy(String filnamn, String format, String teckenkodning, int rader, String manader, List<ArVy> ar,
        int andradeVarden, String kontonUtanforIntervallen, int raderForAndraNamnder, int budgetrader)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    record ArVy(int ar, List<RadVy> rader, RadVy summa) implements Serializable {
    }

    record RadVy(String namn, String kostnader, String intakter, String netto) implements Serializable {

        static RadVy av(String namn, Belopp belopp) {
            return new RadVy(namn, kronor(belopp.kostnader()), kronor(belopp.intakter()), kronor(belopp.netto()));
        }
    }

    static ResultatVy av(Importresultat r, String format, String teckenkodning) {
        List<ArVy> ar = r.perAr().stream()
                .map(a -> new ArVy(a.ar(), a.verksamheter().stream().map(v -> RadVy.av(v.namn(), v.belopp())).toList(),
                        RadVy.av(null, a.summa())))
                .toList();
        String utanfor = r.kontonUtanforIntervallen().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new ResultatVy(r.filnamn(), format, teckenkodning, r.rader(), manader(r.manader()), ar, r.andradeVarden(),
                utanfor, r.raderForAndraNamnder(), r.budgetrader());
    }

    /** "januari–augusti 2021, januari–augusti 2022": consecutive months as one span. */
    static String manader(SortedSet<YearMonth> manader) {
        List<String> spann = new ArrayList<>();
        YearMonth start = null;
        YearMonth foregaende = null;
        for (YearMonth m : manader) {
            if (start != null && (!m.equals(foregaende.plusMonths(1)) || m.getYear() != start.getYear())) {
                spann.add(spann(start, foregaende));
                start = null;
            }
            if (start == null) {
                start = m;
            }
            foregaende = m;
        }
        if (start != null) {
            spann.add(spann(start, foregaende));
        }
        return String.join(", ", spann);
    }

    private static String spann(YearMonth fran, YearMonth till) {
        String forsta = fran.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SVENSKA);
        if (fran.equals(till)) {
            return forsta + " " + fran.getYear();
        }
        return forsta + "–" + till.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SVENSKA) + " " + fran.getYear();
    }

    private static String kronor(BigDecimal belopp) {
        return SvenskFormat.tal(belopp, 2);
    }
}
