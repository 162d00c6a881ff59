package se.malbild.dokument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import se.malbild.common.SvenskFormat;
import org.springframework.stereotype.Component;

/**
 * Writes every table of a {@link Dokument} to an Excel workbook (.xlsx), one sheet per table and per chart's data
 * table, after a first sheet listing them. Numbers are numeric cells with the table's number format, so Excel shows the
 * page's figures and can compute with them; text that Excel could take for a formula is marked as text.
 */
@Component
public class DokumentExcel {

    /** Excel's limit on a sheet name. */
    static final int BLADNAMN_MAX = 31;
    /** Excel's limit on the text of a cell. */
    private static final int CELLTEXT_MAX = 32_767;
    /** Rows kept in memory while streaming; the rest go to a temporary file. */
    private static final int RADER_I_MINNET = 200;
    private static final int BREDD_MAX = 60;

    private final Exporttexter meddelanden;

    public DokumentExcel(MessageSource meddelanden) {
        this.meddelanden = new Exporttexter(meddelanden);
    }

    public void skriv(Dokument dokument, OutputStream ut) {
        SXSSFWorkbook bok = new SXSSFWorkbook(RADER_I_MINNET);
        try {
            bok.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(dokument.titel());
            bok.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(meddelanden.t("export.skapare"));
            new Skrivning(bok, dokument).skriv();
            bok.write(ut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            bok.dispose();
            try {
                bok.close();
            } catch (IOException e) {
                // the workbook was only written to the caller's stream; nothing left to release
            }
        }
    }

    /** A table to write and where it stands in the document. */
    record Plats(Tabell tabell, String rubrik, String avsnitt, String blad) {
    }

    /** The tables of the document in order, with unique safe sheet names; the first name is the contents sheet's. */
    static List<Plats> tabeller(Dokument dokument, String innehallsblad) {
        List<Plats> platser = new ArrayList<>();
        Set<String> upptagna = new HashSet<>();
        upptagna.add(innehallsblad.toLowerCase(Locale.ROOT));
        samla(dokument.avsnitt(), platser, upptagna);
        return platser;
    }

    private static void samla(List<Avsnitt> avsnitt, List<Plats> platser, Set<String> upptagna) {
        for (Avsnitt a : avsnitt) {
            for (Block block : a.block()) {
                if (block instanceof Tabell t) {
                    platser.add(plats(t, t.rubrik(), a.rubrik(), upptagna));
                } else if (block instanceof Diagram d && d.tabell() != null) {
                    platser.add(plats(d.tabell(), d.rubrik(), a.rubrik(), upptagna));
                }
            }
            samla(a.underavsnitt(), platser, upptagna);
        }
    }

    private static Plats plats(Tabell tabell, String rubrik, String avsnitt, Set<String> upptagna) {
        String namn = rubrik == null || rubrik.isBlank() ? tabell.id() : rubrik;
        return new Plats(tabell, rubrik, avsnitt, bladnamn(namn, upptagna));
    }

    /**
     * A sheet name Excel accepts: no {@code \ / ? * [ ] :}, no apostrophe first or last, at most 31 characters, and
     * not the same (ignoring case) as one already taken, which gets " (2)", " (3)" … at the end.
     */
    static String bladnamn(String onskat, Set<String> upptagna) {
        String namn = kortat(onskat == null ? "" : onskat.replaceAll("[\\\\/?*\\[\\]:]", " ").replaceAll("\\s+", " ").strip())
                .replaceAll("^'+|'+$", "").strip();
        if (namn.isEmpty()) {
            namn = "Tabell";
        }
        String kandidat = namn;
        for (int n = 2; upptagna.contains(kandidat.toLowerCase(Locale.ROOT)); n++) {
            String tillagg = " (" + n + ")";
            kandidat = namn.substring(0, Math.min(namn.length(), BLADNAMN_MAX - tillagg.length())).strip() + tillagg;
        }
        upptagna.add(kandidat.toLowerCase(Locale.ROOT));
        return kandidat;
    }

    /**
     * At most 31 characters; a word cut in the middle is dropped when that costs at most six characters, and so is
     * punctuation left at the end ("Driftsammandrag, nettokostnad tkr" becomes "Driftsammandrag, nettokostnad").
     */
    private static String kortat(String namn) {
        if (namn.length() <= BLADNAMN_MAX) {
            return namn;
        }
        String kort = namn.substring(0, BLADNAMN_MAX);
        int mellanslag = kort.lastIndexOf(' ');
        if (namn.charAt(BLADNAMN_MAX) != ' ' && mellanslag >= BLADNAMN_MAX - 6) {
            kort = kort.substring(0, mellanslag);
        }
        return kort.strip().replaceAll("[,;.\\-–]+$", "").strip();
    }

    /**
     * Whether Excel or a program reading the file could take the text for a formula: it starts with {@code = + - @},
     * a tab or a carriage return.
     */
    static boolean kanTolkasSomFormel(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** One workbook being written: its styles and sheets. */
    private final class Skrivning {

        private final SXSSFWorkbook bok;
        private final Dokument dokument;
        private final Map<String, CellStyle> stilar = new HashMap<>();
        private final Font fet;
        private final Font titelfont;
        private final Font lank;

        Skrivning(SXSSFWorkbook bok, Dokument dokument) {
            this.bok = bok;
            this.dokument = dokument;
            fet = bok.createFont();
            fet.setBold(true);
            titelfont = bok.createFont();
            titelfont.setBold(true);
            titelfont.setFontHeightInPoints((short) 14);
            lank = bok.createFont();
            lank.setUnderline(Font.U_SINGLE);
            lank.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        }

        void skriv() {
            String innehallsnamn = meddelanden.t("export.excel.innehall");
            List<Plats> platser = tabeller(dokument, innehallsnamn);
            innehall(innehallsnamn, platser);
            for (Plats plats : platser) {
                tabellblad(plats);
            }
        }

        private void innehall(String namn, List<Plats> platser) {
            SXSSFSheet blad = bok.createSheet(namn);
            int r = rubrikrader(blad, meddelanden.t("export.excel.innehallRubrik"));
            Row huvud = blad.createRow(r++);
            textcell(huvud, 0, meddelanden.t("export.excel.blad"), stil("huvud", false));
            textcell(huvud, 1, meddelanden.t("export.excel.tabell"), stil("huvud", false));
            textcell(huvud, 2, meddelanden.t("export.excel.avsnitt"), stil("huvud", false));
            if (platser.isEmpty()) {
                textcell(blad.createRow(r), 0, meddelanden.t("export.excel.ingaTabeller"), stil("text", false));
            }
            int[] bredder = {10, 20, 12};
            for (Plats plats : platser) {
                Row rad = blad.createRow(r++);
                Cell cell = textcell(rad, 0, plats.blad(), stil("lank", false));
                Hyperlink lank = bok.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                lank.setAddress("'" + plats.blad().replace("'", "''") + "'!A1");
                cell.setHyperlink(lank);
                textcell(rad, 1, plats.rubrik(), stil("text", false));
                textcell(rad, 2, plats.avsnitt(), stil("text", false));
                bredder[0] = Math.max(bredder[0], plats.blad().length());
                bredder[1] = Math.max(bredder[1], langd(plats.rubrik()));
                bredder[2] = Math.max(bredder[2], langd(plats.avsnitt()));
            }
            for (int k = 0; k < bredder.length; k++) {
                blad.setColumnWidth(k, bredd(bredder[k]));
            }
        }

        /** Title, kommun · nämnd and the sheet's caption; returns the next free row. */
        private int rubrikrader(Sheet blad, String rubrik) {
            textcell(blad.createRow(0), 0, dokument.titel(), stil("titel", false));
            textcell(blad.createRow(1), 0, meddelanden.t("export.kommunNamnd", dokument.kommun(), dokument.namnd()),
                    stil("text", false));
            textcell(blad.createRow(2), 0, rubrik, stil("rubrik", false));
            return 4;
        }

        private void tabellblad(Plats plats) {
            Tabell tabell = plats.tabell();
            SXSSFSheet blad = bok.createSheet(plats.blad());
            int kolumner = Math.max(1, tabell.kolumner().size());
            blad.getPrintSetup().setLandscape(kolumner > 5);
            blad.setFitToPage(true);
            blad.getPrintSetup().setFitWidth((short) 1);
            blad.getPrintSetup().setFitHeight((short) 0);
            sattBredder(blad, tabell);

            int r = rubrikrader(blad, plats.rubrik());
            int huvudrad = r;
            Row huvud = blad.createRow(r++);
            boolean[] tal = talkolumner(tabell);
            for (int k = 0; k < tabell.kolumner().size(); k++) {
                textcell(huvud, k, tabell.kolumner().get(k), stil(tal[k] ? "huvudTal" : "huvud", false));
            }
            blad.createFreezePane(1, huvudrad + 1);
            blad.setRepeatingRows(new CellRangeAddress(huvudrad, huvudrad, -1, -1));

            for (Tabell.Radgrupp grupp : tabell.grupper()) {
                if (grupp.rubrik() != null) {
                    textcell(blad.createRow(r++), 0, grupp.rubrik(), stil("text", true));
                }
                for (Tabell.Rad rad : grupp.rader()) {
                    skrivRad(blad.createRow(r++), rad, tal);
                }
            }
            fotnoter(blad, r + 1, tabell);
        }

        private void skrivRad(Row rad, Tabell.Rad data, boolean[] talkolumn) {
            boolean summa = data.slag() == Tabell.Radslag.SUMMA;
            String namn = data.kontext() == null || data.kontext().isBlank() ? data.namn()
                    : meddelanden.t("export.excel.underrad", data.kontext(), data.namn());
            textcell(rad, 0, namn + noter(data.fotnoter()),
                    stil(data.slag() == Tabell.Radslag.SPEC ? "indrag" : "text", summa));
            for (int k = 0; k < data.celler().size(); k++) {
                Tabell.Cell data1 = data.celler().get(k);
                String format = excelformat(data1);
                if (format != null) {
                    Cell cell = rad.createCell(k + 1);
                    cell.setCellValue(data1.tal().doubleValue());
                    cell.setCellStyle(talstil(format, summa));
                } else {
                    boolean hoger = k + 1 < talkolumn.length && talkolumn[k + 1];
                    textcell(rad, k + 1, celltext(data1) + noter(data1.fotnoter()), stil(hoger ? "textTal" : "text", summa));
                }
            }
        }

        /** The footnotes the table refers to, under it. */
        private int fotnoter(Sheet blad, int r, Tabell tabell) {
            Set<Integer> nummer = new TreeSet<>();
            for (Tabell.Rad rad : tabell.rader()) {
                nummer.addAll(rad.fotnoter());
                rad.celler().forEach(c -> nummer.addAll(c.fotnoter()));
            }
            if (nummer.isEmpty()) {
                return r;
            }
            textcell(blad.createRow(r++), 0, meddelanden.t("export.excel.fotnoter"), stil("text", true));
            for (Dokument.Fotnot fotnot : dokument.fotnoter()) {
                if (nummer.contains(fotnot.nummer())) {
                    textcell(blad.createRow(r++), 0,
                            meddelanden.t("export.fotnot", String.valueOf(fotnot.nummer()), fotnot.text()),
                            stil("text", false));
                }
            }
            return r;
        }

        private void sattBredder(Sheet blad, Tabell tabell) {
            int[] bredder = new int[Math.max(1, tabell.kolumner().size())];
            for (int k = 0; k < tabell.kolumner().size(); k++) {
                bredder[k] = k == 0 ? langd(tabell.kolumner().get(k)) : Math.min(langd(tabell.kolumner().get(k)), 16);
            }
            for (Tabell.Rad rad : tabell.rader()) {
                String namn = rad.kontext() == null ? rad.namn() : rad.kontext() + " – " + rad.namn();
                bredder[0] = Math.max(bredder[0], langd(namn) + 2);
                for (int k = 0; k < rad.celler().size() && k + 1 < bredder.length; k++) {
                    bredder[k + 1] = Math.max(bredder[k + 1], langd(rad.celler().get(k).text()) + 1);
                }
            }
            for (int k = 0; k < bredder.length; k++) {
                blad.setColumnWidth(k, bredd(Math.max(bredder[k], 8)));
            }
        }

        private Cell textcell(Row rad, int kolumn, String text, CellStyle stil) {
            Cell cell = rad.createCell(kolumn);
            String varde = text == null ? "" : text;
            if (varde.length() > CELLTEXT_MAX) {
                varde = varde.substring(0, CELLTEXT_MAX - 1) + "…";
            }
            cell.setCellValue(varde);
            cell.setCellStyle(kanTolkasSomFormel(varde) ? textstil(stil) : stil);
            return cell;
        }

        /** The same style with Excel's quote prefix: the cell is shown and edited as text, never as a formula. */
        private CellStyle textstil(CellStyle stil) {
            return stilar.computeIfAbsent("text:" + stil.getIndex(), n -> {
                CellStyle s = bok.createCellStyle();
                s.cloneStyleFrom(stil);
                s.setQuotePrefixed(true);
                return s;
            });
        }

        private CellStyle talstil(String format, boolean fet) {
            return stilar.computeIfAbsent("tal:" + format + fet, n -> {
                CellStyle s = bok.createCellStyle();
                s.setDataFormat(bok.createDataFormat().getFormat(format));
                s.setAlignment(HorizontalAlignment.RIGHT);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                if (fet) {
                    s.setFont(this.fet);
                }
                return s;
            });
        }

        private CellStyle stil(String namn, boolean fetstil) {
            return stilar.computeIfAbsent(namn + fetstil, n -> {
                CellStyle s = bok.createCellStyle();
                s.setVerticalAlignment(VerticalAlignment.TOP);
                switch (namn) {
                    case "titel" -> s.setFont(titelfont);
                    case "rubrik" -> s.setFont(fet);
                    case "huvud", "huvudTal" -> {
                        s.setFont(fet);
                        s.setWrapText(true);
                        s.setBorderBottom(BorderStyle.THIN);
                        s.setVerticalAlignment(VerticalAlignment.BOTTOM);
                        s.setAlignment(namn.equals("huvudTal") ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
                    }
                    case "indrag" -> s.setIndention((short) 1);
                    case "textTal" -> s.setAlignment(HorizontalAlignment.RIGHT);
                    case "lank" -> s.setFont(lank);
                    default -> {
                    }
                }
                if (fetstil) {
                    s.setFont(fet);
                }
                return s;
            });
        }

        private String celltext(Tabell.Cell cell) {
            return cell.status() == null ? cell.text() : Statusord.medSymbol(cell.status());
        }

        private String noter(List<Integer> nummer) {
            return nummer.isEmpty() ? "" : meddelanden.t("export.fotnotmarkering",
                    String.join(", ", nummer.stream().map(String::valueOf).toList()));
        }
    }

    /**
     * The number format that makes Excel show the cell's number as the page prints it, or null when the printed text
     * is more than the number ("78 (hela UAF febr)") and the cell must stay text. Usually the table's {@link
     * Talformat#excelformat()}; a figure printed as it was reported ("6,0", "15,86", "1 510") gets a format with
     * exactly its decimals, since Excel's General would show 6,0 as 6 and 1 510 without a space. A small negative
     * value printed as 0 gets no minus sign in the negative section, so Excel shows 0 and not -0 while the cell keeps
     * the exact value.
     */
    static String excelformat(Tabell.Cell cell) {
        String format = talformat(cell);
        if (format != null && cell.tal().signum() < 0 && cell.text().indexOf(SvenskFormat.MINUS) < 0
                && cell.text().indexOf('-') < 0) {
            String positiv = format.substring(0, format.indexOf(';'));
            return positiv + ";" + positiv;
        }
        return format;
    }

    /** The format that prints the cell's number as its text, or null when no number format does. */
    private static String talformat(Tabell.Cell cell) {
        if (!cell.arTal()) {
            return null;
        }
        String text = cell.text().replace('\u00a0', ' ');
        if (cell.format() != Talformat.TEXT && cell.format() != Talformat.SOM_SKRIVET
                && text.equals(cell.format().text(cell.tal()).replace('\u00a0', ' '))) {
            return cell.format().excelformat();
        }
        for (int decimaler = 0; decimaler <= 4; decimaler++) {
            String tal = decimaler == 0 ? "#,##0" : "#,##0." + "0".repeat(decimaler);
            if (text.equals(SvenskFormat.tal(cell.tal(), decimaler).replace('\u00a0', ' '))) {
                return tal + ";-" + tal;
            }
            if (text.equals(SvenskFormat.procent(cell.tal(), decimaler).replace('\u00a0', ' '))) {
                return tal + "\" %\";-" + tal + "\" %\"";
            }
        }
        return null;
    }

    /** Which columns hold numbers: their headings and text cells are right-aligned like the numbers. */
    static boolean[] talkolumner(Tabell tabell) {
        boolean[] tal = new boolean[Math.max(1, tabell.kolumner().size())];
        for (Tabell.Rad rad : tabell.rader()) {
            for (int k = 0; k < rad.celler().size() && k + 1 < tal.length; k++) {
                tal[k + 1] |= rad.celler().get(k).arTal();
            }
        }
        return tal;
    }

    private static int langd(String text) {
        return text == null ? 0 : text.length();
    }

    private static int bredd(int tecken) {
        return (Math.min(tecken, BREDD_MAX) + 2) * 256;
    }
}
