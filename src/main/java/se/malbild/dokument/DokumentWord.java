package se.malbild.dokument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Dokument} as a Word document (.docx): title, Word's own heading styles (so the navigation pane and a
 * table of contents work), paragraphs, lists, facts, statuses as symbol and words, tables with a repeating header row
 * and right-aligned numbers, charts as their data tables, footnotes as a numbered list at the end, and page numbers and
 * the given footer line on every page. The language is Swedish (sv-SE).
 */
@Component
public class DokumentWord {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** A4 in twentieths of a point, with 2 cm margins. */
    private static final int A4_BREDD = 11_906;
    private static final int A4_HOJD = 16_838;
    private static final int MARGINAL = 1_134;
    private static final String HUVUDFARG = "E7E6E6";

    private final Exporttexter texter;

    public DokumentWord(MessageSource meddelanden) {
        this.texter = new Exporttexter(meddelanden);
    }

    /** @param sidfot a line printed in the footer (for an adopted report: decision and fingerprint), or null */
    public void skriv(Dokument dokument, String sidfot, OutputStream ut) {
        try (XWPFDocument word = new XWPFDocument()) {
            new Skrivning(word, dokument).skriv(sidfot);
            word.write(ut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document being written. */
    private final class Skrivning {

        private final XWPFDocument word;
        private final Dokument dokument;

        Skrivning(XWPFDocument word, Dokument dokument) {
            this.word = word;
            this.dokument = dokument;
        }

        void skriv(String sidfot) {
            word.createStyles().setStyles(WordStilar.stilar());
            int forstaFotnot = dokument.fotnoter().isEmpty() ? 1 : dokument.fotnoter().get(0).nummer();
            word.createNumbering().setNumbering(WordStilar.numrering(forstaFotnot));
            var egenskaper = word.getProperties().getCoreProperties();
            egenskaper.setTitle(dokument.titel());
            egenskaper.setSubjectProperty(texter.t("export.kommunNamnd", dokument.kommun(), dokument.namnd()));
            egenskaper.setCreator(texter.t("export.skapare"));
            egenskaper.getUnderlyingProperties().setLanguageProperty("sv-SE");
            sidan();
            sidhuvudOchSidfot(sidfot);

            stycke(WordStilar.TITEL).createRun().setText(dokument.titel());
            stycke(WordStilar.UNDERTITEL).createRun()
                    .setText(texter.t("export.kommunNamnd", dokument.kommun(), dokument.namnd()));
            for (Avsnitt avsnitt : dokument.avsnitt()) {
                avsnitt(avsnitt, 1);
            }
            fotnoter();
        }

        private void sidan() {
            CTSectPr sektion = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                    : word.getDocument().getBody().addNewSectPr();
            CTPageSz storlek = sektion.isSetPgSz() ? sektion.getPgSz() : sektion.addNewPgSz();
            storlek.setW(BigInteger.valueOf(A4_BREDD));
            storlek.setH(BigInteger.valueOf(A4_HOJD));
            CTPageMar marginaler = sektion.isSetPgMar() ? sektion.getPgMar() : sektion.addNewPgMar();
            BigInteger marginal = BigInteger.valueOf(MARGINAL);
            marginaler.setTop(marginal);
            marginaler.setBottom(marginal);
            marginaler.setLeft(marginal);
            marginaler.setRight(marginal);
            marginaler.setHeader(BigInteger.valueOf(567));
            marginaler.setFooter(BigInteger.valueOf(567));
        }

        /** The title in the header; the footer line and "Sida 3 av 12" in the footer. */
        private void sidhuvudOchSidfot(String sidfot) {
            XWPFHeader huvud = word.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph rubrik = huvud.createParagraph();
            rubrik.setStyle(WordStilar.SIDHUVUD);
            rubrik.setAlignment(ParagraphAlignment.RIGHT);
            rubrik.createRun().setText(texter.t("export.sidhuvud", dokument.titel(), dokument.namnd()));

            XWPFFooter fot = word.createFooter(HeaderFooterType.DEFAULT);
            if (sidfot != null && !sidfot.isBlank()) {
                XWPFParagraph rad = fot.createParagraph();
                rad.setStyle(WordStilar.SIDFOT);
                rad.createRun().setText(sidfot);
            }
            XWPFParagraph sida = fot.createParagraph();
            sida.setStyle(WordStilar.SIDFOT);
            String monster = texter.t("export.sida", "\u0000", "\u0001");
            int forsta = monster.indexOf('\u0000');
            int andra = monster.indexOf('\u0001');
            sida.createRun().setText(monster.substring(0, forsta));
            falt(sida, "PAGE");
            sida.createRun().setText(monster.substring(forsta + 1, andra));
            falt(sida, "NUMPAGES");
            if (andra + 1 < monster.length()) {
                sida.createRun().setText(monster.substring(andra + 1));
            }
        }

        /** A Word field such as PAGE, as begin–instruction–separate–result–end runs. */
        private void falt(XWPFParagraph stycke, String instruktion) {
            stycke.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            var instr = stycke.createRun().getCTR().addNewInstrText();
            instr.setStringValue(" " + instruktion + " ");
            instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            stycke.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            stycke.createRun().setText("1");
            stycke.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }

        private void avsnitt(Avsnitt avsnitt, int niva) {
            XWPFParagraph rubrik = stycke(WordStilar.rubrik(niva));
            rubrik.createRun().setText(avsnitt.rubrik());
            fotnotsmarkering(rubrik, avsnitt.fotnoter(), false);
            for (Block block : avsnitt.block()) {
                block(block);
            }
            for (Avsnitt under : avsnitt.underavsnitt()) {
                avsnitt(under, niva + 1);
            }
        }

        private void block(Block block) {
            if (block instanceof Block.Stycke s) {
                textstycke(s);
            } else if (block instanceof Block.Punktlista p) {
                punktlista(p);
            } else if (block instanceof Block.Fakta f) {
                fakta(f);
            } else if (block instanceof Block.Statusrad s) {
                statusrad(s);
            } else if (block instanceof Tabell t) {
                tabell(t, t.rubrik());
            } else if (block instanceof Diagram d && d.tabell() != null) {
                tabell(d.tabell(), d.rubrik());
            }
        }

        private void textstycke(Block.Stycke s) {
            String[] delar = (s.text() == null ? "" : s.text()).split("\\n\\s*\\n");
            for (int i = 0; i < delar.length; i++) {
                XWPFParagraph p = stycke(WordStilar.NORMAL);
                if (i == 0 && s.rubrik() != null && !s.rubrik().isBlank()) {
                    XWPFRun rubrik = p.createRun();
                    rubrik.setBold(true);
                    rubrik.setText(s.rubrik());
                    rubrik.addBreak();
                }
                text(p, delar[i].strip());
            }
        }

        private void punktlista(Block.Punktlista lista) {
            if (lista.ingress() != null && !lista.ingress().isBlank()) {
                XWPFParagraph ingress = stycke(WordStilar.NORMAL);
                ingress.setKeepNext(true);
                text(ingress, lista.ingress());
            }
            for (String punkt : lista.punkter()) {
                XWPFParagraph p = stycke(WordStilar.LISTA);
                p.setNumID(BigInteger.valueOf(WordStilar.PUNKTER));
                p.setNumILvl(BigInteger.ZERO);
                text(p, punkt);
            }
        }

        private void fakta(Block.Fakta fakta) {
            for (Block.Faktum faktum : fakta.fakta()) {
                XWPFParagraph p = stycke(WordStilar.NORMAL);
                p.setSpacingAfter(40);
                XWPFRun etikett = p.createRun();
                etikett.setBold(true);
                etikett.setText(texter.t("export.etikett", faktum.etikett()) + " ");
                text(p, faktum.varde());
            }
        }

        private void statusrad(Block.Statusrad rad) {
            XWPFParagraph p = stycke(WordStilar.NORMAL);
            XWPFRun etikett = p.createRun();
            etikett.setBold(true);
            etikett.setText(texter.t("export.etikett", rad.etikett()) + " ");
            p.createRun().setText(Statusord.medSymbol(rad.status()));
            if (rad.forklaring() != null && !rad.forklaring().isBlank()) {
                text(stycke(WordStilar.NORMAL), rad.forklaring());
            }
        }

        private void tabell(Tabell tabell, String rubrik) {
            int kolumner = tabell.kolumner().size();
            if (kolumner == 0) {
                return;
            }
            XWPFParagraph bildtext = stycke(WordStilar.BILDTEXT);
            bildtext.createRun().setText(rubrik);
            boolean[] talkolumn = DokumentExcel.talkolumner(tabell);

            XWPFTable t = word.createTable(1, kolumner);
            t.setStyleID(WordStilar.TABELL);
            t.removeBorders();
            t.setWidth("100%");
            kolumnbredder(t, kolumner);
            XWPFTableRow huvud = t.getRow(0);
            huvud.setRepeatHeader(true);
            huvud.setCantSplitRow(true);
            for (int k = 0; k < kolumner; k++) {
                XWPFTableCell cell = huvud.getCell(k);
                skugga(cell);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(talkolumn[k] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                XWPFRun run = p.createRun();
                run.setBold(true);
                run.setText(tabell.kolumner().get(k));
            }
            for (Tabell.Radgrupp grupp : tabell.grupper()) {
                if (grupp.rubrik() != null) {
                    XWPFTableRow rad = t.createRow();
                    rad.setCantSplitRow(true);
                    for (int k = kolumner - 1; k > 0; k--) {
                        rad.removeCell(k);
                    }
                    XWPFTableCell cell = rad.getCell(0);
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(kolumner));
                    XWPFRun run = cell.getParagraphs().get(0).createRun();
                    run.setBold(true);
                    run.setText(grupp.rubrik());
                }
                for (Tabell.Rad rad : grupp.rader()) {
                    rad(t.createRow(), rad, talkolumn);
                }
            }
            tabellrubrik(t, rubrik);
        }

        private void rad(XWPFTableRow rad, Tabell.Rad data, boolean[] talkolumn) {
            rad.setCantSplitRow(true);
            boolean summa = data.slag() == Tabell.Radslag.SUMMA;
            XWPFParagraph namn = rad.getCell(0).getParagraphs().get(0);
            if (data.slag() == Tabell.Radslag.SPEC) {
                namn.setIndentationLeft(284);
            }
            XWPFRun run = namn.createRun();
            run.setBold(summa);
            run.setText(data.namn());
            fotnotsmarkering(namn, data.fotnoter(), summa);
            for (int k = 0; k < data.celler().size() && k + 1 < talkolumn.length; k++) {
                Tabell.Cell cell = data.celler().get(k);
                XWPFParagraph p = rad.getCell(k + 1).getParagraphs().get(0);
                p.setAlignment(talkolumn[k + 1] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                XWPFRun text = p.createRun();
                text.setBold(summa);
                text.setText(cell.status() == null ? cell.text() : Statusord.medSymbol(cell.status()));
                fotnotsmarkering(p, cell.fotnoter(), summa);
            }
        }

        /** The grid Word lays the table out on: the row names get two fifths of the width when there are numbers. */
        private void kolumnbredder(XWPFTable t, int kolumner) {
            int bredd = A4_BREDD - 2 * MARGINAL;
            int forsta = kolumner == 1 ? bredd : Math.max(bredd * 2 / 5, bredd / kolumner);
            int ovriga = kolumner == 1 ? 0 : (bredd - forsta) / (kolumner - 1);
            var rutnat = t.getCTTbl().addNewTblGrid();
            for (int k = 0; k < kolumner; k++) {
                rutnat.addNewGridCol().setW(BigInteger.valueOf(k == 0 ? forsta : ovriga));
            }
        }

        private void skugga(XWPFTableCell cell) {
            var egenskaper = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTShd skugga = egenskaper.addNewShd();
            skugga.setVal(STShd.CLEAR);
            skugga.setColor("auto");
            skugga.setFill(HUVUDFARG);
        }

        /**
         * The table's caption also as its title for screen readers (w:tblCaption, Word 2010 and later). The element
         * is newer than POI's schema, so it is added last, where it belongs in the table properties.
         */
        private void tabellrubrik(XWPFTable t, String rubrik) {
            CTTblPr egenskaper = t.getCTTbl().getTblPr();
            try (XmlCursor markor = egenskaper.newCursor()) {
                markor.toEndToken();
                markor.beginElement(new QName(W, "tblCaption", "w"));
                markor.insertAttributeWithValue(new QName(W, "val", "w"), rubrik == null ? "" : rubrik);
            }
        }

        private void fotnoter() {
            if (dokument.fotnoter().isEmpty()) {
                return;
            }
            stycke(WordStilar.rubrik(1)).createRun().setText(texter.t("export.fotnoter"));
            boolean iFoljd = true;
            for (int i = 1; i < dokument.fotnoter().size(); i++) {
                iFoljd &= dokument.fotnoter().get(i).nummer() == dokument.fotnoter().get(i - 1).nummer() + 1;
            }
            for (Dokument.Fotnot fotnot : dokument.fotnoter()) {
                XWPFParagraph p = stycke(WordStilar.LISTA);
                if (iFoljd) {
                    p.setNumID(BigInteger.valueOf(WordStilar.NUMRERAD));
                    p.setNumILvl(BigInteger.ZERO);
                    text(p, fotnot.text());
                } else {
                    text(p, texter.t("export.fotnot", String.valueOf(fotnot.nummer()), fotnot.text()));
                }
            }
        }

        /** Footnote numbers as superscript after the text: "¹˒²". */
        private void fotnotsmarkering(XWPFParagraph p, List<Integer> nummer, boolean fet) {
            if (nummer.isEmpty()) {
                return;
            }
            XWPFRun run = p.createRun();
            run.setSubscript(VerticalAlign.SUPERSCRIPT);
            run.setBold(fet);
            run.setText(String.join(",", nummer.stream().map(String::valueOf).toList()));
        }

        private XWPFParagraph stycke(String stil) {
            XWPFParagraph p = word.createParagraph();
            p.setStyle(stil);
            return p;
        }

        /** Text with its line breaks kept. */
        private void text(XWPFParagraph p, String text) {
            String[] rader = (text == null ? "" : text).split("\\r?\\n", -1);
            XWPFRun run = p.createRun();
            run.setText(rader[0]);
            for (int i = 1; i < rader.length; i++) {
                run.addBreak();
                run = p.createRun();
                run.setText(rader[i]);
            }
        }
    }
}
