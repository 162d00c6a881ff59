package se.malbild.redovisning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads mapping rules in bulk from CSV: semicolon-separated, a header row {@code konto_fran;konto_till;objekt;verksamhet},
 * then one rule per row. {@code konto_till} may be empty for a single account; {@code objekt} empty means any object
 * (in the dimension of the nämnd's settings); {@code verksamhet} is a verksamhet code of the nämnd, or {@code -} for
 * accounts/objects that do not belong to the nämnd. Lines starting with {@code #} are comments.
 */
final class MappningLasare {

    static final String RUBRIK = "konto_fran;konto_till;objekt;verksamhet";
    static final String INTE_NAMNDEN = "-";

    private static final Pattern KONTO = Pattern.compile("\\d{1,9}");

    private MappningLasare() {
    }

    static List<Mappning.Regel> las(byte[] innehall, Teckenkodning val, Set<String> verksamhetskoder) {
        if (innehall.length == 0) {
            throw new RedovisningImportException(List.of(new Radfel(0, "Filen är tom.")));
        }
        String[] rader = val.avkoda(innehall, Teckenkodning.ISO_8859_1).text().split("\r\n|\n|\r", -1);
        List<Radfel> fel = new ArrayList<>();
        List<Mappning.Regel> regler = new ArrayList<>();
        Map<String, Integer> sedda = new HashMap<>();
        boolean rubrik = false;
        for (int i = 0; i < rader.length && fel.size() < SieLasare.FLEST_FEL; i++) {
            int rad = i + 1;
            String text = rader[i].strip();
            if (text.replace(";", "").isBlank() || text.startsWith("#")) {
                continue;
            }
            if (!rubrik) {
                if (!text.toLowerCase(Locale.ROOT).replace(" ", "").equals(RUBRIK)) {
                    fel.add(new Radfel(rad, "rubrikraden ska vara " + RUBRIK + "."));
                    break;
                }
                rubrik = true;
                continue;
            }
            try {
                Mappning.Regel regel = regel(CsvLasare.delaUpp(text), verksamhetskoder);
                Integer tidigare = sedda.putIfAbsent(regel.kontoFran() + "|" + regel.kontoTill() + "|" + regel.objekt(), rad);
                if (tidigare != null) {
                    throw new IllegalArgumentException("samma konton och objekt finns redan på rad " + tidigare + ".");
                }
                regler.add(regel);
            } catch (IllegalArgumentException e) {
                fel.add(new Radfel(rad, e.getMessage()));
            }
        }
        if (!rubrik && fel.isEmpty()) {
            fel.add(new Radfel(0, "Filen har ingen rubrikrad (" + RUBRIK + ")."));
        }
        if (!fel.isEmpty()) {
            throw new RedovisningImportException(fel);
        }
        return regler;
    }

    private static Mappning.Regel regel(List<String> falt, Set<String> verksamhetskoder) {
        if (falt.size() < 4) {
            throw new IllegalArgumentException("raden ska ha fyra fält (" + RUBRIK + "), men har " + falt.size() + ".");
        }
        String fran = falt.get(0).strip();
        String till = falt.get(1).strip().isEmpty() ? fran : falt.get(1).strip();
        String objekt = falt.get(2).strip();
        String verksamhet = falt.get(3).strip();
        List<String> problem = new ArrayList<>();
        if (!KONTO.matcher(fran).matches()) {
            problem.add("konto_fran \"" + fran + "\" ska bestå av siffror");
        }
        if (!KONTO.matcher(till).matches()) {
            problem.add("konto_till \"" + till + "\" ska bestå av siffror");
        }
        if (problem.isEmpty() && Integer.parseInt(fran) > Integer.parseInt(till)) {
            problem.add("konto_fran " + fran + " är större än konto_till " + till);
        }
        if (verksamhet.isEmpty()) {
            problem.add("verksamhet saknas (ange en verksamhetskod eller - för konton som inte hör till nämnden)");
        } else if (!verksamhet.equals(INTE_NAMNDEN) && !verksamhetskoder.contains(verksamhet)) {
            problem.add("verksamheten \"" + verksamhet + "\" finns inte i nämnden (kända koder: "
                    + String.join(", ", verksamhetskoder.stream().sorted().toList()) + ")");
        }
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problem) + ".");
        }
        return new Mappning.Regel(Integer.parseInt(fran), Integer.parseInt(till), objekt.isEmpty() ? null : objekt,
                verksamhet.equals(INTE_NAMNDEN) ? null : verksamhet);
    }
}
