package se.malbild.bedomning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;
import se.malbild.onboarding.PlanImportService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.UppfoljningService;

/** The report texts: written as plain text, shown as paragraphs and bullets, length-limited, audited, escaped. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RapporttextIT {

    private static final String SIDA = "texter";

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
        linkoping = Bedomningsfixtur.linkopingAugusti2022("9977", importer, uppfoljningar, jdbc, mvc);
    }

    @BeforeEach
    void ingaTexter() {
        jdbc.update("delete from rapporttext where namnd_id = ?", linkoping.namndId);
    }

    @Test
    void theThreeSectionsAndACommentPerVerksamhetAreOnThePage() throws Exception {
        Document sida = linkoping.sida(SIDA, linkoping.registrator("rut"));
        assertThat(sida.select("section h2, section h3").eachText()).startsWith("Samlad bedömning och analys",
                "Händelser av väsentlig betydelse", "Förväntad utveckling", "Kommentarer per verksamhet",
                "Kommentar om Nämnden");
        assertThat(sida.select("label[for=rader0.text]").text()).isEqualTo("Text: Samlad bedömning och analys");
        assertThat(sida.getElementById("rader0.text").attr("aria-describedby")).isEqualTo("formatering rader0-hjalp");
    }

    @Test
    void aTextIsSavedAndShownAsParagraphsAndBulletsWithItsHistory() throws Exception {
        MalbildAnvandare rut = linkoping.registrator("rut");
        spara(rut, 0, "Nämnden håller budget.\r\n\r\nGenomfört:\r\n- handlingsplan\r\n- riktlinjer");
        spara(Bedomningsfixtur.admin("ada"), 0, "Nämnden håller budget.");

        MalbildAnvandare petra = new MalbildAnvandare(13, "petra", "Petra", Roll.POLITIKER, Set.of());
        Document lasning = linkoping.sida(SIDA, petra);
        Element samlad = lasning.selectFirst("section[id^=text-SAMLAD_BEDOMNING]");
        assertThat(samlad.select("p").eachText()).contains("Nämnden håller budget.");

        String historik = samlad.selectFirst("a.historik").attr("href");
        Document historiksida = Jsoup.parse(mvc.perform(get(historik).with(user(rut))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(historiksida.selectFirst("h1").text()).isEqualTo("Historik för Samlad bedömning och analys");
        assertThat(historiksida.select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("ada", "Text", "riktlinjer", "Nämnden håller budget."))
                .anySatisfy(t -> assertThat(t).contains("rut", "Text", "- handlingsplan"));
        assertThat(jdbc.queryForList("select anvandare || ':' || coalesce(gammalt, '') || '>' || coalesce(nytt, '') "
                + "from andring where objekttyp = 'Rapporttext' and namnd_id = ? order by id desc limit 2", String.class,
                linkoping.namndId)).containsExactly(
                        "ada:Nämnden håller budget.\n\nGenomfört:\n- handlingsplan\n- riktlinjer>Nämnden håller budget.",
                        "rut:>Nämnden håller budget.\n\nGenomfört:\n- handlingsplan\n- riktlinjer");
    }

    @Test
    void bulletsAndParagraphsAreRenderedFromPlainTextAndMarkupStaysText() throws Exception {
        spara(linkoping.registrator("rut"), 1, "<script>alert(1)</script>\n\n- <img src=x onerror=alert(2)>\n- andra");
        MalbildAnvandare petra = new MalbildAnvandare(13, "petra", "Petra", Roll.POLITIKER, Set.of());

        String html = mvc.perform(get(linkoping.adress(SIDA)).with(user(petra))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
        Element handelser = Jsoup.parse(html).selectFirst("section[id^=text-HANDELSER]");
        assertThat(handelser.select("script, img")).isEmpty();
        assertThat(handelser.select("p").eachText()).contains("<script>alert(1)</script>");
        assertThat(handelser.select("ul li").eachText()).containsExactly("<img src=x onerror=alert(2)>", "andra");
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedNamingTheSectionAndNothingIsSaved() throws Exception {
        MalbildAnvandare rut = linkoping.registrator("rut");
        Document sida = linkoping.sida(SIDA, rut);
        MultiValueMap<String, String> formular = Bedomningsfixtur.formular(sida, SIDA);
        formular.set("rader[0].text", "Kort och bra.");
        formular.set("rader[2].text", "x".repeat(Textregler.RAPPORTTEXT + 1));

        Document svar = Bedomningsfixtur.svar(linkoping.skicka(SIDA, formular, rut).andExpect(status().isOk()));

        assertThat(svar.select(".felsammanfattning li").eachText()).singleElement()
                .extracting(t -> t.replaceAll("[\u00a0\u202f]", " "))
                .isEqualTo("Förväntad utveckling: Texten får vara högst 20 000 tecken; den är 20 001.");
        assertThat(svar.getElementById("rader2.text").attr("aria-invalid")).isEqualTo("true");
        assertThat(jdbc.queryForObject("select count(*) from rapporttext where namnd_id = ?", Integer.class,
                linkoping.namndId)).isZero();
    }

    @Test
    void theSecondOfTwoPeopleSavingTheSameTextGetsTheConflict() throws Exception {
        MalbildAnvandare rut = linkoping.registrator("rut");
        MalbildAnvandare ada = Bedomningsfixtur.admin("ada");
        Document rutsSida = linkoping.sida(SIDA, rut);
        Document adasSida = linkoping.sida(SIDA, ada);
        MultiValueMap<String, String> ruts = Bedomningsfixtur.formular(rutsSida, SIDA);
        ruts.set("rader[2].text", "Ruts framtid.");
        linkoping.skicka(SIDA, ruts, rut).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("meddelande", "Sparat: 1 ändrade texter."));

        MultiValueMap<String, String> adas = Bedomningsfixtur.formular(adasSida, SIDA);
        adas.set("rader[2].text", "Adas framtid.");
        Document konflikt = Bedomningsfixtur.svar(linkoping.skicka(SIDA, adas, ada).andExpect(status().isOk()));

        assertThat(konflikt.select(".felsammanfattning li").eachText()).containsExactly("Förväntad utveckling");
        assertThat(konflikt.selectFirst(".konfliktval").text()).contains("Ruts framtid.");
        assertThat(jdbc.queryForObject("select text from rapporttext where namnd_id = ? and avsnitt = 'FORVANTAD_UTVECKLING'",
                String.class, linkoping.namndId)).isEqualTo("Ruts framtid.");

        MultiValueMap<String, String> val = Bedomningsfixtur.formular(konflikt, SIDA);
        val.set("rader[2].val", "SPARAT");
        linkoping.skicka(SIDA, val, ada).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select text from rapporttext where namnd_id = ? and avsnitt = 'FORVANTAD_UTVECKLING'",
                String.class, linkoping.namndId)).isEqualTo("Ruts framtid.");
    }

    private void spara(MalbildAnvandare vem, int rad, String text) throws Exception {
        MultiValueMap<String, String> formular = Bedomningsfixtur.formular(linkoping.sida(SIDA, vem), SIDA);
        formular.set("rader[" + rad + "].text", text);
        linkoping.skicka(SIDA, formular, vem).andExpect(status().is3xxRedirection());
    }
}
