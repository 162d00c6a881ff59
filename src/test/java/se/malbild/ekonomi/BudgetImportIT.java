package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.malbild.revision.Revisionslogg;
import se.malbild.sakerhet.MalbildAnvandare;

/**
 * A controller imports the follow-up budget through the web: all or nothing, with line-numbered Swedish errors; new
 * verksamheter are created; every change is in the audit trail; only controllers and administrators may import.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetImportIT {

    private static final String RUBRIK = "kod;namn;typ;budget;kostnader;intäkter\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Revisionslogg revision;

    EkonomiFixturer.Linkoping an;
    EkonomiFixturer.Linkoping annan;
    String importsida;

    @BeforeAll
    void demo() {
        an = EkonomiFixturer.linkoping(context, "9963");
        annan = EkonomiFixturer.linkoping(context, "9961");
        importsida = "/namnder/" + an.namndId() + "/uppfoljning/" + an.mars().getId() + "/ekonomi/budget";
    }

    @Test
    void aControllerImportsARevisedBudgetAndEachChangeIsInTheAuditTrail() throws Exception {
        String fil = new String(Demofil.budget(), StandardCharsets.UTF_8)
                .replace("FORVALTNINGEN;Integrations- och arbetsmarknadsförvaltningen;VERKSAMHET;11 285 400;12 285 400;−1 000 000",
                        "FORVALTNINGEN;Integrations- och arbetsmarknadsförvaltningen;VERKSAMHET;11 300 000;12 300 000;−1 000 000")
                + "NY_VERKSAMHET;Ny verksamhet för test;VERKSAMHET;1 000;1 000;0;;;;;;;;;;;;\n";

        mvc.perform(skicka(fil).with(user(Sidor.controller("carl"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("meddelande", "Uppföljningsbudgeten i budget.csv är inläst."));

        assertThat(budget("FORVALTNINGEN")).isEqualTo("11300000.00");
        assertThat(budget("NY_VERKSAMHET")).isEqualTo("1000.00");
        long id = jdbc.queryForObject("""
                select b.id from uppfoljningsbudget b join verksamhet v on v.id = b.verksamhet_id
                where v.namnd_id = ? and v.kod = 'FORVALTNINGEN' and b.ar = 2022""", Long.class, an.namndId());
        assertThat(revision.historik(BudgetImportService.BUDGET, id)).anySatisfy(a -> {
            assertThat(a.getAnvandare()).isEqualTo("carl");
            assertThat(a.getFalt()).isEqualTo("netto");
            assertThat(a.getGammalt()).isEqualTo("11285400");
            assertThat(a.getNytt()).isEqualTo("11300000");
        });
        long ny = jdbc.queryForObject("select id from verksamhet where namnd_id = ? and kod = 'NY_VERKSAMHET'", Long.class,
                an.namndId());
        assertThat(revision.historik(BudgetImportService.VERKSAMHET, ny)).extracting(a -> a.getFalt() + "=" + a.getNytt())
                .contains("namn=Ny verksamhet för test", "typ=VERKSAMHET");

        mvc.perform(skicka(new String(Demofil.budget(), StandardCharsets.UTF_8)).with(user(Sidor.admin("ada"))))
                .andExpect(status().is3xxRedirection());
        assertThat(budget("FORVALTNINGEN")).isEqualTo("11285400.00");
        assertThat(budget("NY_VERKSAMHET")).as("no longer in the file: no follow-up budget").isNull();
    }

    @Test
    void aMalformedFileIsRefusedWithLineNumbersAndChangesNothing() throws Exception {
        Map<String, Object> fore = tillstand();
        String fil = RUBRIK
                + "EKONOMISKT_BISTAND;Ekonomiskt bistånd;VERKSAMHET;1 000;1 000;0\n"
                + "FORVALTNINGEN;Förvaltningen;VERKSAMHET;tusen\n"
                + "NAMNDENS_ENHETER;Nämndens enheter;VERKSAMHET;0\n"
                + "ANNAN;;VERKSAMHET;5\n";

        Document svar = Jsoup.parse(mvc.perform(skicka(fil).with(user(Sidor.controller("carl"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(svar.select(".felsammanfattning h2").text()).contains("budget.csv lästes inte in; ingenting ändrades");
        assertThat(svar.select(".felsammanfattning li").eachText()).containsExactly(
                "Rad 3: ”tusen” i kolumnen budget är inte ett belopp i kronor med högst två decimaler.");
        assertThat(tillstand()).isEqualTo(fore);

        Document andra = Jsoup.parse(mvc.perform(skicka(RUBRIK + "EKONOMISKT_BISTAND;;VERKSAMHET;1 000\n"
                + "NAMNDENS_ENHETER;Nämndens enheter;VERKSAMHET;0\nANNAN;;VERKSAMHET;5\n").with(user(Sidor.controller("carl"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(andra.select(".felsammanfattning li").eachText()).containsExactly(
                "Rad 3: Verksamheten NAMNDENS_ENHETER är KOMMUNAL_ENHET hos nämnden men VERKSAMHET i filen.",
                "Rad 4: Namnet saknas för ANNAN, som nämnden inte har ännu.",
                "Investeringen ARBETSMARKNADSCENTRUM (Arbetsmarknadscentrum) har prognoser för året och kan inte tas bort; "
                        + "ta med den i filen.",
                "Investeringen ARBETSMARKNADSSERVICE (Arbetsmarknadsservice) har prognoser för året och kan inte tas bort; "
                        + "ta med den i filen.");
        assertThat(tillstand()).isEqualTo(fore);
    }

    @Test
    void onlyControllersAndAdministratorsImportAndOnlyForTheirOwnUrls() throws Exception {
        Map<String, Object> fore = tillstand();
        String fil = RUBRIK + "EKONOMISKT_BISTAND;;VERKSAMHET;1\n";
        MalbildAnvandare rut = Sidor.registrator("rut", an.namndId());

        mvc.perform(skicka(fil).with(user(rut))).andExpect(status().isForbidden());
        mvc.perform(get(importsida).with(user(rut))).andExpect(status().isForbidden());
        mvc.perform(skicka(fil).with(user(Sidor.politiker("petra")))).andExpect(status().isForbidden());
        mvc.perform(skicka(fil).with(user(Sidor.registrator("ture", annan.namndId())))).andExpect(status().isForbidden());
        mvc.perform(multipart("/namnder/" + an.namndId() + "/uppfoljning/" + annan.mars().getId() + "/ekonomi/budget")
                .file(fil(fil)).with(csrf()).with(user(Sidor.controller("carl")))).andExpect(status().isNotFound());
        mvc.perform(multipart("/namnder/" + an.namndId() + "/uppfoljning/" + EkonomiFixturer.annanKommunsPunkt(context)
                + "/ekonomi/budget").file(fil(fil)).with(csrf()).with(user(Sidor.controller("carl"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(importsida + "/fil").with(user(rut))).andExpect(status().isForbidden());

        assertThat(tillstand()).isEqualTo(fore);
    }

    @Test
    void theDownloadedBudgetImportsAgainUnchanged() throws Exception {
        byte[] fil = mvc.perform(get(importsida + "/fil").with(user(Sidor.controller("carl"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(fil, StandardCharsets.UTF_8);
        assertThat(text).contains("NAMNDENS_ENHETER;Nämndens enheter;KOMMUNAL_ENHET;0;;;-389292,5;",
                "ARBETSMARKNADSSERVICE;Arbetsmarknadsservice;INVESTERING;1650000;1650000;0");
        Map<String, Object> fore = tillstand();

        mvc.perform(multipart(importsida).file(new MockMultipartFile("fil", "ut.csv", "text/csv", fil)).with(csrf())
                .with(user(Sidor.controller("carl")))).andExpect(status().is3xxRedirection());

        assertThat(tillstand()).isEqualTo(fore);
    }

    private MockMultipartHttpServletRequestBuilder skicka(String fil) {
        return (MockMultipartHttpServletRequestBuilder) multipart(importsida).file(fil(fil)).with(csrf());
    }

    private static MockMultipartFile fil(String fil) {
        return new MockMultipartFile("fil", "budget.csv", "text/csv", fil.getBytes(StandardCharsets.UTF_8));
    }

    private String budget(String kod) {
        List<String> netto = jdbc.queryForList("""
                select b.netto::text from uppfoljningsbudget b join verksamhet v on v.id = b.verksamhet_id
                where v.namnd_id = ? and v.kod = ? and b.ar = 2022""", String.class, an.namndId(), kod);
        return netto.isEmpty() ? null : netto.get(0);
    }

    /** The nämnd's budget, profiles, verksamheter, investments and audit trail, to prove that nothing changed. */
    private Map<String, Object> tillstand() {
        return jdbc.queryForMap("""
                select (select string_agg(b.verksamhet_id || ':' || b.netto || ':' || coalesce(b.kostnader::text, '')
                            || ':' || b.version, ',' order by b.id)
                        from uppfoljningsbudget b join verksamhet v on v.id = b.verksamhet_id where v.namnd_id = ?) as budget,
                       (select count(*) from uppfoljningsbudget_manad m join uppfoljningsbudget b on b.id = m.uppfoljningsbudget_id
                        join verksamhet v on v.id = b.verksamhet_id where v.namnd_id = ?) as profil,
                       (select count(*) from verksamhet where namnd_id = ?) as verksamheter,
                       (select string_agg(kod || ':' || ram, ',' order by id) from investeringsobjekt where namnd_id = ?) as investeringar,
                       (select count(*) from andring where namnd_id = ?) as andringar""",
                an.namndId(), an.namndId(), an.namndId(), an.namndId(), an.namndId());
    }

    /** The demo's budget file. */
    static final class Demofil {

        static byte[] budget() {
            return se.malbild.testsupport.Demofiler.las(EkonomiDemo.BUDGET);
        }
    }
}
