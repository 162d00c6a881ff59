package se.malbild.bedomning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import se.malbild.uppfoljning.Uppfoljningstyp;

/** The assessment page as committee staff use it: proposal from the outcomes, final status, motivation, conflicts. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BedomningIT {

    private static final String SIDA = "bedomning";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    JdbcTemplate jdbc;

    Bedomningsfixtur linkoping;
    long avtalstrohet;
    long egenforsorjning;

    @BeforeAll
    void planOchUtfall() {
        linkoping = Bedomningsfixtur.linkopingAugusti2022("9975", importer, uppfoljningar, jdbc, mvc);
        linkoping.utfall("E_HANDELSTROHET", "73.3");
        linkoping.utfall("HUSHALL_EKB", "3090");
        linkoping.utfall("HUSHALL_LANGVARIGT_EKB", "1770");
        linkoping.utfall("EJ_ATERAKTUALISERADE", "74");
        linkoping.utfall("AVSLUT_STUDIER", "33");
        linkoping.utfall("AVSLUT_ARBETE_MED_SUBVENTION", "37");
        linkoping.utfall("AVSLUT_ARBETE_UTAN_SUBVENTION", "55");
        linkoping.utfall("LANGVARIGA_HUSHALL_MED_BARN", "926");
        linkoping.utfall("BARN_I_LANGVARIGA_HUSHALL", "1596");
        linkoping.utfall("ANDEL_BEFOLKNING_EKB", "4.86");
        linkoping.ingetUtfall("BRUKARENKAT_TILLGANGLIGHET", "Brukarundersökningen görs i september.");
        avtalstrohet = linkoping.namndmal("HOG_AVTALSTROHET");
        egenforsorjning = linkoping.namndmal("HOG_EGENFORSORJNINGSGRAD");
    }

    @BeforeEach
    void ingaBedomningar() {
        jdbc.update("delete from bedomning b using namndmal m where m.id = b.namndmal_id and m.namnd_id = ?",
                linkoping.namndId);
    }

    @Test
    void eachGoalShowsTheStatusItsIndicatorsProposeWithEachIndicatorsResultAndReason() throws Exception {
        Document sida = linkoping.sida(SIDA, linkoping.registrator("rut"));

        Element avtal = sida.getElementById("mal-" + avtalstrohet);
        assertThat(avtal.selectFirst("h3").text()).isEqualTo("Hög avtalstrohet");
        Element ehandel = avtal.select("tbody tr").first();
        assertThat(text(ehandel)).contains("E-handelstrohet", "73,3", "Nej",
                "Utfallet 73,3 % är lägre än målvärdet 100,0 %.");
        assertThat(ehandel.selectFirst("svg").attr("aria-hidden")).isEqualTo("true");
        assertThat(text(avtal)).contains("Förslag utifrån indikatorerna: Uppfylls ej",
                "Ingen av de 1 bedömda indikatorerna når sitt målvärde.");

        Element egen = sida.getElementById("mal-" + egenforsorjning);
        assertThat(egen.select("tbody tr").stream().map(BedomningIT::text)).anySatisfy(r -> assertThat(r)
                .contains("Antal hushåll med ekonomiskt bistånd", "3 090", "Ja", "ligger inte över målvärdet 3 300"));
        assertThat(egen.select("tbody tr").stream().map(BedomningIT::text)).anySatisfy(r -> assertThat(r)
                .contains("Mediantid", "–", "Kan ej bedömas", "Utfallet är inte inrapporterat."));
        assertThat(text(egen)).contains("Förslag utifrån indikatorerna: Uppfylls delvis",
                "Av 9 bedömda indikatorer når 2 målvärdet, 0 delvis och 7 inte.");
        assertThat(sida.getElementById("mal-" + linkoping.namndmal("PROFESSIONELLT_BEMOTANDE")).text())
                .contains("Inget utfall (I.U.). Brukarundersökningen görs i september.");
    }

    @Test
    void aFinalStatusThatDiffersFromTheProposalNeedsAMotivationAndThenNothingIsSaved() throws Exception {
        MalbildAnvandare rut = linkoping.registrator("rut");
        Document sida = linkoping.sida(SIDA, rut);
        MultiValueMap<String, String> formular = Bedomningsfixtur.formular(sida, SIDA);
        int avtal = Bedomningsfixtur.rad(sida, avtalstrohet);
        int egen = Bedomningsfixtur.rad(sida, egenforsorjning);
        formular.set("rader[" + avtal + "].status", "UPPFYLLS");
        formular.set("rader[" + egen + "].status", "UPPFYLLS_DELVIS");
        formular.set("rader[" + egen + "].analys", "Färre hushåll, fler långvariga.");

        Document svar = Bedomningsfixtur.svar(linkoping.skicka(SIDA, formular, rut).andExpect(status().isOk()));

        assertThat(svar.select(".felsammanfattning li").eachText()).containsExactly("Hög avtalstrohet: Du har valt "
                + "Uppfylls, men förslaget utifrån indikatorerna är Uppfylls ej. Skriv en motivering till varför "
                + "bedömningen skiljer sig från förslaget.");
        Element motivering = svar.getElementById("rader" + avtal + ".motivering");
        assertThat(motivering.attr("aria-invalid")).isEqualTo("true");
        assertThat(motivering.attr("aria-describedby")).contains("rader" + avtal + "-motivering-fel");
        assertThat(svar.getElementById("rader" + egen + ".analys").val()).isEqualTo("Färre hushåll, fler långvariga.");
        assertThat(antalBedomningar()).isZero();

        MultiValueMap<String, String> igen = Bedomningsfixtur.formular(svar, SIDA);
        igen.set("rader[" + avtal + "].motivering", "Inköpen i nya verksamheter går nu via e-handeln.");
        linkoping.skicka(SIDA, igen, rut).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("meddelande", "Sparat: 2 ändrade bedömningar."));

        assertThat(jdbc.queryForMap("select forslag, status, motivering from bedomning where namndmal_id = ?", avtalstrohet))
                .containsEntry("forslag", "UPPFYLLS_EJ").containsEntry("status", "UPPFYLLS")
                .containsEntry("motivering", "Inköpen i nya verksamheter går nu via e-handeln.");
    }

    @Test
    void theSameStatusAsTheProposalNeedsNoMotivationAndTheListsAreOnePointPerLine() throws Exception {
        MalbildAnvandare rut = linkoping.registrator("rut");
        Document sida = linkoping.sida(SIDA, rut);
        MultiValueMap<String, String> formular = Bedomningsfixtur.formular(sida, SIDA);
        int avtal = Bedomningsfixtur.rad(sida, avtalstrohet);
        formular.set("rader[" + avtal + "].status", "UPPFYLLS_EJ");
        formular.set("rader[" + avtal + "].urvalResultat", "- 73,3 % via e-handeln\r\n\r\n- Rapporter om leverantörstrohet\r\n");
        formular.set("rader[" + avtal + "].avvikelser", "Inga avvikelser.");

        linkoping.skicka(SIDA, formular, rut).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select array_to_string(urval_resultat, '|') from bedomning where namndmal_id = ?",
                String.class, avtalstrohet)).isEqualTo("73,3 % via e-handeln|Rapporter om leverantörstrohet");
        Document igen = linkoping.sida(SIDA, rut);
        assertThat(igen.getElementById("rader" + avtal + ".urvalResultat").val())
                .isEqualTo("73,3 % via e-handeln\nRapporter om leverantörstrohet");
        assertThat(igen.select("nav.innehall li").eachText()).anySatisfy(t -> assertThat(t).isEqualTo("Hög avtalstrohet: Uppfylls ej"));
    }

    @Test
    void everyChangeIsInTheAssessmentsHistoryWithUserOldAndNewValue() throws Exception {
        spara(linkoping.registrator("rut"), avtalstrohet, "UPPFYLLS_EJ", null, "Första analysen.");
        spara(Bedomningsfixtur.admin("ada"), avtalstrohet, "UPPFYLLS_DELVIS", "Ny inköpsorganisation på väg.", "Andra analysen.");

        Document sida = linkoping.sida(SIDA, linkoping.registrator("rut"));
        String historik = sida.getElementById("mal-" + avtalstrohet).selectFirst("a.historik").attr("href");
        assertThat(sida.getElementById("mal-" + avtalstrohet).selectFirst("a.historik").attr("aria-label"))
                .isEqualTo("Historik för Hög avtalstrohet");
        Document historiksida = Jsoup.parse(mvc.perform(get(historik).with(user(linkoping.registrator("rut"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(historiksida.selectFirst("h1").text()).isEqualTo("Historik för bedömningen av Hög avtalstrohet");
        assertThat(historiksida.select("tbody tr").eachText())
                .anySatisfy(t -> assertThat(t).contains("ada", "Status", "Uppfylls ej", "Uppfylls delvis"))
                .anySatisfy(t -> assertThat(t).contains("ada", "Analys", "Första analysen.", "Andra analysen."))
                .anySatisfy(t -> assertThat(t).contains("rut", "Status", "Uppfylls ej"))
                .anySatisfy(t -> assertThat(t).contains("rut", "Förslag utifrån indikatorerna", "Uppfylls ej"));
        assertThat(jdbc.queryForList("select anvandare || ':' || coalesce(gammalt, '') || '>' || nytt from andring "
                + "where objekttyp = 'Bedomning' and falt = 'status' and objekt_id = (select id from bedomning where "
                + "namndmal_id = ?) order by id", String.class, avtalstrohet))
                .containsExactly("rut:>UPPFYLLS_EJ", "ada:UPPFYLLS_EJ>UPPFYLLS_DELVIS");
    }

    @Test
    void theSecondOfTwoPeopleSavingTheSameGoalGetsTheConflictAndChooses() throws Exception {
        MalbildAnvandare rut = linkoping.registrator("rut");
        MalbildAnvandare ada = Bedomningsfixtur.admin("ada");
        Document rutsSida = linkoping.sida(SIDA, rut);
        Document adasSida = linkoping.sida(SIDA, ada);
        int avtal = Bedomningsfixtur.rad(rutsSida, avtalstrohet);

        MultiValueMap<String, String> ruts = Bedomningsfixtur.formular(rutsSida, SIDA);
        ruts.set("rader[" + avtal + "].status", "UPPFYLLS_EJ");
        ruts.set("rader[" + avtal + "].analys", "Ruts analys.");
        linkoping.skicka(SIDA, ruts, rut).andExpect(status().is3xxRedirection());

        MultiValueMap<String, String> adas = Bedomningsfixtur.formular(adasSida, SIDA);
        adas.set("rader[" + avtal + "].status", "UPPFYLLS_EJ");
        adas.set("rader[" + avtal + "].analys", "Adas analys.");
        Document konflikt = Bedomningsfixtur.svar(linkoping.skicka(SIDA, adas, ada).andExpect(status().isOk()));

        assertThat(konflikt.select(".felsammanfattning li").eachText()).containsExactly("Hög avtalstrohet");
        assertThat(konflikt.getElementById("mal-" + avtalstrohet).selectFirst(".konfliktval").text())
                .contains("Analys: Ruts analys.");
        assertThat(konflikt.getElementById("rader" + avtal + ".analys").val()).isEqualTo("Adas analys.");
        assertThat(analys(avtalstrohet)).isEqualTo("Ruts analys.");

        MultiValueMap<String, String> val = Bedomningsfixtur.formular(konflikt, SIDA);
        assertThat(val.getFirst("rader[" + avtal + "].val")).isEqualTo("MITT");
        linkoping.skicka(SIDA, val, ada).andExpect(status().is3xxRedirection());
        assertThat(analys(avtalstrohet)).isEqualTo("Adas analys.");
    }

    @Test
    void typedMarkupIsShownAsTextNeverAsMarkup() throws Exception {
        spara(linkoping.registrator("rut"), avtalstrohet, "UPPFYLLS_EJ", null,
                "<script>alert('analys')</script>\n\n- <b>fet</b> punkt");
        MalbildAnvandare petra = new MalbildAnvandare(13, "petra", "Petra", Roll.POLITIKER, Set.of());

        String html = mvc.perform(get(linkoping.adress(SIDA)).with(user(petra))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>fet</b>")
                .contains("&lt;script&gt;alert(&#39;analys&#39;)&lt;/script&gt;");
        Element mal = Jsoup.parse(html).getElementById("mal-" + avtalstrohet);
        assertThat(mal.select("script")).isEmpty();
        assertThat(mal.select("ul li").eachText()).contains("<b>fet</b> punkt");
    }

    @Test
    void aPoliticianReadsTheAssessmentsButGetsNoFormAndCannotSave() throws Exception {
        MalbildAnvandare petra = new MalbildAnvandare(13, "petra", "Petra", Roll.POLITIKER, Set.of());
        Document sida = linkoping.sida(SIDA, petra);
        assertThat(sida.select("textarea, input[type=radio], button.primar")).isEmpty();
        assertThat(sida.text()).contains("Du kan läsa men inte ändra");

        mvc.perform(post(linkoping.adress(SIDA)).param("rader[0].namndmalId", String.valueOf(avtalstrohet))
                .param("rader[0].status", "UPPFYLLS").param("rader[0].motivering", "x").with(csrf()).with(user(petra)))
                .andExpect(status().isForbidden());
        assertThat(antalBedomningar()).isZero();
    }

    @Test
    void aSubmittedFollowUpIsReadOnlyAndRefusesASave() throws Exception {
        Bedomningsfixtur mars = Bedomningsfixtur.linkopingAugusti2022("9975", importer, uppfoljningar, jdbc, mvc);
        long punkt = uppfoljningar.skapaPunkt("9975", 2022, 3, Uppfoljningstyp.DELAR, "per 31 mars 2022", null).getId();
        String adress = "/namnder/" + mars.namndId + "/uppfoljning/" + punkt + "/" + SIDA;
        MalbildAnvandare rut = linkoping.registrator("rut");
        MultiValueMap<String, String> formular = Bedomningsfixtur.formular(Jsoup.parse(mvc.perform(get(adress)
                .with(user(rut))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)), SIDA);
        formular.set("rader[0].status", "KAN_EJ_BEDOMAS");

        mvc.perform(post("/namnder/" + mars.namndId + "/uppfoljning/" + punkt + "/lamna-in").with(csrf()).with(user(rut)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(adress).params(formular).with(csrf()).with(user(rut)))
                .andExpect(flash().attribute("meddelande", "Uppföljningen är inlämnad och kan inte ändras."));

        Document sida = Jsoup.parse(mvc.perform(get(adress).with(user(rut))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(sida.select("textarea, input[type=radio]")).isEmpty();
        assertThat(sida.text()).contains("Uppföljningen är inlämnad och kan inte ändras. En administratör kan öppna den igen.");
        assertThat(antalBedomningar()).isZero();
    }

    private void spara(MalbildAnvandare vem, long namndmal, String status, String motivering, String analys)
            throws Exception {
        Document sida = linkoping.sida(SIDA, vem);
        MultiValueMap<String, String> formular = Bedomningsfixtur.formular(sida, SIDA);
        int rad = Bedomningsfixtur.rad(sida, namndmal);
        formular.set("rader[" + rad + "].status", status);
        formular.set("rader[" + rad + "].motivering", motivering == null ? "" : motivering);
        formular.set("rader[" + rad + "].analys", analys);
        linkoping.skicka(SIDA, formular, vem).andExpect(status().is3xxRedirection());
    }

    private String analys(long namndmal) {
        return jdbc.queryForObject("select analys from bedomning where namndmal_id = ?", String.class, namndmal);
    }

    private int antalBedomningar() {
        return jdbc.queryForObject("select count(*) from bedomning b join namndmal m on m.id = b.namndmal_id "
                + "where m.namnd_id = ?", Integer.class, linkoping.namndId);
    }

    /** The text as read, with non-breaking spaces (between thousands, before %) as ordinary ones. */
    private static String text(Element element) {
        return element.text().replace('\u00a0', ' ');
    }
}
