package se.malbild.resultat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.malbild.mal.Kon;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.NamndRepository;
import se.malbild.rapport.faststallelse.Linkopingkopia;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.Inmatning;
import se.malbild.uppfoljning.UtfallService;

/**
 * Issue 5's done-when 3 on a copy of the demo Linköping delårsrapport per 31 augusti 2022: the public results page
 * shows nothing until the report is adopted and published, then the goals and indicators as adopted; changes to the
 * live data afterwards never reach it. Anyone may read it, without login, and caches may keep it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultatIT {

    private static final String SCB = "9870";
    private static final String SIDA = "/resultat/" + SCB;
    private static final String VANTETID = "VANTETID_BESLUT_EKB";
    private static final String VANTETID_NAMN =
            "Väntetid i antal dagar från första ansökan till beslut inom ekonomiskt bistånd";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningDemo demo;

    @Autowired
    NamndRepository namnder;

    @Autowired
    UtfallService utfall;

    @Autowired
    JdbcTemplate jdbc;

    final MalbildAnvandare petra = new MalbildAnvandare(31, "petra", "Petra Politiker", Roll.POLITIKER, Set.of());
    final MalbildAnvandare ada = new MalbildAnvandare(32, "ada", "Ada Administratör", Roll.ADMIN, Set.of());
    MalbildAnvandare rut;
    Linkopingkopia.Kopia kopia;

    @BeforeAll
    void demoDelarsrapportenForEnEgenKommun() {
        kopia = new Linkopingkopia(importer, demo, namnder, jdbc).augusti2022(SCB);
        rut = new MalbildAnvandare(34, "rut", "Rut Registrator", Roll.REGISTRATOR, Set.of(kopia.namndId()));
    }

    @Test
    void onlyAnAdoptedAndPublishedReportIsShownAndLaterChangesNeverReachThePublicPage() throws Exception {
        assertThat(anonym(SIDA).select("main").text()).contains("Kommunen har inte publicerat några resultat ännu")
                .doesNotContain("Arbetsmarknadsnämnden");
        assertThat(anonym("/resultat").select("main a").eachAttr("href")).doesNotContain(SIDA);

        mvc.perform(post(kopia.adress("lamna-in")).with(csrf()).with(user(rut))).andExpect(status().is3xxRedirection());
        mvc.perform(post(kopia.adress("delarsrapport/faststall")).param("beslutsdatum", "2022-09-22")
                .param("paragraf", "AN § 87").param("kommentar", "").with(csrf()).with(user(petra)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from faststalld_rapport where namnd_id = ? and uppfoljningspunkt_id = ?",
                Long.class, kopia.namndId(), kopia.punktId());
        assertThat(anonym(SIDA).select("main").text()).as("adopted but not published")
                .contains("Kommunen har inte publicerat några resultat ännu").doesNotContain("Arbetsmarknadsnämnden");

        mvc.perform(post("/rapporter/" + id + "/publicera").with(csrf()).with(user(petra)))
                .andExpect(status().is3xxRedirection());

        String publicerad = text(SIDA);
        Document sida = Jsoup.parse(publicerad);
        assertThat(anonym("/resultat").select("main a").eachAttr("href")).contains(SIDA);
        assertThat(sida.select("h1").text()).isEqualTo("Nådde " + kommunnamn() + " fram?");
        assertThat(sida.select("section.namndresultat h2").eachText()).containsExactly("Arbetsmarknadsnämnden");
        assertThat(sida.select("section.namndresultat").text())
                .contains("Från Delårsrapport per 31 augusti 2022, fastställd av nämnden 2022-09-22 (AN § 87).");
        assertThat(sida.select("a[href=/rapporter/" + id + "]")).hasSize(1);
        assertThat(sida.select("a[href=/oppna-data/kommuner/" + SCB + "/indikatorer.csv]")).hasSize(1);

        List<String> svar = sida.select("article.malresultat p.svar").eachText();
        assertThat(svar).isNotEmpty().allSatisfy(s -> assertThat(s)
                .matches("Nådde vi fram\\? (Ja|Delvis|Nej|Går inte att bedöma ännu)"));
        for (String[] par : new String[][] {{"UPPFYLLS", "Ja"}, {"UPPFYLLS_DELVIS", "Delvis"}, {"UPPFYLLS_EJ", "Nej"}}) {
            assertThat(svar.stream().filter(s -> s.endsWith("? " + par[1])).count()).as(par[1])
                    .isEqualTo(jdbc.queryForObject("select count(*) from bedomning b join namndmal m on m.id = b.namndmal_id "
                            + "where m.namnd_id = ? and b.uppfoljningspunkt_id = ? and b.status = ?", Long.class,
                            kopia.namndId(), kopia.punktId(), par[0]));
        }
        assertThat(sida.select("article.malresultat p.svar svg[aria-hidden=true]")).hasSize(svar.size());

        var vantetid = sida.select("article.malresultat tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().startsWith(VANTETID_NAMN)).findFirst().orElseThrow();
        assertThat(vantetid.select("td").get(0).text()).isEqualTo("16 januari–augusti 2022");
        assertThat(vantetid.select("td").get(2).text()).matches("(Ökar|Minskar), från .* \\(2021\\)|Oförändrat sedan 2021");

        mvc.perform(post(kopia.adress("oppna")).with(csrf()).with(user(ada))).andExpect(status().is3xxRedirection());
        andraVantetid("18");
        assertThat(text(kopia.adress("delarsrapport"), petra)).as("the live report changed").contains(">18<");

        assertThat(text(SIDA)).as("the public page is made from the adopted report only").isEqualTo(publicerad);
    }

    @Test
    void anyoneMayReadAndCacheThePageAndAConditionalGetIsNotModified() throws Exception {
        MvcResult forsta = mvc.perform(get("/resultat")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=")))
                .andReturn();
        String etag = forsta.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/resultat").header("If-None-Match", etag)).andExpect(status().isNotModified());

        MvcResult kommun = mvc.perform(get(SIDA)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public"))).andReturn();
        mvc.perform(get(SIDA).header("If-None-Match", kommun.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
        mvc.perform(get("/resultat/9899")).andExpect(status().isNotFound());
        mvc.perform(get(SIDA).with(user(petra))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("private")));
    }

    private String kommunnamn() {
        return jdbc.queryForObject("select namn from kommun where scb_kod = ?", String.class, SCB);
    }

    private void andraVantetid(String varde) {
        long indikator = jdbc.queryForObject("select i.id from indikator i join namndmal m on m.id = i.namndmal_id "
                + "where m.namnd_id = ? and i.kod = ?", Long.class, kopia.namndId(), VANTETID);
        Integer version = jdbc.queryForObject("select version from utfall where indikator_id = ? and ar = 2022 and manad = 8 "
                + "and kon = 'T'", Integer.class, indikator);
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(ada, null, ada.getAuthorities()));
        try {
            UtfallService.Resultat resultat = utfall.spara(kopia.namndId(), kopia.punktId(), List.of(
                    new Inmatning(indikator, null, Kon.T, varde, false, null, null, null, version, false)));
            assertThat(resultat.lyckades()).as(resultat.toString()).isTrue();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }

    private Document anonym(String adress) throws Exception {
        return Jsoup.parse(text(adress));
    }

    private String text(String adress) throws Exception {
        return mvc.perform(get(adress)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String text(String adress, MalbildAnvandare vem) throws Exception {
        return mvc.perform(get(adress).with(user(vem))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
