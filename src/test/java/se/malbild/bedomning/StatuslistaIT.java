package se.malbild.bedomning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.malbild.onboarding.PlanImportService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.uppfoljning.UppfoljningService;

/** Status per follow-up point for the plan's strategic assignments, the activities and the kontrollmoment. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatuslistaIT {

    private static final String SIDA = "uppdrag-och-kontroll";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    JdbcTemplate jdbc;

    Bedomningsfixtur linkoping;

    @BeforeAll
    void plan() {
        linkoping = Bedomningsfixtur.linkopingAugusti2022("9978", importer, uppfoljningar, jdbc, mvc);
    }

    @Test
    void theAssignmentsOfThePlanYearAreListedByKindWithTheirOwnStatuses() throws Exception {
        Document sida = linkoping.sida(SIDA, linkoping.registrator("rut"));
        Element uppdrag = sida.selectFirst("table:has(caption:contains(strategiska utvecklingsuppdragen))");
        assertThat(uppdrag.select("tr.grupp").eachText()).containsExactly("Kommungemensamma uppdrag", "Nämndspecifika uppdrag");
        assertThat(uppdrag.select("tbody th[scope=row]")).hasSize(13);
        Element forsta = uppdrag.selectFirst("tbody tr:not(.grupp)");
        assertThat(forsta.selectFirst("legend").text()).startsWith("Status för Kommungemensamt uppdrag 1 (Samtliga nämnder");
        assertThat(forsta.select("label:has(input[type=radio])").eachText()).containsExactly("Pågår", "Genomfört", "Ej påbörjat");
    }

    @Test
    void anActivityAndAKontrollmomentAreAddedAndGetAStatusAndAComment() throws Exception {
        MalbildAnvandare rut = linkoping.registrator("rut");
        String aktivitetstext = "Breddinföra Arena Arbetsmarknad " + System.nanoTime();
        String momenttext = "Mottagningsattest görs av rätt person " + System.nanoTime();
        laggTill(rut, "AKTIVITET", aktivitetstext).andExpect(flash().attribute("meddelande", "Aktiviteten är tillagd."));
        laggTill(rut, "KONTROLLMOMENT", momenttext);

        Document sida = linkoping.sida(SIDA, rut);
        MultiValueMap<String, String> formular = Bedomningsfixtur.formular(sida, SIDA);
        int aktivitet = rad(sida, aktivitetstext);
        int moment = rad(sida, momenttext);
        assertThat(sida.select("input[name='rader[" + moment + "].status']").eachAttr("value")).containsExactly("GENOMFORD",
                "GENOMFORD_MED_AVVIKELSE", "PAGAR", "PLANERAD", "EJ_GENOMFORD");
        formular.set("rader[" + aktivitet + "].status", "PAGAR");
        formular.set("rader[" + aktivitet + "].kommentar", "Start den 12 september.");
        formular.set("rader[" + moment + "].status", "GENOMFORD_MED_AVVIKELSE");
        formular.set("rader[" + moment + "].kommentar", "Stickprov gjorda.");
        formular.set("rader[0].status", "GENOMFORD");
        formular.set("rader[0].kommentar", "Genomfört " + System.nanoTime());
        linkoping.skicka(SIDA, formular, rut).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("meddelande", "Sparat: 3 ändrade statusar."));

        Document igen = linkoping.sida(SIDA, rut);
        Element momentrad = igen.getElementById("rad-KONTROLLMOMENT-" + formular.getFirst("rader[" + moment + "].id"))
                .parent();
        assertThat(momentrad.selectFirst("input[type=radio][checked]").val()).isEqualTo("GENOMFORD_MED_AVVIKELSE");
        String historik = momentrad.selectFirst("a.historik").attr("href");
        Document historiksida = Jsoup.parse(mvc.perform(get(historik).with(user(rut))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(historiksida.select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("rut", "Status", "Genomförd med avvikelse"))
                .anySatisfy(t -> assertThat(t).contains("rut", "Kommentar", "Stickprov gjorda."));
        assertThat(jdbc.queryForObject("select status from uppdrag_status where namnd_id = ? and uppdrag_text like "
                + "'Samtliga nämnder ska inom ramen%'", String.class, linkoping.namndId)).isEqualTo("GENOMFORD");
    }

    @Test
    void aStatusAssignmentsDoNotHaveIsRefusedAndAnEmptyOrRepeatedActivityIsNotAdded() throws Exception {
        MalbildAnvandare rut = linkoping.registrator("rut");
        Document sida = linkoping.sida(SIDA, rut);
        MultiValueMap<String, String> formular = Bedomningsfixtur.formular(sida, SIDA);
        formular.set("rader[1].status", "FLYTTAD");
        Document svar = Bedomningsfixtur.svar(linkoping.skicka(SIDA, formular, rut).andExpect(status().isOk()));
        assertThat(svar.select(".felsammanfattning li").eachText()).singleElement().asString()
                .startsWith("Kommungemensamt uppdrag 2 (").endsWith("Statusen gäller inte för den här listan. Välj en av de som visas.");

        Document tom = Bedomningsfixtur.svar(laggTill(rut, "AKTIVITET", "  ").andExpect(status().isOk()));
        assertThat(tom.select(".felsammanfattning li").eachText()).containsExactly("Skriv vad aktiviteten går ut på.");
        assertThat(tom.getElementById("ny-AKTIVITET").attr("aria-invalid")).isEqualTo("true");
        String lifecare = "Införa Lifecare " + System.nanoTime();
        laggTill(rut, "AKTIVITET", lifecare).andExpect(status().is3xxRedirection());
        Document igen = Bedomningsfixtur.svar(laggTill(rut, "AKTIVITET", lifecare).andExpect(status().isOk()));
        assertThat(igen.select(".felsammanfattning li").eachText()).containsExactly("Aktiviteten finns redan i listan.");
    }

    private ResultActions laggTill(MalbildAnvandare vem, String slag, String text)
            throws Exception {
        MultiValueMap<String, String> ny = new LinkedMultiValueMap<>();
        ny.add("slag", slag);
        ny.add("text", text);
        return linkoping.skicka(SIDA + "/ny", ny, vem);
    }

    private static int rad(Document sida, String text) {
        var rubriker = sida.select("form[action$=/" + SIDA + "] tbody th[scope=row]");
        for (int i = 0; i < rubriker.size(); i++) {
            if (rubriker.get(i).text().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("Ingen rad " + text);
    }
}
