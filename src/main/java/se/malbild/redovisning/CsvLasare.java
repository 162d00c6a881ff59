package se.malbild.redovisning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads actuals in the CSV form, for finance systems without SIE export: semicolon-separated, a header row naming the
 * columns {@code ar;manad;konto;objekt;belopp} (in any order; "år" and "månad" also do; other columns are ignored),
 * then one row per account, month and object. {@code objekt} is an object code in the dimension the nämnd's mapping
 * uses, or empty. {@code belopp} is kronor written the Swedish way ("1 234,56", "−4 400", "-4400,5"), debit positive
 * and credit (income) negative as in the ledger. Rows for the same account, month and object are added together.
 * Fields may be quoted ({@code "…"}, with {@code ""} for a quote), as spreadsheets write them.
 */
final class CsvLasare {

    static final List<String> KOLUMNER = List.of("ar", "manad", "konto", "objekt", "belopp");

    private static final Pattern AR = Pattern.compile("\\d{4}");
    private static final Pattern MANAD = Pattern.compile("\\d{1,2}");
    private static final Pattern KONTO = Pattern.compile("\\d{1,9}");
    private static final Pattern BELOPP = Pattern.compile("[-\u2212+]?(\\d{1,3}([ \u00a0\u202f]\\d{3})+|\\d+)(,\\d{1,2})?");

    private final List<Radfel> fel = new ArrayList<>();

    private CsvLasare() {
    }

    /** Reads the file; objects go into {@code dimension}. Throws {@link RedovisningImportException} with every problem. */
    static Inlast las(byte[] innehall, Teckenkodning val, int dimension) {
        if (innehall.length == 0) {
            throw new RedovisningImportException(List.of(new Radfel(0, "Filen är tom.")));
        }
        Teckenkodning.Avkodat avkodat = val.avkoda(innehall, Teckenkodning.ISO_8859_1);
        CsvLasare lasare = new CsvLasare();
        List<Saldorad> rader = lasare.lasRader(avkodat.text(), dimension);
        if (!lasare.fel.isEmpty()) {
            throw new RedovisningImportException(lasare.fel);
        }
        return new Inlast(avkodat.teckenkodning(), rader);
    }

    /** The rows of a CSV file and the encoding it was read with. */
    record Inlast(Teckenkodning teckenkodning, List<Saldorad> rader) {
    }

    private List<Saldorad> lasRader(String text, int dimension) {
        String[] rader = text.split("\r\n|\n|\r", -1);
        List<Saldorad> saldon = new ArrayList<>();
        Map<String, Integer> kolumn = null;
        for (int i = 0; i < rader.length && fel.size() < SieLasare.FLEST_FEL; i++) {
            int rad = i + 1;
            if (rader[i].replace(";", "").isBlank()) {
                continue;
            }
            try {
                List<String> falt = delaUpp(rader[i]);
                if (kolumn == null) {
                    kolumn = rubriker(falt);
                    continue;
                }
                saldon.add(saldorad(rad, falt, kolumn, dimension));
            } catch (IllegalArgumentException e) {
                fel.add(new Radfel(rad, e.getMessage()));
                if (kolumn == null) {
                    return saldon;
                }
            }
        }
        if (fel.size() >= SieLasare.FLEST_FEL) {
            fel.add(new Radfel(0, "Filen har fler än " + SieLasare.FLEST_FEL
                    + " fel; bara de första visas. Rätta dem och läs in filen igen."));
        }
        return saldon;
    }

    private static Map<String, Integer> rubriker(List<String> falt) {
        Map<String, Integer> kolumn = new HashMap<>();
        for (int i = 0; i < falt.size(); i++) {
            String namn = falt.get(i).strip().toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
            kolumn.putIfAbsent(namn, i);
        }
        List<String> saknas = KOLUMNER.stream().filter(k -> !kolumn.containsKey(k)).toList();
        if (!saknas.isEmpty()) {
            throw new IllegalArgumentException("rubrikraden saknar " + (saknas.size() == 1 ? "kolumnen " : "kolumnerna ")
                    + String.join(", ", saknas) + " (den ska vara " + String.join(";", KOLUMNER) + ").");
        }
        return kolumn;
    }

    private static Saldorad saldorad(int rad, List<String> falt, Map<String, Integer> kolumn, int dimension) {
        List<String> problem = new ArrayList<>();
        String ar = falt(falt, kolumn, "ar");
        String manad = falt(falt, kolumn, "manad");
        String konto = falt(falt, kolumn, "konto");
        String objekt = falt(falt, kolumn, "objekt");
        String belopp = falt(falt, kolumn, "belopp");
        if (!AR.matcher(ar).matches()) {
            problem.add("året \"" + ar + "\" ska vara fyra siffror, till exempel 2022");
        }
        boolean manadOk = MANAD.matcher(manad).matches() && Integer.parseInt(manad) >= 1 && Integer.parseInt(manad) <= 12;
        if (!manadOk) {
            problem.add("månaden \"" + manad + "\" ska vara ett tal 1–12");
        }
        if (!KONTO.matcher(konto).matches()) {
            problem.add("kontot \"" + konto + "\" ska bestå av siffror");
        }
        BigDecimal tal = null;
        if (belopp.isEmpty()) {
            problem.add("beloppet saknas");
        } else if (!BELOPP.matcher(belopp).matches()) {
            problem.add("beloppet \"" + belopp + "\" är inget tal"
                    + (belopp.contains(".") ? " – använd decimalkomma, till exempel -4 400,50" : " – skriv till exempel 1 234,56 eller −4 400"));
        } else {
            tal = new BigDecimal(belopp.replaceAll("[ \u00a0\u202f+]", "").replace('\u2212', '-').replace(',', '.'));
        }
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problem) + ".");
        }
        return new Saldorad(rad, YearMonth.of(Integer.parseInt(ar), Integer.parseInt(manad)), Integer.parseInt(konto),
                objekt.isEmpty() ? Map.of() : Map.of(dimension, objekt), tal);
    }

    private static String falt(List<String> falt, Map<String, Integer> kolumn, String namn) {
        int index = kolumn.get(namn);
        return index < falt.size() ? falt.get(index).strip() : "";
    }

    /** Splits a line at semicolons outside quotes. */
    static List<String> delaUpp(String rad) {
        List<String> falt = new ArrayList<>();
        StringBuilder aktuellt = new StringBuilder();
        boolean iCitat = false;
        for (int i = 0; i < rad.length(); i++) {
            char c = rad.charAt(i);
            if (iCitat) {
                if (c == '"' && i + 1 < rad.length() && rad.charAt(i + 1) == '"') {
                    aktuellt.append('"');
                    i++;
                } else if (c == '"') {
                    iCitat = false;
                } else {
                    aktuellt.append(c);
                }
            } else if (c == '"') {
                iCitat = true;
            } else if (c == ';') {
                falt.add(aktuellt.toString());
                aktuellt.setLength(0);
            } else {
                aktuellt.append(c);
            }
        }
        if (iCitat) {
            throw new IllegalArgumentException("ett citattecken (\") avslutas aldrig på raden.");
        }
        falt.add(aktuellt.toString());
        return falt;
    }
}
