package se.malbild.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class DokumentWordTest {

    @Test
    void headingsUseWordsBuiltInHeadingStylesByDepth() throws IOException {
        try (XWPFDocument word = las(Exportdokument.alla(), null)) {
            assertThat(texter(word, "Title")).containsExactly("Internbudget 2022");
            assertThat(texter(word, "Subtitle")).containsExactly("Linköpings kommun · Arbetsmarknadsnämnden");
            assertThat(texter(word, "Heading1")).containsExactly("Nämndens uppdrag", "Ekonomi1", "Måluppfyllelse", "Fotnoter");
            assertThat(texter(word, "Heading2")).containsExactly("Investeringar", "Målområde: Medborgare");
            assertThat(texter(word, "Heading3")).containsExactly("Professionellt bemötande");
            assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(word.getStyles().getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isEqualTo(2);
        }
    }

    @Test
    void documentIsSwedishA4WithItsTitleInTheProperties() throws IOException {
        try (XWPFDocument word = las(Exportdokument.alla(), null)) {
            assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo("Internbudget 2022");
            assertThat(word.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("sv-SE");
            assertThat(word.getDocument().getBody().getSectPr().getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(11_906));
        }
    }

    @Test
    void paragraphsListsFactsAndStatusesAreWords() throws IOException {
        try (XWPFDocument word = las(Exportdokument.alla(), null)) {
            List<String> stycken = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();

            assertThat(stycken).contains("Förvaltning: Arbetsmarknadsförvaltningen", "Budget 2022: 462 147 tkr",
                    "Status: ◐ Uppfylls delvis", "Tillgängligheten har ökat men når inte målvärdet.", "Uppdraget: Pågår",
                    "Kommentar\nBudgeten är i balans med en avvikelse om −4 400 tkr för intäkterna.");
            XWPFParagraph punkt = stycke(word, "minska långvarigt bistånd");
            assertThat(punkt.getNumID()).isNotNull();
            assertThat(punkt.getNumFmt()).isEqualTo("bullet");
        }
    }

    @Test
    void tablesHaveARepeatingHeaderRowRightAlignedNumbersAndBoldSums() throws IOException {
        try (XWPFDocument word = las(Exportdokument.alla(), null)) {
            List<XWPFTable> tabeller = word.getTables();
            assertThat(tabeller).hasSize(3);
            XWPFTable drift = tabeller.get(0);
            XWPFTableRow huvud = drift.getRow(0);

            assertThat(huvud.isRepeatHeader()).isTrue();
            assertThat(huvud.getCell(3).getText()).isEqualTo("Budget 2022");
            assertThat(drift.getRow(1).getCell(0).getText()).isEqualTo("Verksamheter");
            XWPFTableRow summa = rad(drift, "Summa nettokostnader");
            assertThat(summa.getCell(3).getText()).isEqualTo(tal("462 147"));
            assertThat(summa.getCell(3).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(summa.getCell(3).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(rad(drift, "varav intäkter").getCell(4).getText()).isEqualTo(tal("−4 400"));
            assertThat(rad(drift, "Flytt bostadsvårdare från AN till SON1").getCell(3).getText()).isEqualTo(tal("−2 400"));
            assertThat(drift.getCTTbl().xmlText()).contains("tblCaption").contains("w:val=\"Driftsammandrag\"");

            XWPFTable indikatorer = tabeller.get(2);
            assertThat(rad(indikatorer, "Tillgänglighet").getCell(1).getText()).isEqualTo("I.U.2");
            assertThat(rad(indikatorer, "Tillgänglighet").getCell(4).getText()).isEqualTo("◐ Uppfylls delvis");
            assertThat(rad(indikatorer, "Kvinnor").getCell(4).getText()).isEqualTo("✓ Uppfylls");
        }
    }

    @Test
    void chartsBecomeTheirDataTableUnderTheChartTitle() throws IOException {
        try (XWPFDocument word = las(Exportdokument.alla(), null)) {
            assertThat(texter(word, "Caption")).containsExactly("Driftsammandrag",
                    "Kostnad ekonomiskt bistånd, rullande 12 månader",
                    "Nämndindikatorer för Professionellt bemötande och hög tillgänglighet");
            assertThat(rad(word.getTables().get(1), "okt 2021").getCell(1).getText()).isEqualTo(tal("235 004"));
        }
    }

    @Test
    void footnotesAreANumberedListAtTheEnd() throws IOException {
        try (XWPFDocument word = las(Exportdokument.alla(), null)) {
            List<XWPFParagraph> stycken = word.getParagraphs();
            XWPFParagraph sista = stycken.get(stycken.size() - 1);
            XWPFParagraph forsta = stycken.get(stycken.size() - 2);

            assertThat(forsta.getText()).isEqualTo("Beslut i KF den 28 september 2021.");
            assertThat(sista.getText()).isEqualTo("Svarsfrekvensen blev 7 %.");
            assertThat(sista.getNumFmt()).isEqualTo("decimal");
            assertThat(sista.getNumID()).isEqualTo(forsta.getNumID());
        }
    }

    @Test
    void footerCarriesTheGivenLineAndPageNumbers() throws IOException {
        try (XWPFDocument word = las(Exportdokument.alla(), "Fastställd av nämnden 2022-09-22 § 45")) {
            String fot = word.getFooterList().get(0).getText();

            assertThat(fot).contains("Fastställd av nämnden 2022-09-22 § 45").contains("Sida");
            assertThat(word.getFooterList().get(0).getParagraphs().get(1).getCTP().xmlText()).contains("NUMPAGES");
            assertThat(word.getHeaderList().get(0).getText()).contains("Internbudget 2022");
        }
        try (XWPFDocument word = las(Exportdokument.alla(), null)) {
            assertThat(word.getFooterList().get(0).getParagraphs()).hasSize(1);
        }
    }

    static XWPFDocument las(Dokument dokument, String sidfot) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new DokumentWord(Exportdokument.meddelanden()).skriv(dokument, sidfot, ut);
        return new XWPFDocument(new ByteArrayInputStream(ut.toByteArray()));
    }

    /** A figure as printed: a non-breaking space between thousands. */
    static String tal(String text) {
        return text.replace(' ', '\u00a0');
    }

    private static List<String> texter(XWPFDocument word, String stil) {
        return word.getParagraphs().stream().filter(p -> stil.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph stycke(XWPFDocument word, String text) {
        return word.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    private static XWPFTableRow rad(XWPFTable tabell, String namn) {
        return tabell.getRows().stream().filter(r -> r.getCell(0).getText().equals(namn)).findFirst()
                .orElseThrow(() -> new AssertionError("ingen rad " + namn));
    }
}
