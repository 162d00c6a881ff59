package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import se.malbild.common.SvenskTal;

/**
 * Reads a follow-up budget file (pure, no database). The format, also described on the import page:
 *
 * <pre>
 * kod;namn;typ;budget;kostnader;intäkter;jan;feb;mar;apr;maj;jun;jul;aug;sep;okt;nov;dec
 * EKONOMISKT_BISTAND;Ekonomiskt bistånd;VERKSAMHET;308 752 070;319 752 070;−11 000 000
 * NAMNDENS_ENHETER;Nämndens enheter;KOMMUNAL_ENHET;0;;;−389 292,50;…;778 585
 * ARBETSMARKNADSSERVICE;Arbetsmarknadsservice;INVESTERING;1 650 000
 * </pre>
 *
 * <ul>
 *   <li>Semicolon-separated text, UTF-8 (with or without BOM) or, when not valid UTF-8, Windows-1252 as spreadsheets
 *   on Windows save it. Fields may be quoted ({@code "…"}, {@code ""} for a quote). Empty lines and lines starting
 *   with {@code #} are skipped.</li>
 *   <li>The first line names the columns, in any order: {@code kod}, {@code namn}, {@code typ}, {@code budget} are
 *   required; {@code kostnader}, {@code intäkter} (or {@code intakter}) and the months {@code jan … dec} optional.</li>
 *   <li>One line per verksamhet or investment object. {@code kod}: letters, digits, {@code _} and {@code -}.
 *   {@code typ}: VERKSAMHET (the default when empty), KOMMUNAL_ENHET (the nämnd's internal units), MALPROGNOS or
 *   INVESTERING (an investment object; {@code budget} is its investeringsram, kostnader/intäkter its utgifter and
 *   inkomster).</li>
 *   <li>Amounts in kronor, the Swedish way ({@code 1 234 567,50}, {@code −4 400}), at most two decimals; costs
 *   positive and income negative as in the ledger. {@code kostnader} and {@code intäkter} are given both or neither
 *   and add up to {@code budget}. The twelve months are given all or none and add up to {@code budget}: the
 *   periodised budget is then the months so far instead of twelfths.</li>
 * </ul>
 */
final class Budgetfil {

    static final int FLEST_FEL = 50;
    static final List<String> MANADER = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
            "nov", "dec");
    private static final List<String> KRAVDA = List.of("kod", "namn", "typ", "budget");
    private static final Set<String> VALFRIA;
    private static final Pattern KOD = Pattern.compile("[A-Za-z0-9_-]{1,60}");

    static {
        List<String> valfria = new ArrayList<>(List.of("kostnader", "intakter"));
        valfria.addAll(MANADER);
        VALFRIA = Set.copyOf(valfria);
    }

    /** What a line is: a budget row of one of the verksamhet types, or an investment object. */
    enum Radtyp {
        VERKSAMHET, KOMMUNAL_ENHET, MALPROGNOS, INVESTERING
    }

    /** One line read: amounts in kronor; kostnader/intäkter null when not given; profil empty when not given. */
    record Rad(int radnummer, String kod, String namn, Radtyp typ, BigDecimal budget, BigDecimal kostnader,
            BigDecimal intakter, Map<Integer, BigDecimal> profil) {
    }

    private final List<Importfel> fel = new ArrayList<>();

    private Budgetfil() {
    }

    /** @throws BudgetImportException with every problem found and its line number */
    static List<Rad> las(byte[] innehall) {
        Budgetfil fil = new Budgetfil();
        List<Rad> rader = fil.lasRader(avkoda(innehall));
        if (fil.fel.isEmpty() && rader.isEmpty()) {
            fil.fel.add(Importfel.av(0, "ekonomi.budget.fel.tom"));
        }
        if (!fil.fel.isEmpty()) {
            throw new BudgetImportException(fil.fel);
        }
        return rader;
    }

    static String avkoda(byte[] innehall) {
        int start = innehall.length >= 3 && (innehall[0] & 0xff) == 0xef && (innehall[1] & 0xff) == 0xbb
                && (innehall[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(innehall, start, innehall.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(innehall, start, innehall.length - start, Charset.forName("windows-1252"));
        }
    }

    private List<Rad> lasRader(String innehall) {
        String[] rader = innehall.split("\r\n|\n|\r", -1);
        List<Rad> resultat = new ArrayList<>();
        Map<String, Integer> kolumner = null;
        Map<String, Integer> sedda = new HashMap<>();
        for (int i = 0; i < rader.length && fel.size() < FLEST_FEL; i++) {
            int rad = i + 1;
            String text = rader[i];
            if (text.replace(";", "").isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> falt;
            try {
                falt = delaUpp(text);
            } catch (IllegalArgumentException e) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.citat"));
                continue;
            }
            if (kolumner == null) {
                kolumner = rubriker(rad, falt);
                if (kolumner == null) {
                    return resultat;
                }
                continue;
            }
            String kod = varde(falt, kolumner, "kod");
            boolean investering = varde(falt, kolumner, "typ").equalsIgnoreCase(Radtyp.INVESTERING.name());
            Integer forra = kod.isEmpty() ? null
                    : sedda.putIfAbsent((investering ? "I:" : "V:") + kod.toUpperCase(Locale.ROOT), rad);
            if (forra != null) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.dubblett", kod, forra));
                continue;
            }
            Rad last = rad(rad, falt, kolumner);
            if (last != null) {
                resultat.add(last);
            }
        }
        if (kolumner == null && fel.isEmpty()) {
            fel.add(Importfel.av(0, "ekonomi.budget.fel.tom"));
        }
        if (fel.size() >= FLEST_FEL) {
            fel.add(Importfel.av(0, "ekonomi.budget.fel.forMangaFel", FLEST_FEL));
        }
        return resultat;
    }

    /** The column index of each known column; null (with errors) when the header is not usable. */
    private Map<String, Integer> rubriker(int rad, List<String> falt) {
        Map<String, Integer> kolumner = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < falt.size(); i++) {
            String namn = normalisera(falt.get(i));
            if (namn.isEmpty()) {
                continue;
            }
            if (!KRAVDA.contains(namn) && !VALFRIA.contains(namn)) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.okandKolumn", falt.get(i).strip()));
                ok = false;
            } else if (kolumner.putIfAbsent(namn, i) != null) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.kolumnTvaGanger", falt.get(i).strip()));
                ok = false;
            }
        }
        for (String kravd : KRAVDA) {
            if (!kolumner.containsKey(kravd)) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.kolumnSaknas", kravd));
                ok = false;
            }
        }
        boolean nagonManad = MANADER.stream().anyMatch(kolumner::containsKey);
        if (nagonManad && !MANADER.stream().allMatch(kolumner::containsKey)) {
            fel.add(Importfel.av(rad, "ekonomi.budget.fel.manadskolumner"));
            ok = false;
        }
        if (kolumner.containsKey("kostnader") != kolumner.containsKey("intakter")) {
            fel.add(Importfel.av(rad, "ekonomi.budget.fel.fordelningskolumner"));
            ok = false;
        }
        return ok ? kolumner : null;
    }

    private Rad rad(int rad, List<String> falt, Map<String, Integer> kolumner) {
        int felFore = fel.size();
        String kod = varde(falt, kolumner, "kod");
        String namn = varde(falt, kolumner, "namn");
        String typText = varde(falt, kolumner, "typ");
        if (kod.isEmpty()) {
            fel.add(Importfel.av(rad, "ekonomi.budget.fel.kodSaknas"));
        } else if (!KOD.matcher(kod).matches()) {
            fel.add(Importfel.av(rad, "ekonomi.budget.fel.kod", kod));
        }
        if (namn.length() > 200) {
            fel.add(Importfel.av(rad, "ekonomi.budget.fel.namnForLangt"));
        }
        Radtyp typ = Radtyp.VERKSAMHET;
        if (!typText.isEmpty()) {
            try {
                typ = Radtyp.valueOf(typText.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.typ", typText));
            }
        }
        BigDecimal budget = belopp(rad, "budget", varde(falt, kolumner, "budget"), true);
        BigDecimal kostnader = kolumner.containsKey("kostnader")
                ? belopp(rad, "kostnader", varde(falt, kolumner, "kostnader"), false) : null;
        BigDecimal intakter = kolumner.containsKey("intakter")
                ? belopp(rad, "intäkter", varde(falt, kolumner, "intakter"), false) : null;
        if ((kostnader == null) != (intakter == null) && fel.size() == felFore) {
            fel.add(Importfel.av(rad, "ekonomi.budget.fel.fordelningHalv"));
        } else if (kostnader != null && budget != null && kostnader.add(intakter).compareTo(budget) != 0) {
            fel.add(Importfel.av(rad, "ekonomi.budget.fel.fordelningSumma", somInmatning(kostnader.add(intakter)),
                    somInmatning(budget)));
        }
        Map<Integer, BigDecimal> profil = new TreeMap<>();
        if (kolumner.containsKey("jan")) {
            for (int m = 1; m <= 12; m++) {
                String manad = MANADER.get(m - 1);
                BigDecimal belopp = belopp(rad, manad, varde(falt, kolumner, manad), false);
                if (belopp != null) {
                    profil.put(m, belopp);
                }
            }
            int angivna = (int) MANADER.stream().filter(m -> !varde(falt, kolumner, m).isEmpty()).count();
            if (angivna > 0 && angivna < 12) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.profilHalv", angivna));
            } else if (profil.size() == 12 && budget != null) {
                BigDecimal summa = profil.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (summa.compareTo(budget) != 0) {
                    fel.add(Importfel.av(rad, "ekonomi.budget.fel.profilSumma", somInmatning(summa),
                            somInmatning(budget)));
                }
            }
            if (typ == Radtyp.INVESTERING && angivna > 0) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.profilInvestering"));
            }
        }
        if (fel.size() > felFore) {
            return null;
        }
        return new Rad(rad, kod, namn, typ, budget, kostnader, intakter, profil);
    }

    private BigDecimal belopp(int rad, String kolumn, String text, boolean kravs) {
        if (text.isEmpty()) {
            if (kravs) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.beloppSaknas", kolumn));
            }
            return null;
        }
        try {
            SvenskTal.Lasning lasning = SvenskTal.tolka(text);
            if (lasning.procent() || Math.max(0, lasning.varde().stripTrailingZeros().scale()) > 2) {
                fel.add(Importfel.av(rad, "ekonomi.budget.fel.belopp", kolumn, text));
                return null;
            }
            return lasning.varde();
        } catch (SvenskTal.OgiltigtTal e) {
            fel.add(Importfel.av(rad, "ekonomi.budget.fel.belopp", kolumn, text));
            return null;
        }
    }

    private static String varde(List<String> falt, Map<String, Integer> kolumner, String kolumn) {
        Integer index = kolumner.get(kolumn);
        return index == null || index >= falt.size() ? "" : falt.get(index).strip();
    }

    /** An amount as a person would type it back: no grouping, a decimal comma, no trailing zeros ("−389292,5"). */
    static String somInmatning(BigDecimal belopp) {
        return belopp.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** "Intäkter" → "intakter": lower case without diacritics, as column names are compared. */
    static String normalisera(String rubrik) {
        return Normalizer.normalize(rubrik.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** Splits a line on semicolons outside quotes; a quoted field may contain semicolons and doubled quotes. */
    static List<String> delaUpp(String rad) {
        List<String> falt = new ArrayList<>();
        StringBuilder aktuellt = new StringBuilder();
        boolean iCitat = false;
        boolean varCiterat = false;
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
            } else if (c == '"' && aktuellt.toString().isBlank() && !varCiterat) {
                iCitat = true;
                varCiterat = true;
                aktuellt.setLength(0);
            } else if (c == ';') {
                falt.add(aktuellt.toString());
                aktuellt.setLength(0);
                varCiterat = false;
            } else {
                aktuellt.append(c);
            }
        }
        if (iCitat) {
            throw new IllegalArgumentException("Citattecknet avslutas inte");
        }
        falt.add(aktuellt.toString());
        return falt;
    }
}
