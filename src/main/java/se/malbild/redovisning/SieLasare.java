package se.malbild.redovisning;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a SIE 4 file (the Swedish accounting export, types 1–4) as far as actuals need it: {@code #FLAGGA #FORMAT
 * #SIETYP #RAR #KONTO #KTYP #DIM #OBJEKT #RES #PSALDO #PBUDGET}. Every other label ({@code #PROGRAM #GEN #FNAMN
 * #ORGNR #IB #UB #VER} with its {@code {…}} block of {@code #TRANS} …) is skipped, and so are fields after those a
 * label defines. Fields are separated by spaces or tabs; a field with spaces is quoted, with {@code \"} for a quote
 * and {@code \\} for a backslash inside; object lists are {@code {dim "obj" dim "obj"}}, possibly empty. Amounts use
 * a decimal point and at most two decimals; periods are {@code yyyymm}; year numbers are 0 for the current year, −1 for
 * the one before and so on, each declared by a {@code #RAR}. A {@code #PSALDO}/{@code #PBUDGET} without an object list
 * (seen in some type 2 files) counts as one with an empty list.
 *
 * <p>All problems are collected, each with its line number, up to {@value #FLEST_FEL}; then {@link #las} throws.
 */
final class SieLasare {

    static final int FLEST_FEL = 100;

    private static final Pattern HELTAL = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern BELOPP = Pattern.compile("[-+]?\\d{1,15}(\\.\\d+)?");
    private static final Pattern KONTO = Pattern.compile("\\d{1,9}");
    private static final Pattern PERIOD = Pattern.compile("\\d{6}");
    private static final Pattern DATUM = Pattern.compile("\\d{8}");

    private final List<Radfel> fel = new ArrayList<>();

    private Integer flagga;
    private String format;
    private Integer sietyp;
    private final Map<Integer, SieFil.Rakenskapsar> rakenskapsar = new TreeMap<>();
    private final Map<Integer, Integer> rarRad = new HashMap<>();
    private final Map<Integer, String> konton = new TreeMap<>();
    private final Map<Integer, String> kontotyper = new TreeMap<>();
    private final Map<Integer, String> dimensioner = new TreeMap<>();
    private final Map<Integer, Map<String, String>> objekt = new TreeMap<>();
    private final List<SieFil.Arssaldo> resultat = new ArrayList<>();
    private final List<Periodrad> periodsaldon = new ArrayList<>();
    private final List<Periodrad> periodbudgetar = new ArrayList<>();
    private final Map<String, Integer> seddaSaldon = new HashMap<>();

    private SieLasare() {
    }

    /** A #PSALDO/#PBUDGET line before its year number is checked against the #RAR lines. */
    private record Periodrad(int arsnr, Saldorad saldo) {
    }

    /** A field of a line: a text (quoted or not) or an object list. */
    private record Falt(String text, List<String> lista) {

        boolean arLista() {
            return lista != null;
        }
    }

    /** A line that cannot be read; the message says why. */
    private static final class FelPaRaden extends Exception {
        FelPaRaden(String meddelande) {
            super(meddelande, null, false, false);
        }
    }

    /** Reads the file; throws {@link RedovisningImportException} with every problem found. */
    static SieFil las(byte[] innehall, Teckenkodning val) {
        if (innehall.length == 0) {
            throw new RedovisningImportException(List.of(new Radfel(0, "Filen är tom.")));
        }
        Teckenkodning.Avkodat avkodat = val.avkoda(innehall, Teckenkodning.PC8);
        SieLasare lasare = new SieLasare();
        lasare.lasRader(avkodat.text());
        if (!lasare.fel.isEmpty()) {
            List<Radfel> fel = new ArrayList<>(lasare.fel);
            fel.sort(Comparator.comparingInt(f -> f.rad() == 0 ? Integer.MAX_VALUE : f.rad()));
            throw new RedovisningImportException(fel);
        }
        return lasare.fil(avkodat.teckenkodning());
    }

    private void lasRader(String text) {
        String[] rader = text.split("\r\n|\n|\r", -1);
        int blockStart = 0;
        int djup = 0;
        for (int i = 0; i < rader.length && !fullt(); i++) {
            int rad = i + 1;
            String innehall = rader[i].strip();
            if (innehall.isEmpty()) {
                continue;
            }
            if (innehall.equals("{")) {
                if (djup++ == 0) {
                    blockStart = rad;
                }
                continue;
            }
            if (innehall.equals("}")) {
                if (djup == 0) {
                    fel(rad, "} avslutar ett block som aldrig började med {.");
                } else {
                    djup--;
                }
                continue;
            }
            if (djup > 0) {
                continue;
            }
            if (!innehall.startsWith("#")) {
                fel(rad, "raden börjar inte med en etikett (till exempel #PSALDO): \"" + kort(innehall) + "\".");
                continue;
            }
            try {
                lasRad(rad, innehall);
            } catch (FelPaRaden e) {
                fel(rad, e.getMessage());
            }
        }
        if (djup > 0 && !fullt()) {
            fel(blockStart, "blocket som börjar med { avslutas aldrig med }.");
        }
        kontrolleraAr();
        if (fullt()) {
            fel.add(new Radfel(0, "Filen har fler än " + FLEST_FEL + " fel; bara de första visas. Rätta dem och läs in filen igen."));
        }
    }

    private void lasRad(int rad, String innehall) throws FelPaRaden {
        List<Falt> falt = delaUpp(innehall);
        String etikett = falt.get(0).text().toUpperCase(Locale.ROOT);
        List<Falt> varden = falt.subList(1, falt.size());
        switch (etikett) {
            case "#FLAGGA" -> {
                String varde = text(varden, 0, etikett, "flagga", "0 eller 1");
                if (!varde.equals("0") && !varde.equals("1")) {
                    throw new FelPaRaden("#FLAGGA ska vara 0 eller 1, inte \"" + varde + "\".");
                }
                flagga = Integer.parseInt(varde);
            }
            case "#FORMAT" -> format = text(varden, 0, etikett, "format", "PC8");
            case "#SIETYP" -> {
                int typ = heltal(text(varden, 0, etikett, "typ", "1, 2, 3 eller 4"), "SIE-typen");
                if (typ < 1 || typ > 4) {
                    throw new FelPaRaden("#SIETYP ska vara 1, 2, 3 eller 4, inte " + typ + ".");
                }
                sietyp = typ;
            }
            case "#RAR" -> lasRar(rad, varden);
            case "#KONTO" -> {
                int konto = konto(text(varden, 0, etikett, "kontonummer", "kontonr \"namn\""));
                konton.put(konto, text(varden, 1, etikett, "kontonamn", "kontonr \"namn\""));
            }
            case "#KTYP" -> {
                int konto = konto(text(varden, 0, etikett, "kontonummer", "kontonr typ"));
                String typ = text(varden, 1, etikett, "kontotyp", "kontonr typ").toUpperCase(Locale.ROOT);
                if (!List.of("T", "S", "K", "I").contains(typ)) {
                    throw new FelPaRaden("kontotypen ska vara T, S, K eller I, inte \"" + typ + "\".");
                }
                kontotyper.put(konto, typ);
            }
            case "#DIM" -> {
                int dimension = dimension(text(varden, 0, etikett, "dimensionsnummer", "dimensionsnr \"namn\""));
                dimensioner.put(dimension, text(varden, 1, etikett, "dimensionsnamn", "dimensionsnr \"namn\""));
            }
            case "#OBJEKT" -> {
                String mall = "dimensionsnr \"objektkod\" \"objektnamn\"";
                int dimension = dimension(text(varden, 0, etikett, "dimensionsnummer", mall));
                String kod = text(varden, 1, etikett, "objektkod", mall);
                objekt.computeIfAbsent(dimension, d -> new TreeMap<>()).put(kod, text(varden, 2, etikett, "objektnamn", mall));
            }
            case "#RES" -> {
                String mall = "årsnr kontonr saldo";
                int arsnr = arsnr(text(varden, 0, etikett, "årsnummer", mall));
                int konto = konto(text(varden, 1, etikett, "kontonummer", mall));
                resultat.add(new SieFil.Arssaldo(rad, arsnr, konto, belopp(text(varden, 2, etikett, "saldo", mall))));
            }
            case "#PSALDO" -> periodsaldon.add(lasPeriodrad(rad, etikett, varden));
            case "#PBUDGET" -> periodbudgetar.add(lasPeriodrad(rad, etikett, varden));
            default -> {
                // Other labels (#PROGRAM, #GEN, #FNAMN, #ORGNR, #IB, #UB, #VER, #TRANS …) are not needed for actuals.
            }
        }
    }

    private void lasRar(int rad, List<Falt> varden) throws FelPaRaden {
        String mall = "årsnr startdatum slutdatum";
        int arsnr = arsnr(text(varden, 0, "#RAR", "årsnummer", mall));
        LocalDate start = datum(text(varden, 1, "#RAR", "startdatum", mall));
        LocalDate slut = datum(text(varden, 2, "#RAR", "slutdatum", mall));
        if (slut.isBefore(start)) {
            throw new FelPaRaden("räkenskapsåret slutar (" + slut + ") före det börjar (" + start + ").");
        }
        Integer tidigare = rarRad.putIfAbsent(arsnr, rad);
        if (tidigare != null) {
            throw new FelPaRaden("årsnummer " + arsnr + " har redan ett #RAR på rad " + tidigare + ".");
        }
        rakenskapsar.put(arsnr, new SieFil.Rakenskapsar(start, slut));
    }

    private Periodrad lasPeriodrad(int rad, String etikett, List<Falt> varden) throws FelPaRaden {
        String mall = "årsnr period kontonr {objektlista} saldo";
        int arsnr = arsnr(text(varden, 0, etikett, "årsnummer", mall));
        YearMonth period = period(text(varden, 1, etikett, "period", mall));
        int konto = konto(text(varden, 2, etikett, "kontonummer", mall));
        Map<Integer, String> objektlista = Map.of();
        int saldofalt = 3;
        if (varden.size() > 3 && varden.get(3).arLista()) {
            objektlista = objektlista(varden.get(3).lista());
            saldofalt = 4;
        }
        BigDecimal saldo = belopp(text(varden, saldofalt, etikett, "saldo", mall));
        String nyckel = etikett + "|" + arsnr + "|" + period + "|" + konto + "|" + new TreeMap<>(objektlista);
        Integer tidigare = seddaSaldon.putIfAbsent(nyckel, rad);
        if (tidigare != null) {
            throw new FelPaRaden(etikett + " för konto " + konto + ", period " + period + " och samma objekt finns redan på rad "
                    + tidigare + ".");
        }
        return new Periodrad(arsnr, new Saldorad(rad, period, konto, objektlista, saldo));
    }

    /** Every year number used must have a #RAR, and each period must lie inside its year. */
    private void kontrolleraAr() {
        List<Periodrad> alla = new ArrayList<>(periodsaldon);
        alla.addAll(periodbudgetar);
        alla.sort((a, b) -> Integer.compare(a.saldo().rad(), b.saldo().rad()));
        for (Periodrad p : alla) {
            if (fullt()) {
                return;
            }
            SieFil.Rakenskapsar ar = rakenskapsar.get(p.arsnr());
            if (ar == null) {
                fel(p.saldo().rad(), "årsnummer " + p.arsnr() + " saknar #RAR (räkenskapsårets start och slut).");
            } else if (!ar.omfattar(p.saldo().period())) {
                fel(p.saldo().rad(), "perioden " + p.saldo().period() + " ligger utanför räkenskapsåret med årsnummer "
                        + p.arsnr() + " (" + ar.start() + " – " + ar.slut() + ").");
            }
        }
        for (SieFil.Arssaldo r : resultat) {
            if (!fullt() && !rakenskapsar.containsKey(r.arsnr())) {
                fel(r.rad(), "årsnummer " + r.arsnr() + " saknar #RAR (räkenskapsårets start och slut).");
            }
        }
    }

    private SieFil fil(Teckenkodning teckenkodning) {
        return new SieFil(teckenkodning, flagga, format, sietyp, rakenskapsar, konton, kontotyper, dimensioner, objekt,
                resultat, periodsaldon.stream().map(Periodrad::saldo).toList(),
                periodbudgetar.stream().map(Periodrad::saldo).toList());
    }

    /** Splits a line into fields: plain words, quoted strings and {…} object lists. */
    private static List<Falt> delaUpp(String rad) throws FelPaRaden {
        List<Falt> falt = new ArrayList<>();
        int i = 0;
        while (i < rad.length()) {
            char c = rad.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '{') {
                int slut = hittaSlutklammer(rad, i);
                falt.add(new Falt(null, listaTexter(rad.substring(i + 1, slut))));
                i = slut + 1;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i = citat(rad, i, text);
                falt.add(new Falt(text.toString(), null));
            } else {
                int start = i;
                while (i < rad.length() && rad.charAt(i) != ' ' && rad.charAt(i) != '\t' && rad.charAt(i) != '{') {
                    i++;
                }
                falt.add(new Falt(rad.substring(start, i), null));
            }
        }
        return falt;
    }

    /** Reads a quoted string starting at {@code start}; returns the index after the closing quote. */
    private static int citat(String rad, int start, StringBuilder text) throws FelPaRaden {
        int i = start + 1;
        while (i < rad.length()) {
            char c = rad.charAt(i);
            if (c == '\\' && i + 1 < rad.length() && (rad.charAt(i + 1) == '"' || rad.charAt(i + 1) == '\\')) {
                text.append(rad.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        throw new FelPaRaden("citattecknet i tecken " + (start + 1) + " avslutas aldrig.");
    }

    private static int hittaSlutklammer(String rad, int start) throws FelPaRaden {
        boolean iCitat = false;
        for (int i = start + 1; i < rad.length(); i++) {
            char c = rad.charAt(i);
            if (iCitat && c == '\\' && i + 1 < rad.length()) {
                i++;
            } else if (c == '"') {
                iCitat = !iCitat;
            } else if (!iCitat && c == '{') {
                throw new FelPaRaden("objektlistan som börjar i tecken " + (start + 1) + " innehåller ett nytt {.");
            } else if (!iCitat && c == '}') {
                return i;
            }
        }
        throw new FelPaRaden("objektlistan som börjar i tecken " + (start + 1) + " avslutas aldrig med }.");
    }

    private static List<String> listaTexter(String innehall) throws FelPaRaden {
        List<String> texter = new ArrayList<>();
        for (Falt f : delaUpp(innehall)) {
            texter.add(f.text());
        }
        return texter;
    }

    private static Map<Integer, String> objektlista(List<String> lista) throws FelPaRaden {
        if (lista.size() % 2 != 0) {
            throw new FelPaRaden("objektlistan ska bestå av par av dimensionsnummer och objektkod, men har "
                    + lista.size() + " fält.");
        }
        Map<Integer, String> objektlista = new LinkedHashMap<>();
        for (int i = 0; i < lista.size(); i += 2) {
            int dimension = dimension(lista.get(i));
            if (objektlista.put(dimension, lista.get(i + 1)) != null) {
                throw new FelPaRaden("objektlistan har dimension " + dimension + " två gånger.");
            }
        }
        return objektlista;
    }

    private static String text(List<Falt> varden, int index, String etikett, String vad, String mall) throws FelPaRaden {
        if (index >= varden.size()) {
            throw new FelPaRaden(etikett + " saknar " + vad + " (väntade: " + etikett + " " + mall + ").");
        }
        Falt falt = varden.get(index);
        if (falt.arLista()) {
            throw new FelPaRaden(etikett + " har en objektlista {…} där " + vad + " skulle stå (väntade: " + etikett + " "
                    + mall + ").");
        }
        return falt.text();
    }

    private static int heltal(String text, String vad) throws FelPaRaden {
        if (!HELTAL.matcher(text).matches()) {
            throw new FelPaRaden(vad + " \"" + kort(text) + "\" är inget heltal.");
        }
        return Integer.parseInt(text);
    }

    private static int arsnr(String text) throws FelPaRaden {
        int arsnr = heltal(text, "årsnumret");
        if (arsnr > 0) {
            throw new FelPaRaden("årsnumret ska vara 0 (innevarande år) eller negativt (−1 för föregående år), inte " + arsnr + ".");
        }
        return arsnr;
    }

    private static int konto(String text) throws FelPaRaden {
        if (!KONTO.matcher(text).matches()) {
            throw new FelPaRaden("kontonumret \"" + kort(text) + "\" ska bestå av siffror.");
        }
        return Integer.parseInt(text);
    }

    private static int dimension(String text) throws FelPaRaden {
        int dimension = heltal(text, "dimensionsnumret");
        if (dimension < 1) {
            throw new FelPaRaden("dimensionsnumret ska vara 1 eller större, inte " + dimension + ".");
        }
        return dimension;
    }

    private static YearMonth period(String text) throws FelPaRaden {
        if (PERIOD.matcher(text).matches()) {
            int manad = Integer.parseInt(text.substring(4));
            if (manad >= 1 && manad <= 12) {
                return YearMonth.of(Integer.parseInt(text.substring(0, 4)), manad);
            }
        }
        throw new FelPaRaden("perioden \"" + kort(text) + "\" ska skrivas ååååmm med månad 01–12, till exempel 202208.");
    }

    private static LocalDate datum(String text) throws FelPaRaden {
        if (DATUM.matcher(text).matches()) {
            try {
                return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                        Integer.parseInt(text.substring(6)));
            } catch (DateTimeException e) {
                // falls through to the message below
            }
        }
        throw new FelPaRaden("datumet \"" + kort(text) + "\" ska vara ett datum skrivet ååååmmdd, till exempel 20220101.");
    }

    private static BigDecimal belopp(String text) throws FelPaRaden {
        if (!BELOPP.matcher(text).matches()) {
            String tips = text.contains(",") ? " SIE använder punkt som decimaltecken, till exempel -1234.50." : "";
            throw new FelPaRaden("beloppet \"" + kort(text) + "\" är inget tal." + tips);
        }
        BigDecimal belopp = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        if (belopp.scale() > 2) {
            throw new FelPaRaden("beloppet " + text + " har fler än två decimaler.");
        }
        return belopp;
    }

    private static String kort(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private boolean fullt() {
        return fel.size() >= FLEST_FEL;
    }

    private void fel(int rad, String meddelande) {
        if (!fullt()) {
            fel.add(new Radfel(rad, meddelande));
        }
    }
}
