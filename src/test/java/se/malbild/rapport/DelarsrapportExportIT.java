package se.malbild.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.Diagram;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentExcel;
import se.malbild.dokument.DokumentPdf;
import se.malbild.dokument.DokumentWord;
import se.malbild.dokument.Tabell;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;

/** The delårsrapport per 31 augusti 2022 (seed 001), with its charts, exported as PDF, Word and Excel. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelarsrapportExportIT {

    private static final MalbildAnvandare POLITIKER = new MalbildAnvandare(2, "petra", "Petra", Roll.POLITIKER, Set.of());

    @Autowired
    ApplicationContext context;

    @Autowired
    DelarsrapportService delarsrapporter;

    @Autowired
    DokumentPdf pdf;

    @Autowired
    DokumentWord word;

    @Autowired
    DokumentExcel excel;

    private Dokument rapport;
    private List<Tabell> tabeller;

    @BeforeAll
    void lasRapporten() {
        Delarsrapportfixtur.Linkoping an = Delarsrapportfixtur.linkoping(context, "9920");
        rapport = Delarsrapportfixtur.som(POLITIKER, () -> delarsrapporter.las(an.namndId(), an.punktId()));
        tabeller = new ArrayList<>();
        rapport.avsnitt().forEach(this::samla);
    }

    @Test
    void pdfHasEveryRowOfFiguresOfTheReport() throws Exception {
        ByteArrayOutputStream ut = null;
        for (int gang = 1; gang <= 2; gang++) {
            ut = new ByteArrayOutputStream();
            long start = System.nanoTime();
            pdf.skriv(rapport, "Fastställd av Arbetsmarknadsnämnden § 99", ut);
            System.out.printf("PDF av delårsrapporten, gång %d: %d ms, %d byte%n", gang,
                    (System.nanoTime() - start) / 1_000_000, ut.size());
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target", "delarsrapport-AN-2022-08.pdf"), ut.toByteArray());

        try (PDDocument dokument = Loader.loadPDF(ut.toByteArray())) {
            String text = new PDFTextStripper().getText(dokument).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");
            int rader = 0;
            for (Tabell tabell : tabeller) {
                for (Tabell.Rad rad : tabell.rader()) {
                    List<String> tal = rad.celler().stream().filter(c -> !c.text().isEmpty()).map(Tabell.Cell::text).toList();
                    boolean baraTal = !tal.isEmpty() && rad.celler().stream()
                            .allMatch(c -> c.text().isEmpty() || c.arTal() && c.fotnoter().isEmpty());
                    if (baraTal) {
                        assertThat(text).as(tabell.rubrik() + ": " + rad.namn())
                                .contains(String.join(" ", tal).replace('\u00a0', ' '));
                        rader++;
                    }
                }
            }
            assertThat(rader).isGreaterThan(20);
            assertThat(text).contains(rapport.titel(), "Fastställd av Arbetsmarknadsnämnden § 99");
        }
    }

    @Test
    void excelHasASheetPerTableAndChartWithTheFiguresAsPrinted() throws Exception {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        excel.skriv(rapport, ut);

        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(ut.toByteArray()))) {
            assertThat(bok.getNumberOfSheets()).isEqualTo(tabeller.size() + 1);
            int tal = 0;
            for (int t = 0; t < tabeller.size(); t++) {
                Sheet blad = bok.getSheetAt(t + 1);
                List<Tabell.Rad> rader = tabeller.get(t).rader();
                List<Row> excelrader = new ArrayList<>();
                for (int r = 5; r <= blad.getLastRowNum() && blad.getRow(r) != null; r++) {
                    if (blad.getRow(r).getLastCellNum() > 1) {
                        excelrader.add(blad.getRow(r));
                    }
                }
                assertThat(excelrader).as(blad.getSheetName()).hasSize(rader.size());
                for (int r = 0; r < rader.size(); r++) {
                    for (int k = 0; k < rader.get(r).celler().size(); k++) {
                        Tabell.Cell cell = rader.get(r).celler().get(k);
                        Cell iExcel = excelrader.get(r).getCell(k + 1);
                        if (iExcel.getCellType() == CellType.NUMERIC) {
                            assertThat(somPaSidan(iExcel)).as(blad.getSheetName()).isEqualTo(normalt(cell.text()));
                            tal++;
                        }
                    }
                }
            }
            assertThat(tal).isGreaterThan(100);
        }
    }

    @Test
    void wordHasEveryTableAndChartAsATable() throws Exception {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        word.skriv(rapport, null, ut);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(ut.toByteArray()))) {
            assertThat(docx.getTables()).hasSize(tabeller.size());
            assertThat(docx.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(p -> p.getText())
                    .startsWith(rapport.avsnitt().get(0).rubrik());
            assertThat(docx.getTables()).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
        }
    }

    private void samla(Avsnitt avsnitt) {
        for (Block block : avsnitt.block()) {
            if (block instanceof Tabell t) {
                tabeller.add(t);
            } else if (block instanceof Diagram d && d.tabell() != null) {
                tabeller.add(d.tabell());
            }
        }
        avsnitt.underavsnitt().forEach(this::samla);
    }

    private static String somPaSidan(Cell cell) {
        String visat = CellFormat.getInstance(Locale.US, cell.getCellStyle().getDataFormatString()).apply(cell).text;
        return normalt(visat.replace(',', ' ').replace('.', ',').replace('-', '\u2212'));
    }

    private static String normalt(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
