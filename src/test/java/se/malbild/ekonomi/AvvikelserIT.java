package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The controllers' deviation view of the demo Arbetsmarknadsnämnd per 31 augusti 2022 (seed 001): the rows' deviations,
 * the threshold, sorting, the forecast history March → July → August, and the Excel export of the same table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AvvikelserIT {

    private static final String KOMMUN = "9853";
    private static final String SIDA = "/kommuner/" + KOMMUN + "/avvikelser";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    EkonomiFixturer.Linkoping an;

    @BeforeAll
    void demo() {
        an = EkonomiFixturer.linkoping(context, KOMMUN);
    }

    @Test
    void theAugustRowsShowSeed001sDeviationsAndTheForecastHistory() throws Exception {
        // Without a point the page shows the latest point at which forecasts were made: 31 August.
        Document sida = Sidor.sida(mvc, SIDA, Sidor.controller("carl"));
        assertThat(sida.selectFirst("select#punkt option[selected]").text()).isEqualTo("per 31 augusti 2022");
        assertThat(Sidor.text(sida.selectFirst("table#avvikelser caption")))
                .isEqualTo("Avvikelser per 31 augusti 2022, Testkommun " + KOMMUN + ", tkr");

        List<String> flykting = rad(sida, "Flyktingmottagande");
        // Budget, periodised, redovisat, avvikelse jan–aug, prognos, avvikelse helår, at the March point, threshold.
        assertThat(flykting.subList(0, 8)).containsExactly("39 537", "26 358", "30 720", "−4 363", "44 512", "−4 975",
                "uppgift saknas", "Över tröskeln");
        List<String> summa = rad(sida, "Summa inkl. kommunala enheter");
        assertThat(summa.subList(0, 7)).containsExactly("464 446", "306 516", "300 429", "6 087", "464 446", "0",
                "−10 000");

        Element historik = sida.getElementById("n" + an.namndId()).selectFirst("details");
        assertThat(Sidor.text(historik.selectFirst("summary"))).isEqualTo("Prognoser för Arbetsmarknadsnämnden");
        assertThat(historik.select("tbody tr").stream().map(tr -> tr.select("th, td").eachText().subList(0, 3)).toList())
                .containsExactly(List.of("mars", "474 446", "−10 000"), List.of("juli", "469 946", "−5 500"),
                        List.of("augusti", "464 446", "0"));
        assertThat(Sidor.text(historik)).contains("Träffsäkerheten kan inte beräknas ännu",
                "redovisningen för alla tolv månader 2022 saknas");
        // Flyktingmottagande had no forecast of its own before August.
        Element flyktingHistorik = rader(sida, "Flyktingmottagande").get(0).selectFirst("details");
        assertThat(flyktingHistorik.select("tbody tr")).hasSize(1);
        assertThat(flyktingHistorik.select("tbody tr th, tbody tr td").eachText().subList(0, 3))
                .containsExactly("augusti", "44 512", "−4 975");
    }

    @Test
    void theThresholdMarksAndFiltersRowsInWordsNotColourAlone() throws Exception {
        Document alla = Sidor.sida(mvc, SIDA + "?punkt=" + an.augusti().getId() + "&troskel=5", Sidor.admin("ada"));
        // −4 975 of 39 537 is 12,6 %; Ekonomiskt bistånd's −2 425 of 308 752 only 0,8 %.
        assertThat(rad(alla, "Flyktingmottagande").get(7)).isEqualTo("Över tröskeln");
        assertThat(rad(alla, "Ekonomiskt bistånd").get(7)).isEqualTo("Inom tröskeln");
        assertThat(rader(alla, "Flyktingmottagande").get(0).select("svg[aria-hidden=true]")).hasSize(1);

        Document bara = Sidor.sida(mvc, SIDA + "?punkt=" + an.augusti().getId() + "&troskel=5&bara=true",
                Sidor.controller("carl"));
        List<String> namn = bara.select("table#avvikelser > tbody > tr:not(.grupp) > th").stream()
                .map(th -> th.select("span:not(.visuellt-dold)").text()).toList();
        assertThat(namn).contains("Flyktingmottagande").doesNotContain("Ekonomiskt bistånd");
        assertThat(bara.select("table#avvikelser > tbody > tr:not(.grupp) td.troskel").eachText())
                .allMatch(t -> t.equals("Över tröskeln"));

        Document fel = Sidor.sida(mvc, SIDA + "?troskel=mycket", Sidor.controller("carl"));
        assertThat(Sidor.text(fel.getElementById("troskel-fel"))).contains("”mycket” är inte ett tal", "Tröskeln 1 %");
    }

    @Test
    void sortingIsByLinksInTheHeadersAndKeepsTheNamndTogether() throws Exception {
        Document sida = Sidor.sida(mvc, SIDA + "?punkt=" + an.augusti().getId() + "&sortera=arsavvikelse",
                Sidor.controller("carl"));
        Element sorterad = sida.selectFirst("table#avvikelser th[aria-sort]");
        assertThat(sorterad.attr("aria-sort")).isEqualTo("ascending");
        assertThat(Sidor.text(sorterad)).isEqualTo("Avvikelse helår 2022, sortera fallande");
        assertThat(sorterad.selectFirst("a").attr("href")).contains("sortera=arsavvikelse", "ordning=fallande");
        List<String> ordning = sida.select("table#avvikelser > tbody > tr:not(.grupp) > th").stream()
                .map(th -> th.select("span:not(.visuellt-dold)").text()).toList();
        // Avvikelse helår: −4 975, −2 425, 0, 400, 2 600, 4 400; the nämnd's total last.
        assertThat(ordning).containsExactly("Flyktingmottagande", "Ekonomiskt bistånd",
                "Integrations- och arbetsmarknadsförvaltningen", "Nämnd- och styrelseverksamhet", "Arbetsmarknadsåtgärder",
                "Nämndens enheter", "Summa inkl. kommunala enheter");

        Document fallande = Sidor.sida(mvc, SIDA + "?punkt=" + an.augusti().getId() + "&sortera=arsavvikelse&ordning=fallande",
                Sidor.controller("carl"));
        assertThat(fallande.selectFirst("table#avvikelser th[aria-sort]").attr("aria-sort")).isEqualTo("descending");
        List<String> omvand = fallande.select("table#avvikelser > tbody > tr:not(.grupp) > th").stream()
                .map(th -> th.select("span:not(.visuellt-dold)").text()).toList();
        assertThat(omvand.get(0)).isEqualTo("Nämndens enheter");
    }

    @Test
    void theStartPageLinksToItForControllersOnly() throws Exception {
        String lank = "a[href=/kommuner/" + KOMMUN + "/avvikelser]";
        assertThat(Sidor.sida(mvc, "/", Sidor.controller("carl")).select(lank).eachText())
                .containsExactly("Avvikelser per nämnd och verksamhet, Testkommun " + KOMMUN);
        assertThat(Sidor.sida(mvc, "/", Sidor.politiker("petra")).select(lank)).isEmpty();
    }

    @Test
    void onlyControllersAndAdministratorsMaySeeIt() throws Exception {
        mvc.perform(get(SIDA).with(user(Sidor.politiker("petra")))).andExpect(status().isForbidden());
        mvc.perform(get(SIDA).with(user(Sidor.registrator("rut", an.namndId())))).andExpect(status().isForbidden());
        mvc.perform(get(SIDA + ".xlsx").with(user(Sidor.politiker("petra")))).andExpect(status().isForbidden());
        mvc.perform(get(SIDA + "?punkt=" + EkonomiFixturer.annanKommunsPunkt(context)).with(user(Sidor.controller("carl"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theExcelExportHoldsTheSameTableWithExactNumbers() throws Exception {
        byte[] xlsx = mvc.perform(get(SIDA + ".xlsx?punkt=" + an.augusti().getId()).with(user(Sidor.controller("carl"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet blad = bok.getSheetAt(bok.getNumberOfSheets() - 1);
            Row flykting = null;
            for (Row r : blad) {
                if (r.getCell(0) != null && "Flyktingmottagande".equals(r.getCell(0).toString())) {
                    flykting = r;
                }
            }
            assertThat(flykting).as("the Flyktingmottagande row").isNotNull();
            // Exact tkr: 39 536 600 − 44 512 000 kr.
            assertThat(flykting.getCell(6).getNumericCellValue()).isEqualTo(-4975.4);
            assertThat(flykting.getCell(1).getNumericCellValue()).isEqualTo(39536.6);
            assertThat(flykting.getCell(4).getNumericCellValue()).isBetween(-4363.0, -4362.0);
            assertThat(flykting.getCell(8).getStringCellValue()).isEqualTo("Över tröskeln");
        }
    }

    private static List<Element> rader(Document sida, String namn) {
        return sida.select("table#avvikelser > tbody > tr:not(.grupp)").stream()
                .filter(tr -> tr.selectFirst("th").select("span:not(.visuellt-dold)").text().equals(namn)).toList();
    }

    /** The cells of the row as a reader hears them (a missing value reads "uppgift saknas"). */
    private static List<String> rad(Document sida, String namn) {
        List<Element> rader = rader(sida, namn);
        assertThat(rader).as("rad " + namn).hasSize(1);
        return rader.get(0).select("> td").stream().map(td -> {
            Element kopia = td.clone();
            kopia.select("[aria-hidden=true]").remove();
            kopia.select("details").remove();
            return Sidor.text(kopia);
        }).toList();
    }
}
