package se.malbild.redovisning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.malbild.organisation.Namnd;

@SpringBootTest
@AutoConfigureMockMvc
class RedovisningSidorIT {

    private static final RequestPostProcessor CONTROLLER = user("carl").roles("CONTROLLER");
    private static final RequestPostProcessor ADMIN = user("ada").roles("ADMIN");
    private static final char HARD = '\u00a0';

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MappningService mappningar;

    @Autowired
    ApplicationContext context;

    Namnd namnd;
    Namnd annanNamnd;
    String importsida;
    String mappningssida;

    @BeforeEach
    void namndMedMappning() {
        Testnamnder testnamnder = Testnamnder.av(context);
        namnd = testnamnder.namnd("9703", "AN", Testnamnder.FIXTURNAMND);
        annanNamnd = testnamnder.namnd("9704", "AN", Testnamnder.FIXTURNAMND);
        testnamnder.rensa(namnd);
        testnamnder.rensa(annanNamnd);
        mappningar.lasInRegler(namnd.getId(), Fixturer.las(Fixturer.MAPPNING), Teckenkodning.AUTOMATISK);
        mappningar.lasInRegler(annanNamnd.getId(), Fixturer.las(Fixturer.MAPPNING), Teckenkodning.AUTOMATISK);
        importsida = "/namnder/" + namnd.getId() + "/redovisat/import";
        mappningssida = "/namnder/" + namnd.getId() + "/redovisat/mappning";
    }

    @Test
    void aControllerUploadsASieFileAndSeesRowsMonthsAndTotalsPerVerksamhet() throws Exception {
        MvcResult inlast = mvc.perform(multipart(importsida).file(fil("pc8-med-aao.se", Fixturer.PC8))
                        .param("teckenkodning", "AUTOMATISK").with(csrf()).with(CONTROLLER))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(importsida))
                .andExpect(flash().attribute("meddelande", "Filen pc8-med-aao.se är inläst."))
                .andReturn();

        Document sida = Jsoup.parse(mvc.perform(get(importsida).with(CONTROLLER).flashAttrs(inlast.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(sida.selectFirst(".meddelande").text()).isEqualTo("Filen pc8-med-aao.se är inläst.");
        assertThat(sida.selectFirst(".resultat h2").text()).isEqualTo("Inläst: pc8-med-aao.se");
        assertThat(sida.select(".resultat p").eachText()).contains(
                "Format SIE 4, teckenkodning PC8 (CP437, SIE-standarden), 14 rader med saldon.",
                "Månader som ersattes: december 2021, januari–februari 2022.",
                "Konton som varken är intäkter eller kostnader enligt inställningarna och därför inte lästes in: 1930.",
                "Rader som enligt mappningen hör till andra nämnder och inte lästes in: 1.");
        assertThat(sida.select(".resultat caption").eachText()).containsExactly(
                "Redovisat 2021 för de inlästa månaderna, kronor", "Redovisat 2022 för de inlästa månaderna, kronor");
        var ar2022 = sida.select(".resultat table").get(1);
        assertThat(ar2022.select("tbody tr").eachText()).map(t -> t.replace(HARD, ' ')).containsExactly(
                "Nämnd- och styrelseverksamhet 50 000,00 0,00 50 000,00",
                "Ekonomiskt bistånd 285 000,25 \u22123 000,00 282 000,25",
                "Arbetsmarknadsåtgärder 10 000,00 0,00 10 000,00",
                "Nämndens enheter 20 000,00 \u221235 000,00 \u221215 000,00",
                "Summa 365 000,25 \u221238 000,00 327 000,25");
    }

    @Test
    void theImportPageHasLabelledFieldsAndLinksToTheMapping() throws Exception {
        Document sida = Jsoup.parse(mvc.perform(get(importsida).with(CONTROLLER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(sida.selectFirst("h1").text()).isEqualTo("Läs in redovisat – Testnämnd AN för redovisat");
        assertThat(sida.selectFirst("label[for=fil]").text()).isEqualTo("Fil med redovisat (SIE 4 eller CSV)");
        assertThat(sida.selectFirst("label[for=teckenkodning]")).isNotNull();
        assertThat(sida.select("#teckenkodning option").eachAttr("value"))
                .containsExactly("AUTOMATISK", "PC8", "ISO_8859_1", "UTF_8");
        assertThat(sida.select("a[href=" + mappningssida + "]")).hasSize(1);
        assertThat(sida.select(".resultat, .felsammanfattning")).isEmpty();
    }

    @Test
    void anAdministratorMayUploadACsvFile() throws Exception {
        mvc.perform(multipart(importsida).file(fil("redovisat.csv", Fixturer.CSV)).with(csrf()).with(ADMIN))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("resultat"));

        assertThat(jdbc.queryForObject("select count(*) from redovisning_import where namnd_id = ? and anvandare = 'ada'",
                Integer.class, namnd.getId())).isEqualTo(1);
    }

    @Test
    void aBrokenFileIsListedWithItsLineNumbersAndNothingIsSaved() throws Exception {
        Document sida = Jsoup.parse(mvc.perform(multipart(importsida).file(fil("trasig.se", Fixturer.TRASIG_SIE))
                        .with(csrf()).with(CONTROLLER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(sida.selectFirst(".felsammanfattning h2").text())
                .isEqualTo("Filen trasig.se lästes inte in. Inget har sparats. Rätta följande och försök igen:");
        assertThat(sida.select(".felsammanfattning li").eachText()).hasSize(11)
                .first().isEqualTo("Rad 5: citattecknet i tecken 13 avslutas aldrig.");
        assertThat(jdbc.queryForObject("select count(*) from redovisning_import where namnd_id = ?", Integer.class,
                namnd.getId())).isZero();
    }

    @Test
    void registratorsAndPoliticiansMayNeitherSeeNorUpload() throws Exception {
        for (String roll : new String[] {"REGISTRATOR", "POLITIKER"}) {
            RequestPostProcessor anvandare = user("u").roles(roll);
            mvc.perform(get(importsida).with(anvandare)).andExpect(status().isForbidden());
            mvc.perform(get(mappningssida).with(anvandare)).andExpect(status().isForbidden());
            mvc.perform(multipart(importsida).file(fil("pc8-med-aao.se", Fixturer.PC8)).with(csrf()).with(anvandare))
                    .andExpect(status().isForbidden());
            mvc.perform(post(mappningssida + "/regler").param("kontoFran", "7000").param("verksamhet", "-")
                    .with(csrf()).with(anvandare)).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from redovisning_import where namnd_id = ?", Integer.class,
                namnd.getId())).isZero();
        assertThat(regler()).isEqualTo(6);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart(importsida).file(fil("pc8-med-aao.se", Fixturer.PC8)).with(CONTROLLER))
                .andExpect(status().isForbidden());
        mvc.perform(post(mappningssida + "/regler").param("kontoFran", "7000").param("verksamhet", "-").with(CONTROLLER))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get(importsida)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/logga-in"));
    }

    @Test
    void anUnknownNamndIsNotFound() throws Exception {
        mvc.perform(get("/namnder/987654321/redovisat/import").with(CONTROLLER)).andExpect(status().isNotFound());
        mvc.perform(get("/namnder/987654321/redovisat/mappning").with(CONTROLLER)).andExpect(status().isNotFound());
        mvc.perform(multipart("/namnder/987654321/redovisat/import").file(fil("pc8-med-aao.se", Fixturer.PC8))
                .with(csrf()).with(CONTROLLER)).andExpect(status().isNotFound());
    }

    @Test
    void theMappingPageListsTheRulesAndHasLabelledFields() throws Exception {
        Document sida = Jsoup.parse(mvc.perform(get(mappningssida).with(CONTROLLER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(sida.select("table tbody tr")).hasSize(6);
        assertThat(sida.select("table tbody tr").get(0).text()).startsWith("3000–8999 10 Nämnd- och styrelseverksamhet (NAMND)");
        assertThat(sida.select("table tbody tr").eachText()).anySatisfy(rad -> assertThat(rad)
                .startsWith("5000–5999 Alla objekt Nämnd- och styrelseverksamhet (NAMND)"))
                .anySatisfy(rad -> assertThat(rad).startsWith("3000–8999 90 Hör inte till nämnden (läses inte in)"));
        for (String falt : new String[] {"kontoFran", "kontoTill", "objekt", "verksamhet", "regelfil", "dimension",
                "intakterFran", "intakterTill", "kostnaderFran", "kostnaderTill"}) {
            assertThat(sida.select("label[for=" + falt + "]")).as(falt).hasSize(1);
            assertThat(sida.select("#" + falt)).as(falt).hasSize(1);
        }
        assertThat(sida.select("button[aria-label]").eachAttr("aria-label"))
                .contains("Ta bort regeln för konto 3000–8999, objekt 20");
    }

    @Test
    void aControllerAddsARule() throws Exception {
        long atgarder = verksamhet(namnd, "ATGARDER");

        mvc.perform(post(mappningssida + "/regler").param("kontoFran", "7000").param("kontoTill", "")
                        .param("objekt", " 55 ").param("verksamhet", String.valueOf(atgarder)).with(csrf()).with(CONTROLLER))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(mappningssida))
                .andExpect(flash().attribute("meddelande", "Regeln är tillagd."));

        assertThat(jdbc.queryForObject("select count(*) from redovisning_regel where namnd_id = ? and konto_fran = 7000 "
                + "and konto_till = 7000 and objekt = '55' and verksamhet_id = ?", Integer.class, namnd.getId(), atgarder))
                .isEqualTo(1);
    }

    @Test
    void anIncompleteRuleIsShownAgainWithAnErrorSummaryAndMarkedFields() throws Exception {
        Document sida = Jsoup.parse(mvc.perform(post(mappningssida + "/regler").param("kontoFran", "")
                        .param("kontoTill", "abc").param("objekt", "").param("verksamhet", "").with(csrf()).with(CONTROLLER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(sida.selectFirst(".felsammanfattning h2").text()).isEqualTo("Regeln lades inte till. Rätta följande:");
        assertThat(sida.select(".felsammanfattning li").eachText()).containsExactlyInAnyOrder("Skriv det första kontot.",
                "Ett konto skrivs med siffror, till exempel 4610.", "Välj verksamhet.");
        assertThat(sida.selectFirst("#kontoFran").attr("aria-invalid")).isEqualTo("true");
        assertThat(sida.selectFirst("#kontoTill").attr("value")).isEqualTo("abc");
        assertThat(sida.selectFirst("#verksamhet").attr("aria-invalid")).isEqualTo("true");
        assertThat(regler()).isEqualTo(6);
    }

    @Test
    void aDuplicateRuleABackwardRangeOrAnotherNamndsVerksamhetIsRefused() throws Exception {
        long bistand = verksamhet(namnd, "BISTAND");
        long annansBistand = verksamhet(annanNamnd, "BISTAND");

        assertThat(fel(post(mappningssida + "/regler").param("kontoFran", "3000").param("kontoTill", "8999")
                .param("objekt", "20").param("verksamhet", String.valueOf(bistand))))
                .containsExactly("Det finns redan en regel för de kontona och det objektet. Ta bort den först om den ska ändras.");
        assertThat(fel(post(mappningssida + "/regler").param("kontoFran", "5000").param("kontoTill", "4000")
                .param("verksamhet", String.valueOf(bistand))))
                .containsExactly("Sista kontot får inte vara lägre än det första.");
        assertThat(fel(post(mappningssida + "/regler").param("kontoFran", "7000")
                .param("verksamhet", String.valueOf(annansBistand))))
                .containsExactly("Välj en av nämndens verksamheter.");
        assertThat(regler()).isEqualTo(6);
    }

    @Test
    void aRuleIsRemovedButNotThroughAnotherNamndsAddress() throws Exception {
        long regel = jdbc.queryForObject("select id from redovisning_regel where namnd_id = ? and objekt = '90'", Long.class,
                namnd.getId());

        mvc.perform(post("/namnder/" + annanNamnd.getId() + "/redovisat/mappning/regler/" + regel + "/ta-bort")
                .with(csrf()).with(CONTROLLER)).andExpect(status().isNotFound());
        assertThat(regler()).isEqualTo(6);

        mvc.perform(post(mappningssida + "/regler/" + regel + "/ta-bort").with(csrf()).with(ADMIN))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("meddelande", "Regeln är borttagen."));
        assertThat(regler()).isEqualTo(5);
    }

    @Test
    void rulesAreReplacedFromAFileAndABrokenFileChangesNothing() throws Exception {
        var trasig = new MockMultipartFile("fil", "regler.csv", "text/csv",
                "konto_fran;konto_till;objekt;verksamhet\n3000;8999;10;NAMND\n3000;8999;11;FINNS_INTE\n"
                        .getBytes(StandardCharsets.UTF_8));
        Document sida = Jsoup.parse(mvc.perform(multipart(mappningssida + "/fil").file(trasig).with(csrf()).with(CONTROLLER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(sida.select(".felsammanfattning li").eachText()).singleElement().asString()
                .startsWith("Rad 3: verksamheten \"FINNS_INTE\" finns inte i nämnden");
        assertThat(regler()).isEqualTo(6);

        var bra = new MockMultipartFile("fil", "regler.csv", "text/csv",
                "konto_fran;konto_till;objekt;verksamhet\n3000;8999;;NAMND\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(mappningssida + "/fil").file(bra).with(csrf()).with(CONTROLLER))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("meddelande", "Reglerna i regler.csv har lästs in. Mappningen har nu en regel."));
        assertThat(regler()).isEqualTo(1);
    }

    @Test
    void theRulesCanBeDownloadedInTheFormatTheyAreLoadedIn() throws Exception {
        byte[] csv = mvc.perform(get(mappningssida + "/regler.csv").with(CONTROLLER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("konto_fran;konto_till;objekt;verksamhet\r\n")
                .contains("3000;8999;20;BISTAND\r\n").contains("5000;5999;;NAMND\r\n").contains("3000;8999;90;-\r\n");
        assertThat(mappningar.lasInRegler(annanNamnd.getId(), csv, Teckenkodning.AUTOMATISK)).isEqualTo(6);
    }

    @Test
    void theSettingsAreSavedAndOverlappingRangesAreRefused() throws Exception {
        assertThat(fel(post(mappningssida + "/installning").param("dimension", "2").param("intakterFran", "3000")
                .param("intakterTill", "4500").param("kostnaderFran", "4000").param("kostnaderTill", "8999")))
                .containsExactly("Intervallen måste gå från lägre till högre konto och får inte överlappa, och dimensionen "
                        + "måste vara 1 eller högre.");

        mvc.perform(post(mappningssida + "/installning").param("dimension", "2").param("intakterFran", "3000")
                        .param("intakterTill", "3499").param("kostnaderFran", "3500").param("kostnaderTill", "8999")
                        .with(csrf()).with(CONTROLLER))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("meddelande", "Inställningarna är sparade."));
        assertThat(mappningar.oversikt(namnd.getId()).installning()).isEqualTo(new Installning(2, 3000, 3499, 3500, 8999));
    }

    private List<String> fel(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(csrf()).with(CONTROLLER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        return Jsoup.parse(html).select(".felsammanfattning li").eachText();
    }

    private int regler() {
        return jdbc.queryForObject("select count(*) from redovisning_regel where namnd_id = ?", Integer.class, namnd.getId());
    }

    private long verksamhet(Namnd n, String kod) {
        return jdbc.queryForObject("select id from verksamhet where namnd_id = ? and kod = ?", Long.class, n.getId(), kod);
    }

    private static MockMultipartFile fil(String namn, String resurs) {
        return new MockMultipartFile("fil", namn, "application/octet-stream", Fixturer.las(resurs));
    }
}
