package se.malbild.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DokumentPdfTest {

    static final String SIDFOT = "Fastställd av Arbetsmarknadsnämnden 2022-09-22 § 45";

    private static byte[] alla;
    private static byte[] lang;

    @BeforeAll
    static void skrivPdf() {
        alla = pdf(Exportdokument.alla(), SIDFOT);
        lang = pdf(Exportdokument.medLangTabell(150), null);
    }

    @Test
    void textHasTheFiguresAndSwedishCharactersOfThePage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(alla)) {
            String text = text(pdf, 1, pdf.getNumberOfPages());

            assertThat(text).contains("Måluppfyllelse", "Arbetsmarknadsnämnden", "Nämndindikatorer för Professionellt bemötande",
                    "Summa nettokostnader 430 424 451 865 462 147 455 230", "varav intäkter −40 370 −36 780 −31 700 −4 400",
                    "2,0 %", "Uppfylls delvis", "Svarsfrekvensen blev 7 %.", "okt 2021 235 004");
            assertThat(text).contains("\u2212");
        }
    }

    @Test
    void everyPageHasTheTitleInTheHeaderAndTheGivenLineAndPageNumberInTheFooter() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(alla)) {
            int sidor = pdf.getNumberOfPages();
            for (int sida = 1; sida <= sidor; sida++) {
                assertThat(text(pdf, sida, sida)).contains("Internbudget 2022 · Linköpings kommun · Arbetsmarknadsnämnden",
                        SIDFOT, "Sida " + sida + " av " + sidor);
            }
        }
        try (PDDocument pdf = Loader.loadPDF(lang)) {
            assertThat(text(pdf, 1, 1)).doesNotContain("Fastställd").contains("Sida 1 av " + pdf.getNumberOfPages());
        }
    }

    @Test
    void aLongTableRunsOverSeveralPagesWithItsHeaderOnEach() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(lang)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            int forsta = sidaMed(pdf, "Verksamhet 1 1 001");
            int sista = sidaMed(pdf, "Verksamhet 150 1 150 −150 Ja");

            assertThat(sista).isGreaterThan(forsta);
            for (int sida = forsta + 1; sida <= sista; sida++) {
                assertThat(text(pdf, sida, sida)).as("sidan %d", sida).contains("Verksamhet Budget 2022 Avvikelse Klar");
            }
        }
    }

    @Test
    void tableOfContentsGivesThePageOfEachSection() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(lang)) {
            String innehall = text(pdf, 1, 1);
            var rad = Pattern.compile("Verksamheter[ .]*\\.\\s*(\\d+)").matcher(innehall);

            assertThat(rad.find()).as(innehall).isTrue();
            int sida = Integer.parseInt(rad.group(1));
            assertThat(text(pdf, sida, sida)).contains("Alla verksamheter");
            assertThat(innehall).containsPattern("Måluppfyllelse[ .]*\\.\\s*\\d+");
        }
    }

    @Test
    void pdfIsTaggedSwedishTitledAndEmbedsItsFonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(alla)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Internbudget 2022 – Arbetsmarknadsnämnden");
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("Målbild");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("3");

            List<String> typsnitt = new ArrayList<>();
            for (PDPage sida : pdf.getPages()) {
                for (COSName namn : sida.getResources().getFontNames()) {
                    PDFont font = sida.getResources().getFont(namn);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    typsnitt.add(font.getName());
                }
            }
            assertThat(typsnitt).isNotEmpty().allSatisfy(namn -> assertThat(namn).contains("LiberationSans"));
        }
    }

    @Test
    void sectionsAreBookmarks() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(alla)) {
            List<String> bokmarken = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bokmarken.add(item.getTitle());
                item.children().forEach(under -> bokmarken.add("  " + under.getTitle()));
            }

            assertThat(bokmarken).containsExactly("Nämndens uppdrag", "Ekonomi", "  Investeringar", "Måluppfyllelse",
                    "  Målområde: Medborgare", "Fotnoter");
        }
    }

    static byte[] pdf(Dokument dokument, String sidfot) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        Exportdokument.pdf().skriv(dokument, sidfot, ut);
        return ut.toByteArray();
    }

    /** The text of pages {@code fran} to {@code till}, with non-breaking spaces as spaces. */
    static String text(PDDocument pdf, int fran, int till) throws IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(fran);
        text.setEndPage(till);
        return text.getText(pdf).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");
    }

    private static int sidaMed(PDDocument pdf, String text) throws IOException {
        for (int sida = 1; sida <= pdf.getNumberOfPages(); sida++) {
            if (text(pdf, sida, sida).contains(text)) {
                return sida;
            }
        }
        throw new AssertionError("ingen sida med " + text);
    }
}
