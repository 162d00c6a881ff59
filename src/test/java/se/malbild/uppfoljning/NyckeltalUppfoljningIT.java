package se.malbild.uppfoljning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.malbild.onboarding.PlanImportService;
import se.malbild.revision.Revisionslogg;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;

/** Volumes and personnel at a follow-up point (seed 001: 3 090 households in August 2022, forecast 3 300). */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NyckeltalUppfoljningIT {

    private static final String HUSHALL = "Antal hushåll med ekonomiskt bistånd, utfall per sista månad";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Revisionslogg revision;

    @Autowired
    TransactionTemplate transaktion;

    long namnd;
    String sida;

    @BeforeAll
    void plan() throws Exception {
        importer.importera(Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"9941\"")
                .getBytes(StandardCharsets.UTF_8), "linkoping.json", "test");
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");
        namnd = jdbc.queryForObject("select n.id from namnd n join kommun k on k.id = n.kommun_id where k.scb_kod = '9941'", Long.class);
        long punkt = uppfoljningar.skapaPunkt("9941", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null).getId();
        sida = "/namnder/" + namnd + "/uppfoljning/" + punkt + "/nyckeltal";
    }

    @Test
    void theValueAndForecastAreSavedBesideTheYearsBudgetAndAudited() throws Exception {
        MalbildAnvandare rut = registrator(namnd);
        Document formular = las(rut);
        assertThat(rad(formular, HUSHALL).select("td").get(1).text().replace('\u00a0', ' ')).isEqualTo("3 300");
        MultiValueMap<String, String> falt = falt(formular);
        int i = index(formular, HUSHALL);
        falt.set("rader[" + i + "].varde", "3 090");
        falt.set("rader[" + i + "].prognosHelar", "3 300");

        mvc.perform(post(sida).params(falt).with(csrf()).with(user(rut))).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("""
                select u.varde from nyckeltal_utfall u join nyckeltal n on n.id = u.nyckeltal_id
                where n.namnd_id = ? and n.namn = ? and u.ar = 2022 and u.manad = 8""", BigDecimal.class, namnd, HUSHALL))
                .isEqualByComparingTo("3090");
        assertThat(jdbc.queryForList("select nytt from andring where objekttyp = 'NyckeltalUtfall' and namnd_id = ? and falt = 'varde'",
                String.class, namnd)).contains("3090");

        String historik = rad(las(rut), HUSHALL).selectFirst("a.historik").attr("href");
        Document historiksida = Jsoup.parse(mvc.perform(get(historik).with(user(rut))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(historiksida.select("tbody tr").eachText()).anySatisfy(t -> assertThat(t).contains("rut", "3090"));
        Document logg = Jsoup.parse(mvc.perform(get("/namnder/" + namnd + "/andringar").with(user(rut)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(logg.select("tbody tr").eachText()).anySatisfy(t -> assertThat(t).contains("Volym/personal", "3090"));
    }

    @Test
    void anotherCommitteesHistoryIsNotReadableThroughThisOne() throws Exception {
        long linkoping = jdbc.queryForObject("select n.id from namnd n join kommun k on k.id = n.kommun_id "
                + "where k.scb_kod = '0580' and n.kod = 'AN'", Long.class);
        long frammande = System.nanoTime();
        transaktion.executeWithoutResult(t -> revision.registrera("annan", "NyckeltalUtfall", frammande, "varde", "1", "2", linkoping));

        mvc.perform(get("/namnder/" + namnd + "/historik/NyckeltalUtfall/" + frammande).with(user(registrator(namnd))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/namnder/" + linkoping + "/historik/NyckeltalUtfall/" + frammande).with(user(registrator(linkoping))))
                .andExpect(status().isOk());
        mvc.perform(get("/namnder/" + namnd + "/andringar").with(user(registrator(-1)))).andExpect(status().isForbidden());
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsSaved() throws Exception {
        MalbildAnvandare rut = registrator(namnd);
        String matt = "Antal inskrivna deltagare i genomsnitt per månad – Arena Arbetsmarknad";
        Document forsta = las(rut);
        Document andra = las(rut);
        MultiValueMap<String, String> a = falt(forsta);
        a.set("rader[" + index(forsta, matt) + "].varde", "452");
        mvc.perform(post(sida).params(a).with(csrf()).with(user(rut))).andExpect(status().is3xxRedirection());

        MultiValueMap<String, String> b = falt(andra);
        b.set("rader[" + index(andra, matt) + "].varde", "460");
        Document svar = Jsoup.parse(mvc.perform(post(sida).params(b).with(csrf()).with(user(rut)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(svar.select(".felsammanfattning li").text()).contains(matt).contains("inget sparades");
        assertThat(jdbc.queryForObject("""
                select u.varde from nyckeltal_utfall u join nyckeltal n on n.id = u.nyckeltal_id
                where n.namnd_id = ? and n.namn = ? and u.ar = 2022 and u.manad = 8""", BigDecimal.class, namnd, matt))
                .isEqualByComparingTo("452");
    }

    @Test
    void onlyTheCommitteesOwnStaffMayWriteAndOnlyItsOwnKeyFigures() throws Exception {
        MalbildAnvandare annan = registrator(-1);
        mvc.perform(get(sida).with(user(annan))).andExpect(status().isForbidden());
        mvc.perform(post(sida).param("rader[0].nyckeltalId", "1").param("rader[0].varde", "1").with(csrf()).with(user(annan)))
                .andExpect(status().isForbidden());
        mvc.perform(post(sida).param("rader[0].nyckeltalId", "1").param("rader[0].varde", "1").with(csrf())
                .with(user(new MalbildAnvandare(3, "petra", "Petra", Roll.POLITIKER, Set.of())))).andExpect(status().isForbidden());
        Long frammande = jdbc.queryForObject("select n.id from nyckeltal n join namnd a on a.id = n.namnd_id "
                + "join kommun k on k.id = a.kommun_id where k.scb_kod <> '9941' limit 1", Long.class);
        mvc.perform(post(sida).param("rader[0].nyckeltalId", String.valueOf(frammande)).param("rader[0].varde", "1")
                .with(csrf()).with(user(registrator(namnd)))).andExpect(status().isForbidden());
    }

    private MalbildAnvandare registrator(long namndId) {
        return new MalbildAnvandare(1, "rut", "Rut", Roll.REGISTRATOR, Set.of(namndId));
    }

    private Document las(MalbildAnvandare vem) throws Exception {
        return Jsoup.parse(mvc.perform(get(sida).with(user(vem))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static MultiValueMap<String, String> falt(Document formular) {
        MultiValueMap<String, String> falt = new LinkedMultiValueMap<>();
        formular.select("form input[name]").forEach(i -> falt.add(i.attr("name"), i.val()));
        return falt;
    }

    private static int index(Document formular, String namn) {
        var rader = formular.select("tbody tr");
        for (int i = 0; i < rader.size(); i++) {
            if (rader.get(i).selectFirst("th span").text().equals(namn)) {
                return i;
            }
        }
        throw new AssertionError("Ingen rad " + namn);
    }

    private static Element rad(Document formular, String namn) {
        return formular.select("tbody tr").get(index(formular, namn));
    }
}
