package se.malbild.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.malbild.kolada.Koladafiler.del;
import static se.malbild.kolada.Koladafiler.sida;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.malbild.onboarding.PlanImportService;
import se.malbild.testsupport.Demofiler;

@SpringBootTest
@AutoConfigureMockMvc
class KoladaSidaIT {

    private static final RequestPostProcessor ADMIN = user("ada").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanImportService planer;

    @Test
    void onlyAdministratorsMayUseThePagesAndEveryPostNeedsTheCsrfToken() throws Exception {
        kommun("9810");
        mvc.perform(get("/admin/kolada/9810").with(user("rut").roles("REGISTRATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/kolada").with(user("petra").roles("POLITIKER"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/kolada/9810/import").file(fil("a.json", sida(Koladafiler.post("T9810", "9810", 2021,
                del("T", "1")), null))).with(csrf()).with(user("carl").roles("CONTROLLER"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/kolada/9810/grupp").param("namn", "R9").param("medlemmar", "0581;Norrköping").with(ADMIN))
                .andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select count(*) from kolada_varde where kpi = 'T9810'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from jamforelsegrupp g join kommun k on k.id = g.kommun_id "
                + "where k.scb_kod = '9810'", Integer.class)).isZero();
    }

    @Test
    void anAdministratorUploadsTwoPagesAndSeesWhatWasImported() throws Exception {
        kommun("9811");
        mvc.perform(multipart("/admin/kolada/9811/import")
                        .file(fil("sida-1.json", sida(Koladafiler.post("T9811", "9811", 2021, del("T", "1.5")), "https://k/2")))
                        .file(fil("sida-2.json", sida(Koladafiler.post("T9811", "9811", 2022, del("T", "2")), null)))
                        .with(csrf()).with(ADMIN))
                .andExpect(redirectedUrl("/admin/kolada/9811"))
                .andExpect(flash().attribute("meddelande", "Inläst: 2 sidor, 2 värden sparade och 0 borttagna."));

        Document sida = visa("/admin/kolada/9811");
        assertThat(sida.select("table").first().select("tbody tr").eachText()).anySatisfy(rad ->
                assertThat(rad).startsWith("T9811 2 1 2021–2022"));
        assertThat(sida.select("p.kalla").text()).isEqualTo("Källa: Kolada");
    }

    @Test
    void aBrokenUploadIsListedWithWhereAndNothingIsSaved() throws Exception {
        kommun("9812");
        String html = mvc.perform(multipart("/admin/kolada/9812/import")
                        .file(fil("sida-1.json", sida(Koladafiler.post("T9812", "9812", 2021, del("T", "1")), "https://k/2")))
                        .file(fil("sida-2.json", sida(Koladafiler.post("T9812", "9812", 2022, del("Q", "2")), null)))
                        .with(csrf()).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select(".felsammanfattning li").eachText())
                .containsExactly("Sidan 2 (sida-2.json), values[0].values[0].gender: okänt kön \"Q\" (T, K eller M).");
        assertThat(jdbc.queryForObject("select count(*) from kolada_varde where kpi = 'T9812'", Integer.class)).isZero();
    }

    @Test
    void anAdministratorSetsThePeerGroupLinksAnIndicatorAndFillsItsOutcomes() throws Exception {
        kommun("9813");
        mvc.perform(post("/admin/kolada/9813/grupp").param("namn", "R9")
                        .param("medlemmar", "0581;Norrköping\n0484; Eskilstuna\n").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("meddelande", "Jämförelsegruppen R9 är sparad med 2 kommuner."));
        String fel = mvc.perform(post("/admin/kolada/9813/grupp").param("namn", "R9")
                        .param("medlemmar", "0581;Norrköping\nNorrköping").with(csrf()).with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(fel).select(".felsammanfattning li").eachText()).containsExactly(
                "Rad 2: ”Norrköping” ska vara kommunkod och namn med semikolon emellan, t.ex. 0581;Norrköping.");

        long indikator = jdbc.queryForObject("""
                select i.id from indikator i join namndmal m on m.id = i.namndmal_id join namnd n on n.id = m.namnd_id
                join kommun k on k.id = n.kommun_id where k.scb_kod = '9813' and i.kod = 'VANTETID_BESLUT_EKB'""", Long.class);
        mvc.perform(multipart("/admin/kolada/9813/import")
                .file(fil("a.json", sida(Koladafiler.post("T9813", "9813", 2021, del("T", "6")) + ", "
                        + Koladafiler.post("T9813", "9813", 2022, del("T", "7")), null))).with(csrf()).with(ADMIN));
        mvc.perform(post("/admin/kolada/9813/indikatorer/" + indikator + "/kpi").param("kpi", "T9813").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("meddelande", "Indikatorn är kopplad till T9813."));
        mvc.perform(post("/admin/kolada/9813/indikatorer/" + indikator + "/utfall").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("konflikter", java.util.List.of("2021, totalt: sparat 5 (källa ej angiven), Kolada 6.")));

        Document sida = visa("/admin/kolada/9813");
        assertThat(sida.select("#namn").val()).isEqualTo("R9");
        assertThat(sida.select("#medlemmar").val().lines()).containsExactly("0581;Norrköping", "0484;Eskilstuna");
        assertThat(sida.select("#kpi-" + indikator).val()).isEqualTo("T9813");
        assertThat(jdbc.queryForObject("select kalla from utfall where indikator_id = ? and ar = 2022 and manad is null",
                String.class, indikator)).isEqualTo("Kolada");
    }

    private Document visa(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(ADMIN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private void kommun(String scbKod) {
        String plan = Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"" + scbKod + "\"");
        planer.importera(plan.getBytes(StandardCharsets.UTF_8), scbKod + ".json", "test");
    }

    private static MockMultipartFile fil(String namn, String text) {
        return new MockMultipartFile("filer", namn, "application/json", text.getBytes(StandardCharsets.UTF_8));
    }
}
