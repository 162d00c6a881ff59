package se.malbild.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.onboarding.PlanImportService;
import se.malbild.testsupport.Demofiler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The internbudget pages show seed 004's and seed 000's structure and figures. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternbudgetSidaIT {

    static final String LINKOPING = "/kommuner/0580/namnder/AN/internbudget/2022";
    static final String TRANAS = "/kommuner/0687/namnder/KS-HRAF/internbudget/2023";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @BeforeAll
    void lasInDemodata() {
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "test");
    }

    @Test
    void linkopingShowsTheDriftsammandragWithItsSpecificationAndFrame() throws Exception {
        Document sida = sida(LINKOPING);
        Element tabell = tabell(sida, "Driftsammandrag");

        assertThat(rad(tabell, "Summa nettokostnader")).containsExactly("430 424", "451 865", "462 147", "455 230",
                "455 230", "455 230", "455 230", "455 230");
        assertThat(rad(tabell, "varav intäkter")).startsWith("−40 370", "−36 780", "−31 700");
        assertThat(rad(tabell, "Förstärkning ekonomiskt bistånd")).containsExactly("", "", "15 000", "20 000", "20 000",
                "20 000", "20 000", "20 000");
        assertThat(rad(tabell, "Summa nettokostnader inkl kommunala enheter")).startsWith("428 749", "");
        assertThat(rad(tabell, "Budgetram enligt beslut i KF den 28 september 2021")).startsWith("", "", "460 146", "453 230");
        assertThat(rad(tabell, "Flytt bostadsvårdare från AN till SON")).startsWith("", "", "−2 400");
        assertThat(rad(tabell, "Flytt objektsledare från SON till AN")).startsWith("", "", "600");
        assertThat(rad(tabell, "Flytt lokalkostnad från SON till AN")).startsWith("", "", "200");
        assertThat(rad(tabell, "Flytt integrationsassistenter från SON till AN")).startsWith("", "", "3 600");
        assertThat(rad(tabell, "Budgetram inkl justering")).startsWith("", "", "462 146", "455 230");
        assertThat(rad(tabell, "Avvikelse mot budgetram")).startsWith("", "", "−1", "0");
    }

    @Test
    void linkopingShowsInvestmentsVolumesPersonnelAndAssignments() throws Exception {
        Document sida = sida(LINKOPING);

        assertThat(rad(tabell(sida, "Investeringar"), "Summa investeringar")).containsOnly("600");
        assertThat(rad(tabell(sida, "Volymmått"), "Antal hushåll med ekonomiskt bistånd, utfall per sista månad"))
                .containsExactly("3 327", "3 800", "3 300", "3 200", "3 100", "3 000", "2 900", "2 800");
        assertThat(rad(tabell(sida, "Personalnyckeltal"), "Total sjukfrånvaro, SOF")).startsWith("6,9", "6,0");
        assertThat(sida.select("section:has(> #uppdragen) li")).hasSize(13);
        assertThat(sida.select("h3").eachText()).contains("Målområde: Medborgare", "Målområde: Ekonomi",
                "Målområde: Verksamhet", "Målområde: Medarbetare");
    }

    @Test
    void linkopingShowsEveryIndicatorOfTheFileWithItsOutcomesAndTargets() throws Exception {
        Document sida = sida(LINKOPING);
        String text = text(sida);
        JsonNode fil = JsonMapper.builder().build().readTree(Demofiler.las(Demofiler.LINKOPING));

        for (JsonNode mal : fil.get("namndmal")) {
            assertThat(sida.select("h5").eachText()).anySatisfy(h -> assertThat(h).startsWith(mal.get("titel").asString()));
            for (JsonNode indikator : mal.get("indikatorer")) {
                assertThat(text).contains(indikator.get("namn").asString());
            }
        }
        Element egenforsorjning = tabell(sida, "Nämndindikatorer för Hög egenförsörjningsgrad");
        assertThat(rad(egenforsorjning, "Antal hushåll med ekonomiskt bistånd, utfall i slutet av verksamhetsåret (Källa: Treserva)"))
                .containsExactly("3 327", "3 380", "3 300", "3 200");
        assertThat(rad(egenforsorjning, "Antal hushåll med långvarigt behov av ekonomiskt bistånd (>2 år), utfall i slutet av verksamhetsåret (Källa: Treserva)"))
                .containsExactly("1 510", "1 577", "1 700", "1 700");
        Element styrning = tabell(sida, "Nämndindikatorer för God ekonomisk styrning");
        assertThat(rad(styrning, "Augusti").subList(1, 4)).containsExactly("I.U.", "<1 %", "<1 %");
        Element arbetsplatser = tabell(sida, "Nämndindikatorer för Goda arbetsplatser");
        assertThat(rad(arbetsplatser, "*Total sjukfrånvaro, UAF")).containsExactly("2,5", "1,9", "6,0 %", "5,5 %");
        assertThat(rad(arbetsplatser, "Män, Leanlink (AMS)").subList(0, 2)).containsExactly("10,5", "13,5");
        Element ledarskap = tabell(sida, "Nämndindikatorer för Hållbart chef- och ledarskap");
        assertThat(rad(ledarskap, "*Hållbart medarbetarengagemang (HME), UAF")).containsExactly("78 (hela UAF febr)", "79", "72", "73");
    }

    @Test
    void iuOutcomesPointToTheirExplanationInTheFootnotes() throws Exception {
        Document sida = sida(LINKOPING);
        Element cell = tabell(sida, "Nämndindikatorer för Professionellt bemötande och hög tillgänglighet")
                .select("tr:has(th > span:matchesOwn(^Tillgänglighet$)) td").get(0);

        assertThat(cell.text()).startsWith("I.U.");
        String fotnot = cell.selectFirst("sup a").attr("href");
        assertThat(sida.selectFirst(fotnot).text()).contains("Svarefrekvensen blev 7 %");
    }

    @Test
    void tranasShowsItsDepartmentsMalprognosAndFrame() throws Exception {
        Document sida = sida(TRANAS);
        Element tabell = tabell(sida, "Driftsammandrag");

        assertThat(rad(tabell, "Summa nettokostnader")).containsExactly("87,8", "89,4", "90,9");
        assertThat(rad(tabell, "Målprognos minskat försörjningsstöd")).containsExactly("−5,3", "−6,4", "−11,4");
        assertThat(rad(tabell, "Nettokostnad efter målprognos")).containsExactly("82,5", "83,0", "79,5");
        assertThat(rad(tabell, "Ram (fylls i av ekonomiavdelningen)")).containsExactly("82,5", "83,0", "79,5");
        assertThat(rad(tabell, "Avvikelse mot budgetram")).containsExactly("0,0", "0,0", "0,0");
        assertThat(rad(tabell(sida, "Nämndindikatorer för Fler individer i egenförsörjning"), "Kostnader för försörjningsstöd"))
                .containsExactly("", "", "Minskad kostnad försörjningsstöd: 7 mnkr", "Minskad kostnad försörjningsstöd: 7 mnkr",
                        "Minskad kostnad försörjningsstöd: Budget i balans", "Minskad kostnad försörjningsstöd: Budget i balans");
        assertThat(tabell(sida, "Nämndindikatorer för Fler individer i egenförsörjning").select("thead th").eachText())
                .containsExactly("Nämndindikator", "Utfall 2021", "Utfall 2022", "Målvärde 2022", "Målvärde 2023", "Målvärde 2024",
                        "Målvärde 2025");
    }

    @Test
    void subRowsTellScreenReadersWhatTheyBelongTo() throws Exception {
        Document sida = sida(LINKOPING);

        assertThat(tabell(sida, "Nämndindikatorer för Goda arbetsplatser").select("tbody th").eachText())
                .contains("Total sjukfrånvaro: Kvinnor, UAF");
        assertThat(tabell(sida, "Driftsammandrag").select("tbody th").eachText())
                .contains("Avdelningen vuxna: PM3 VSO", "Summa nettokostnader: varav intäkter");
        Element brukarenkat = tabell(sida, "Nämndindikatorer för Professionellt bemötande och hög tillgänglighet");
        assertThat(brukarenkat.select("tbody")).hasSize(2);
        assertThat(brukarenkat.select("tbody").get(0).select("th[scope=rowgroup]").text())
                .isEqualTo("Andel positiva svar i brukarenkät, %");
        assertThat(brukarenkat.select("tbody").get(1).select("th[scope=rowgroup]")).isEmpty();
    }

    @Test
    void tablesAreAccessibleWithCaptionsAndScopedHeaders() throws Exception {
        Document sida = sida(LINKOPING);

        assertThat(sida.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(sida.select("table")).allSatisfy(t -> {
            assertThat(t.selectFirst("caption")).isNotNull();
            assertThat(t.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(t.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("row", "rowgroup"));
        });
    }

    @Test
    void thePageOffersTheSameDocumentAsPdfWordAndExcel() throws Exception {
        Document sida = sida(LINKOPING);

        assertThat(sida.select("nav.nedladdning a").eachAttr("href"))
                .containsExactly(LINKOPING + ".pdf", LINKOPING + ".docx", LINKOPING + ".xlsx");
        assertThat(sida.select("nav.nedladdning a").eachText())
                .containsExactly("Ladda ned som PDF", "Ladda ned som Word", "Ladda ned som Excel");
        assertThat(sida.select("a[href=" + LINKOPING + "/faststallelse]").text()).isEqualTo("Fastställelse och publicering");
        assertThat(sida.select("nav.innehall a").eachAttr("href")).contains("#ekonomi", "#mal", "#fotnoter")
                .allSatisfy(href -> assertThat(sida.selectFirst(href)).as(href).isNotNull());
        assertThat(sida.select("dl.fakta dt").eachText()).containsExactly("Förvaltning", "Ordförande");
    }

    @Test
    void anUnknownCommitteeIsNotFound() throws Exception {
        mvc.perform(get("/kommuner/0580/namnder/FINNS-INTE/internbudget/2022").with(user("lasare").roles("POLITIKER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kommuner/0580/namnder/AN/internbudget/1999").with(user("lasare").roles("POLITIKER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStartPageLinksToBothMunicipalitiesInternbudgets() throws Exception {
        Document start = Jsoup.parse(mvc.perform(get("/").with(user("lasare").roles("POLITIKER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(start.select("a[href]").eachAttr("href")).contains(LINKOPING, TRANAS);
        assertThat(start.select("a[href=" + LINKOPING + "]").text())
                .isEqualTo("Arbetsmarknadsnämndens internbudget för 2022 med plan för 2023–2027");
        assertThat(start.select("a[href=" + TRANAS + "]").text()).isEqualTo("Mål och budget 2023 med plan 2024–2025");
        assertThat(start.select("h2").eachText()).contains("Linköpings kommun", "Tranås kommun");
    }

    private Document sida(String url) throws Exception {
        String html = mvc.perform(get(url).with(user("lasare").roles("POLITIKER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static Element tabell(Document sida, String caption) {
        return sida.select("table").stream()
                .filter(t -> t.selectFirst("caption").text().startsWith(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Ingen tabell med rubriken " + caption));
    }

    /** The cells of the row whose header is exactly {@code namn}, footnote numbers removed, spaces normalised. */
    private static List<String> rad(Element tabell, String namn) {
        for (Element tr : tabell.select("tbody tr")) {
            Element th = tr.selectFirst("th");
            Element namnet = th == null ? null : th.selectFirst("span:not(.visuellt-dold)");
            if (namnet != null && text(namnet).equals(namn)) {
                List<String> celler = new ArrayList<>();
                tr.select("td").forEach(td -> celler.add(text(td.selectFirst("span"))));
                return celler;
            }
        }
        throw new AssertionError("Ingen rad " + namn + " i " + tabell.selectFirst("caption").text());
    }

    private static String text(Element element) {
        return element.text().replace('\u00a0', ' ');
    }

    private static String text(Document sida) {
        return sida.text().replace('\u00a0', ' ');
    }
}
