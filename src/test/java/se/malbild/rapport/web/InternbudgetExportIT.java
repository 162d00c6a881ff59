package se.malbild.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.malbild.dokument.DokumentExcel;
import se.malbild.onboarding.PlanImportService;
import se.malbild.testsupport.Demofiler;

/** The demo Linköping internbudget 2022 downloaded as PDF, Word and Excel has the page's figures (seed 004). */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternbudgetExportIT {

    static final String LINKOPING = "/kommuner/0580/namnder/AN/internbudget/2022";
    static final String SUMMA = "Summa nettokostnader 430 424 451 865 462 147 455 230 455 230 455 230 455 230 455 230";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @MockitoSpyBean
    DokumentExcel excel;

    private Document sida;

    @BeforeAll
    void lasInDemodata() throws Exception {
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");
        sida = Jsoup.parse(mvc.perform(get(LINKOPING).with(user("lasare").roles("POLITIKER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void pdfIsAnAttachmentWithThePagesFigures() throws Exception {
        MvcResult svar = null;
        for (int gang = 1; gang <= 2; gang++) {
            long start = System.nanoTime();
            svar = ladda(".pdf", "application/pdf", "internbudget-AN-2022.pdf");
            System.out.printf("PDF av Linköpings internbudget 2022, gång %d: %d ms, %d byte%n", gang,
                    (System.nanoTime() - start) / 1_000_000, svar.getResponse().getContentAsByteArray().length);
        }
        Files.write(Path.of("target", "internbudget-AN-2022.pdf"), svar.getResponse().getContentAsByteArray());

        try (PDDocument pdf = Loader.loadPDF(svar.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");

            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            assertThat(text).contains(SUMMA, rad(tabell("Driftsammandrag"), "varav intäkter"),
                    "3 327 3 800 3 300 3 200 3 100 3 000 2 900 2 800", "Målområde: Medarbetare",
                    "Sida 2 av " + pdf.getNumberOfPages());
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void excelHasEveryTableOfThePageWithTheSameNumbersAsNumericCells() throws Exception {
        MvcResult svar = ladda(".xlsx", ExportController.XLSX.toString(), "internbudget-AN-2022.xlsx");
        List<Element> tabeller = sida.select(".dokument table");

        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(svar.getResponse().getContentAsByteArray()))) {
            assertThat(bok.getNumberOfSheets()).isEqualTo(tabeller.size() + 1);
            int tal = 0;
            for (int t = 0; t < tabeller.size(); t++) {
                Element tabell = tabeller.get(t);
                Sheet blad = bok.getSheetAt(t + 1);
                if (tabell.closest(".diagramblock") == null) {
                    assertThat(blad.getRow(2).getCell(0).getStringCellValue()).isEqualTo(tabell.selectFirst("caption").text());
                }
                List<Row> rader = dataraderIExcel(blad);
                List<Element> sidrader = tabell.select("tbody tr:not(.grupp)");
                assertThat(rader).as(blad.getSheetName()).hasSize(sidrader.size());
                for (int r = 0; r < rader.size(); r++) {
                    List<Element> celler = sidrader.get(r).select("td");
                    for (int k = 0; k < celler.size(); k++) {
                        Cell cell = rader.get(r).getCell(k + 1);
                        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                            assertThat(somPaSidan(cell)).as("%s rad %d kolumn %d", blad.getSheetName(), r, k)
                                    .isEqualTo(utanFotnoter(celler.get(k)));
                            tal++;
                        }
                    }
                }
            }
            assertThat(tal).isGreaterThan(100);
            Row summa = rader(bok.getSheet("Driftsammandrag, nettokostnad"), "Summa nettokostnader");
            assertThat(summa.getCell(3).getNumericCellValue()).isEqualTo(462_147d);
        }
    }

    @Test
    void wordHasEveryTableOfThePageWithTheSameText() throws Exception {
        MvcResult svar = ladda(".docx", ExportController.DOCX.toString(), "internbudget-AN-2022.docx");
        List<Element> tabeller = sida.select(".dokument table");

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(svar.getResponse().getContentAsByteArray()))) {
            assertThat(word.getTables()).hasSize(tabeller.size());
            for (int t = 0; t < tabeller.size(); t++) {
                List<XWPFTableRow> rader = word.getTables().get(t).getRows().stream()
                        .filter(r -> r.getTableCells().size() > 1).skip(1).toList();
                List<Element> sidrader = tabeller.get(t).select("tbody tr:not(.grupp)");
                assertThat(rader).hasSize(sidrader.size());
                for (int r = 0; r < rader.size(); r++) {
                    List<Element> celler = sidrader.get(r).select("td");
                    for (int k = 0; k < celler.size(); k++) {
                        String sidan = normalt(celler.get(k).text());
                        String iWord = normalt(rader.get(r).getCell(k + 1).getText());
                        assertThat(iWord).as("tabell %d rad %d kolumn %d", t, r, k).matches(
                                text -> text.equals(sidan) || text.endsWith(" " + sidan) && text.length() == sidan.length() + 2);
                    }
                }
            }
            XWPFTable drift = word.getTables().get(0);
            assertThat(drift.getRow(0).isRepeatHeader()).isTrue();
            assertThat(word.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading1"));
        }
    }

    @Test
    void theFileIsWrittenAfterTheTransactionHasEnded() throws Exception {
        AtomicBoolean iTransaktion = new AtomicBoolean(true);
        doAnswer(anrop -> {
            iTransaktion.set(TransactionSynchronizationManager.isActualTransactionActive());
            return anrop.callRealMethod();
        }).when(excel).skriv(any(), any());

        ladda(".xlsx", ExportController.XLSX.toString(), "internbudget-AN-2022.xlsx");

        assertThat(iTransaktion).isFalse();
    }

    @Test
    void onlyLoggedInUsersGetTheFilesAndAnUnknownCommitteeIsNotFound() throws Exception {
        mvc.perform(get(LINKOPING + ".pdf")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/kommuner/0580/namnder/FINNS-INTE/internbudget/2022.xlsx").with(user("lasare").roles("POLITIKER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kommuner/0580/namnder/AN/internbudget/1999.docx").with(user("lasare").roles("POLITIKER")))
                .andExpect(status().isNotFound());
        assertThat(ExportController.filnamn("KS/HR \"AF\"", 2023, "pdf")).isEqualTo("internbudget-KS_HR__AF_-2023.pdf");
    }

    private MvcResult ladda(String filandelse, String typ, String filnamn) throws Exception {
        return mvc.perform(get(LINKOPING + filandelse).with(user("lasare").roles("POLITIKER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", typ))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + filnamn + "\""))
                .andReturn();
    }

    private Element tabell(String rubrikenBorjar) {
        return sida.select(".dokument table").stream()
                .filter(t -> t.selectFirst("caption").text().startsWith(rubrikenBorjar)).findFirst().orElseThrow();
    }

    /** A row of the page as it reads: its name and figures separated by spaces. */
    private static String rad(Element tabell, String namn) {
        Element rad = tabell.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th > span:last-of-type") != null
                        && r.selectFirst("th > span:last-of-type").text().equals(namn))
                .findFirst().orElseThrow(() -> new AssertionError("ingen rad " + namn));
        List<String> delar = new ArrayList<>(List.of(namn));
        rad.select("td").forEach(td -> delar.add(td.text()));
        return normalt(String.join(" ", delar)).strip();
    }

    /** The rows of a sheet with figures: after the header row, with more than a name, before the footnotes. */
    private static List<Row> dataraderIExcel(Sheet blad) {
        List<Row> rader = new ArrayList<>();
        for (int r = 5; r <= blad.getLastRowNum(); r++) {
            Row rad = blad.getRow(r);
            if (rad == null) {
                break;
            }
            if (rad.getLastCellNum() > 1) {
                rader.add(rad);
            }
        }
        return rader;
    }

    private static Row rader(Sheet blad, String namn) {
        for (Row rad : blad) {
            if (rad.getCell(0) != null && rad.getCell(0).getCellType() == CellType.STRING
                    && rad.getCell(0).getStringCellValue().equals(namn)) {
                return rad;
            }
        }
        throw new AssertionError("ingen rad " + namn);
    }

    /** What Excel shows, written the Swedish way as the page writes it. */
    private static String somPaSidan(Cell cell) {
        String visat = CellFormat.getInstance(Locale.US, cell.getCellStyle().getDataFormatString()).apply(cell).text;
        return normalt(visat.replace(',', ' ').replace('.', ',').replace('-', '\u2212'));
    }

    /** A cell's text without its footnote numbers, which Excel lists under the table instead. */
    private static String utanFotnoter(Element cell) {
        Element kopia = cell.clone();
        kopia.select("sup").remove();
        return normalt(kopia.text());
    }

    private static String normalt(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
