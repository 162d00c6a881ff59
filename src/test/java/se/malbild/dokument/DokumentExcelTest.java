package se.malbild.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DokumentExcelTest {

    @Test
    void everyTableAndChartGetsItsOwnSheetAfterTheContents() throws IOException {
        try (XSSFWorkbook bok = las(Exportdokument.alla())) {
            List<String> blad = new ArrayList<>();
            bok.forEach(b -> blad.add(b.getSheetName()));

            assertThat(blad).containsExactly("Innehåll", "Driftsammandrag", "Kostnad ekonomiskt bistånd",
                    "Nämndindikatorer för Profession");
            Sheet innehall = bok.getSheet("Innehåll");
            assertThat(text(innehall, 0, 0)).isEqualTo("Internbudget 2022");
            assertThat(text(innehall, 1, 0)).isEqualTo("Linköpings kommun · Arbetsmarknadsnämnden");
            Row forsta = rad(innehall, "Driftsammandrag");
            assertThat(forsta.getCell(0).getHyperlink().getAddress()).isEqualTo("'Driftsammandrag'!A1");
            assertThat(forsta.getCell(2).getStringCellValue()).isEqualTo("Ekonomi");
            assertThat(bok.getProperties().getCoreProperties().getTitle()).isEqualTo("Internbudget 2022");
        }
    }

    @Test
    void numbersAreNumericCellsShowingThePagesFigures() throws IOException {
        try (XSSFWorkbook bok = las(Exportdokument.alla())) {
            Sheet blad = bok.getSheet("Driftsammandrag");
            Row summa = rad(blad, "Summa nettokostnader");
            Cell budget = summa.getCell(3);

            assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(budget.getNumericCellValue()).isEqualTo(462_147d);
            assertThat(budget.getCellStyle().getDataFormatString()).isEqualTo(Talformat.HELTAL.excelformat());
            assertThat(visat(budget)).isEqualTo("462,147");
            assertThat(bok.getFontAt(budget.getCellStyle().getFontIndex()).getBold()).isTrue();

            Cell intakter = rad(blad, "Summa nettokostnader – varav intäkter").getCell(4);
            assertThat(intakter.getNumericCellValue()).isEqualTo(-4_400d);
            assertThat(visat(intakter)).isEqualTo("-4,400");

            Sheet indikatorer = bok.getSheet("Nämndindikatorer för Profession");
            Row tillganglighet = rad(indikatorer, "Tillgänglighet");
            assertThat(tillganglighet.getCell(1).getStringCellValue()).isEqualTo("I.U. [2]");
            assertThat(tillganglighet.getCell(2).getNumericCellValue()).isEqualTo(15.86);
            assertThat(visat(tillganglighet.getCell(2))).isEqualTo("15.86");
            assertThat(tillganglighet.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(visat(tillganglighet.getCell(3))).isEqualTo("2.0 %");
            assertThat(tillganglighet.getCell(4).getStringCellValue()).isEqualTo("◐ Uppfylls delvis");
        }
    }

    @Test
    void aFigureAsReportedKeepsItsDecimalsAndThousandsLikeThePage() {
        Tabell.Cell sex = new Tabell.Cell("6,0", new java.math.BigDecimal("6.0"), Talformat.SOM_SKRIVET, List.of(), null);
        Tabell.Cell hushall = new Tabell.Cell("1 510", new java.math.BigDecimal("1510"), Talformat.SOM_SKRIVET, List.of(), null);

        assertThat(DokumentExcel.excelformat(sex)).isEqualTo("#,##0.0;-#,##0.0");
        assertThat(DokumentExcel.excelformat(hushall)).isEqualTo("#,##0;-#,##0");
        assertThat(DokumentExcel.excelformat(Exportdokument.tal(462_147))).isEqualTo(Talformat.HELTAL.excelformat());
        assertThat(DokumentExcel.excelformat(Tabell.Cell.tal(new java.math.BigDecimal("88"), Talformat.PROCENT0)))
                .isEqualTo(Talformat.PROCENT0.excelformat());
    }

    @Test
    void aSmallNegativeValuePrintedAsZeroShowsZeroNotMinusZero() {
        Tabell.Cell nastanNoll = Tabell.Cell.tal(new java.math.BigDecimal("-0.3"), Talformat.HELTAL);
        Tabell.Cell negativ = Tabell.Cell.tal(new java.math.BigDecimal("-4400"), Talformat.HELTAL);

        assertThat(nastanNoll.text()).isEqualTo("0");
        assertThat(DokumentExcel.excelformat(nastanNoll)).isEqualTo("#,##0;#,##0");
        assertThat(DokumentExcel.excelformat(negativ)).isEqualTo(Talformat.HELTAL.excelformat());
    }

    @Test
    void aFigureWithWordsAfterItStaysTextSoNothingOfThePageIsLost() throws IOException {
        Tabell.Cell kommentar = new Tabell.Cell("78 (hela UAF febr)", new java.math.BigDecimal("78"), Talformat.HELTAL,
                List.of(), null);
        Tabell tabell = new Tabell("hme", "HME", List.of("Indikator", "Utfall 2020"),
                List.of(new Tabell.Rad("HME, UAF", Tabell.Radslag.RAD, List.of(kommentar))));
        Dokument dokument = new Dokument("INTERNBUDGET", "T", "K", "N", List.of(new Avsnitt("a", "A", List.of(tabell))),
                List.of(), Exportdokument.oppnaData());

        assertThat(DokumentExcel.excelformat(kommentar)).isNull();
        try (XSSFWorkbook bok = las(dokument)) {
            Cell cell = rad(bok.getSheet("HME"), "HME, UAF").getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("78 (hela UAF febr)");
        }
    }

    @Test
    void sheetStartsWithTitleAndCaptionAndHasABoldFrozenHeaderGroupRowsAndFootnotes() throws IOException {
        try (XSSFWorkbook bok = las(Exportdokument.alla())) {
            XSSFSheet blad = bok.getSheet("Driftsammandrag");

            assertThat(text(blad, 0, 0)).isEqualTo("Internbudget 2022");
            assertThat(text(blad, 1, 0)).isEqualTo("Linköpings kommun · Arbetsmarknadsnämnden");
            assertThat(text(blad, 2, 0)).isEqualTo("Driftsammandrag");
            Row huvud = blad.getRow(4);
            assertThat(huvud.getCell(0).getStringCellValue()).isEqualTo("Verksamhet, tkr");
            assertThat(huvud.getCell(3).getStringCellValue()).isEqualTo("Budget 2022");
            assertThat(bok.getFontAt(huvud.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(blad.getPaneInformation().isFreezePane()).isTrue();
            assertThat(blad.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);

            Row grupp = blad.getRow(5);
            assertThat(grupp.getCell(0).getStringCellValue()).isEqualTo("Verksamheter");
            assertThat(bok.getFontAt(grupp.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(text(blad, 6, 0)).isEqualTo("Ekonomiskt bistånd");
            assertThat(text(blad, 7, 0)).isEqualTo("Ekonomiskt bistånd – Flytt bostadsvårdare från AN till SON [1]");
            assertThat(rad(blad, "1. Beslut i KF den 28 september 2021.")).isNotNull();
            assertThat(blad.getColumnWidth(0)).isGreaterThan(blad.getColumnWidth(3));
        }
    }

    @Test
    void textThatExcelCouldTakeForAFormulaIsKeptAsText() throws IOException {
        try (XSSFWorkbook bok = las(Exportdokument.alla())) {
            Sheet blad = bok.getSheet("Nämndindikatorer för Profession");
            Row kvinnor = rad(blad, "Tillgänglighet – Kvinnor");
            Row telefon = rad(blad, "Tillgänglighet – +46 13 20 60 00");
            List<Cell> elaka = List.of(kvinnor.getCell(1), kvinnor.getCell(2), kvinnor.getCell(3), telefon.getCell(1),
                    telefon.getCell(2));

            assertThat(elaka).extracting(Cell::getStringCellValue)
                    .containsExactly(Exportdokument.ELAK_TEXT, "-10", "@summa", "\tflik", "\rretur");
            assertThat(elaka).allSatisfy(cell -> {
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
            });
            assertThat(telefon.getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
            bok.forEach(b -> b.forEach(r -> r.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    @Test
    void sheetNamesAreValidShortAndUnique() {
        Set<String> upptagna = new HashSet<>(Set.of("innehåll"));

        assertThat(DokumentExcel.bladnamn("Nämndindikatorer för Professionellt bemötande", upptagna))
                .isEqualTo("Nämndindikatorer för Profession");
        assertThat(DokumentExcel.bladnamn("Nämndindikatorer för Professionellt bemötande", upptagna))
                .isEqualTo("Nämndindikatorer för Profes (2)");
        assertThat(DokumentExcel.bladnamn("Budget [tkr]: 2022/2023?", upptagna)).isEqualTo("Budget tkr 2022 2023");
        assertThat(DokumentExcel.bladnamn("'citat'", upptagna)).isEqualTo("citat");
        assertThat(DokumentExcel.bladnamn("Driftsammandrag, nettokostnad tkr", upptagna))
                .isEqualTo("Driftsammandrag, nettokostnad");
        assertThat(DokumentExcel.bladnamn("INNEHÅLL", upptagna)).isEqualTo("INNEHÅLL (2)");
        assertThat(DokumentExcel.bladnamn("***", upptagna)).isEqualTo("Tabell");
        assertThat(upptagna).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
    }

    @Test
    void aLongTableStreamsAndKeepsEveryRow() throws IOException {
        try (XSSFWorkbook bok = las(Exportdokument.medLangTabell(5_000))) {
            Sheet blad = bok.getSheet("Alla verksamheter");

            assertThat(blad.getLastRowNum()).isEqualTo(4 + 5_000);
            assertThat(text(blad, 4 + 5_000, 0)).isEqualTo("Verksamhet 5000");
            assertThat(blad.getRow(4 + 5_000).getCell(2).getNumericCellValue()).isEqualTo(-5_000d);
        }
    }

    static XSSFWorkbook las(Dokument dokument) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new DokumentExcel(Exportdokument.meddelanden()).skriv(dokument, ut);
        return new XSSFWorkbook(new ByteArrayInputStream(ut.toByteArray()));
    }

    private static String visat(Cell cell) {
        return org.apache.poi.ss.format.CellFormat.getInstance(Locale.US, cell.getCellStyle().getDataFormatString()).apply(cell).text;
    }

    private static String text(Sheet blad, int rad, int kolumn) {
        return blad.getRow(rad).getCell(kolumn).getStringCellValue();
    }

    private static Row rad(Sheet blad, String forsta) {
        for (Row rad : blad) {
            Cell cell = rad.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(forsta)) {
                return rad;
            }
        }
        throw new AssertionError("ingen rad " + forsta + " i " + blad.getSheetName());
    }
}
