package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import se.malbild.revision.Revisionslogg;
import se.malbild.sakerhet.MalbildAnvandare;

/**
 * Forecasts entered as a browser would: read the form, fill it in, send it. History is kept, concurrent edits are
 * conflicts, every change is in the audit trail, and only the nämnd's staff, controllers and administrators may write.
 * Each test uses its own forecast month (April–July at the August point) so the tests do not depend on each other.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrognosInmatningIT {

    private static final String BISTAND = "Prognos helår för Ekonomiskt bistånd, tkr";
    private static final String BISTAND_KOMMENTAR = "Kommentar till prognosen för Ekonomiskt bistånd";

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
    String formular;

    @BeforeAll
    void demo() {
        an = EkonomiFixturer.linkoping(context, "9962");
        annan = EkonomiFixturer.linkoping(context, "9961");
        formular = "/namnder/" + an.namndId() + "/uppfoljning/" + an.augusti().getId() + "/ekonomi/prognos";
    }

    @Test
    void aRegistratorSavesAForecastAndEarlierOnesAreKeptInTheHistoryAndTheAuditTrail() throws Exception {
        MalbildAnvandare rut = Sidor.registrator("rut", an.namndId());
        Document sida = sida(rut, 4);
        MultiValueMap<String, String> falt = Sidor.formular(sida, "/ekonomi/prognos");
        falt.set(Sidor.falt(sida, BISTAND), "312 000");
        falt.set(Sidor.falt(sida, BISTAND_KOMMENTAR), "Fler hushåll i april");
        String meddelande = (String) mvc.perform(skicka(falt).with(user(rut))).andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("meddelande");
        assertThat(meddelande).startsWith("Sparat: 1 nya prognoser.");

        Document igen = sida(rut, 4);
        assertThat(igen.getElementById(id(igen, BISTAND)).val()).isEqualTo("312000");
        MultiValueMap<String, String> andra = Sidor.formular(igen, "/ekonomi/prognos");
        andra.set(Sidor.falt(igen, BISTAND), "311 500");
        mvc.perform(skicka(andra).with(user(Sidor.controller("carl")))).andExpect(status().is3xxRedirection());

        assertThat(prognoser(4)).containsExactly("1:312000.00:rut", "2:311500.00:carl");
        Document historik = Sidor.sida(mvc, "/namnder/" + an.namndId() + "/uppfoljning/" + an.augusti().getId()
                + "/ekonomi/prognoshistorik", rut);
        assertThat(historik.select("tbody tr").stream().map(Sidor::text).toList())
                .anySatisfy(r -> assertThat(r).contains("Ekonomiskt bistånd", "april", "311 500", "carl"))
                .anySatisfy(r -> assertThat(r).contains("Ekonomiskt bistånd", "april", "312 000", "Fler hushåll i april", "rut"));
        long senaste = jdbc.queryForObject("select max(id) from prognos where namnd_id = ? and manad = 4", Long.class,
                an.namndId());
        assertThat(revision.historik(PrognosService.PROGNOS, senaste))
                .anySatisfy(a -> {
                    assertThat(a.getAnvandare()).isEqualTo("carl");
                    assertThat(a.getFalt()).isEqualTo("netto");
                    assertThat(a.getGammalt()).isEqualTo("312000000");
                    assertThat(a.getNytt()).isEqualTo("311500000");
                    assertThat(a.getTidpunkt()).isNotNull();
                });
    }

    @Test
    void theSecondOfTwoBrowsersEditingTheSameForecastGetsTheConflictAndChooses() throws Exception {
        MalbildAnvandare rut = Sidor.registrator("rut", an.namndId());
        MalbildAnvandare carl = Sidor.controller("carl");
        Document rutsSida = sida(rut, 5);
        Document carlsSida = sida(carl, 5);

        MultiValueMap<String, String> rutsFalt = Sidor.formular(rutsSida, "/ekonomi/prognos");
        rutsFalt.set(Sidor.falt(rutsSida, BISTAND), "313 000");
        mvc.perform(skicka(rutsFalt).with(user(rut))).andExpect(status().is3xxRedirection());

        MultiValueMap<String, String> carlsFalt = Sidor.formular(carlsSida, "/ekonomi/prognos");
        carlsFalt.set(Sidor.falt(carlsSida, BISTAND), "314 000");
        Document konflikt = Jsoup.parse(mvc.perform(skicka(carlsFalt).with(user(carl))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(konflikt.select(".felsammanfattning li").eachText())
                .anySatisfy(k -> assertThat(k).contains("Ekonomiskt bistånd", "sparad prognos 313000", "din prognos 314000"));
        assertThat(prognoser(5)).containsExactly("1:313000.00:rut");
        assertThat(konflikt.getElementById(id(konflikt, BISTAND)).val()).as("carl's value stays in the form")
                .isEqualTo("314 000");

        mvc.perform(skicka(Sidor.formular(konflikt, "/ekonomi/prognos")).with(user(carl)))
                .andExpect(status().is3xxRedirection());
        assertThat(prognoser(5)).containsExactly("1:313000.00:rut", "2:314000.00:carl");
    }

    @Test
    void aValueThatCannotBeReadRefusesTheWholeSaveAndNamesTheVerksamhet() throws Exception {
        MalbildAnvandare rut = Sidor.registrator("rut", an.namndId());
        Document sida = sida(rut, 6);
        MultiValueMap<String, String> falt = Sidor.formular(sida, "/ekonomi/prognos");
        falt.set(Sidor.falt(sida, BISTAND), "311 177");
        falt.set(Sidor.falt(sida, "Prognos helår för Flyktingmottagande, tkr"), "fyrtio");
        falt.set(Sidor.falt(sida, "Prognos helår för Arbetsmarknadsåtgärder, tkr"), "100 515");
        falt.set(Sidor.falt(sida, "Varav kostnader för Arbetsmarknadsåtgärder, tkr"), "100 000");
        falt.set(Sidor.falt(sida, "Varav intäkter för Arbetsmarknadsåtgärder, tkr"), "−1 000");

        Document svar = Jsoup.parse(mvc.perform(skicka(falt).with(user(rut))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(svar.select(".felsammanfattning li").eachText()).containsExactly(
                "Flyktingmottagande: ”fyrtio” är inte ett belopp i tkr. Skriv till exempel 311 177, −4 400 eller 11 285,4.",
                "Arbetsmarknadsåtgärder: Kostnader och intäkter blir 99000 tkr men prognosen är 100515 tkr.");
        assertThat(svar.getElementById(id(svar, BISTAND)).val()).isEqualTo("311 177");
        assertThat(prognoser(6)).isEmpty();
    }

    @Test
    void everyoneElseIsRefusedAndNothingChanges() throws Exception {
        Document sida = sida(Sidor.registrator("rut", an.namndId()), 7);
        MultiValueMap<String, String> falt = Sidor.formular(sida, "/ekonomi/prognos");
        falt.set(Sidor.falt(sida, BISTAND), "1");

        mvc.perform(skicka(falt).with(user(Sidor.registrator("ture", annan.namndId())))).andExpect(status().isForbidden());
        mvc.perform(get(formular).with(user(Sidor.registrator("ture", annan.namndId())))).andExpect(status().isForbidden());
        mvc.perform(skicka(falt).with(user(Sidor.politiker("petra")))).andExpect(status().isForbidden());
        mvc.perform(post("/namnder/" + an.namndId() + "/uppfoljning/" + EkonomiFixturer.annanKommunsPunkt(context)
                + "/ekonomi/prognos").params(falt).with(csrf()).with(user(Sidor.admin("ada"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/namnder/" + an.namndId() + "/uppfoljning/" + annan.augusti().getId() + "/ekonomi/prognos")
                .params(falt).with(csrf()).with(user(Sidor.admin("ada")))).andExpect(status().isNotFound());
        mvc.perform(post("/namnder/" + annan.namndId() + "/uppfoljning/" + an.augusti().getId() + "/ekonomi/prognos")
                .params(falt).with(csrf()).with(user(Sidor.admin("ada")))).andExpect(status().isNotFound());
        mvc.perform(post("/namnder/" + annan.namndId() + "/uppfoljning/" + annan.augusti().getId() + "/ekonomi/prognos")
                .params(falt).with(csrf()).with(user(Sidor.registrator("rut", an.namndId()))))
                .andExpect(status().isForbidden());

        assertThat(prognoser(7)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from prognos where namnd_id = ? and manad = 7", Integer.class,
                annan.namndId())).as("only the demo's July forecast").isEqualTo(1);
    }

    @Test
    void idsOfAnotherNamndInTheFormAreRefusedAndNothingIsSaved() throws Exception {
        MalbildAnvandare rut = Sidor.registrator("rut", an.namndId());
        Document sida = sida(rut, 7);
        MultiValueMap<String, String> falt = Sidor.formular(sida, "/ekonomi/prognos");
        String prognosfalt = Sidor.falt(sida, BISTAND);
        falt.set(prognosfalt, "2");
        long annanVerksamhet = jdbc.queryForObject("select id from verksamhet where namnd_id = ? and kod = 'FLYKTINGMOTTAGANDE'",
                Long.class, annan.namndId());
        falt.set(prognosfalt.replace("prognos", "verksamhetId"), String.valueOf(annanVerksamhet));
        mvc.perform(skicka(falt).with(user(rut))).andExpect(status().isForbidden());

        MultiValueMap<String, String> investering = Sidor.formular(sida, "/ekonomi/prognos");
        investering.set(Sidor.falt(sida, "Prognos utgifter helår för Arbetsmarknadscentrum, tkr"), "10");
        long annatObjekt = jdbc.queryForObject("select min(id) from investeringsobjekt where namnd_id = ?", Long.class,
                annan.namndId());
        investering.set("investeringar[0].objektId", String.valueOf(annatObjekt));
        mvc.perform(skicka(investering).with(user(rut))).andExpect(status().isForbidden());

        assertThat(prognoser(7)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from investeringsprognos where manad = 7 and investeringsobjekt_id = ?",
                Integer.class, annatObjekt)).as("only the demo's July forecast").isEqualTo(1);
    }

    @Test
    void aSubmittedFollowUpTakesNoForecastsUntilReopened() throws Exception {
        MalbildAnvandare rut = Sidor.registrator("rut", an.namndId());
        String oktober = "/namnder/" + an.namndId() + "/uppfoljning/" + an.oktober().getId() + "/ekonomi/prognos";
        Document sida = Sidor.sida(mvc, oktober + "?manad=9", rut);
        MultiValueMap<String, String> falt = Sidor.formular(sida, "/ekonomi/prognos");
        falt.set(Sidor.falt(sida, BISTAND), "310 000");

        mvc.perform(post("/namnder/" + an.namndId() + "/uppfoljning/" + an.oktober().getId() + "/lamna-in").with(csrf())
                .with(user(rut))).andExpect(status().is3xxRedirection());
        mvc.perform(post(oktober).params(falt).with(csrf()).with(user(Sidor.controller("carl"))))
                .andExpect(flash().attribute("meddelande", "Uppföljningen är inlämnad och prognoserna kan inte ändras."));
        assertThat(prognoser(9)).isEmpty();
        Document lasbar = Sidor.sida(mvc, oktober + "?manad=9", rut);
        assertThat(lasbar.getElementById(id(lasbar, BISTAND)).hasAttr("disabled")).isTrue();

        mvc.perform(post("/namnder/" + an.namndId() + "/uppfoljning/" + an.oktober().getId() + "/oppna").with(csrf())
                .with(user(Sidor.admin("ada")))).andExpect(status().is3xxRedirection());
        mvc.perform(post(oktober).params(falt).with(csrf()).with(user(Sidor.controller("carl"))))
                .andExpect(status().is3xxRedirection());
        assertThat(prognoser(9)).containsExactly("1:310000.00:carl");
    }

    @Test
    void aMonthOutsideThePointIsRefused() throws Exception {
        MalbildAnvandare rut = Sidor.registrator("rut", an.namndId());
        mvc.perform(get(formular + "?manad=2").with(user(rut))).andExpect(status().isBadRequest());
        Document sida = sida(rut, 8);
        MultiValueMap<String, String> falt = Sidor.formular(sida, "/ekonomi/prognos");
        falt.set("manad", "11");
        falt.set(Sidor.falt(sida, BISTAND), "1");
        mvc.perform(skicka(falt).with(user(rut))).andExpect(status().isBadRequest());
        assertThat(prognoser(11)).isEmpty();
    }

    @Test
    void theInvestmentForecastIsSavedWithItsHistory() throws Exception {
        MalbildAnvandare carl = Sidor.controller("carl");
        Document sida = sida(carl, 6);
        MultiValueMap<String, String> falt = Sidor.formular(sida, "/ekonomi/prognos");
        falt.set(Sidor.falt(sida, "Redovisade utgifter hittills för Arbetsmarknadsservice, tkr"), "300");
        falt.set(Sidor.falt(sida, "Prognos utgifter helår för Arbetsmarknadsservice, tkr"), "1 650");
        mvc.perform(skicka(falt).with(user(carl))).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("""
                select p.redovisat_utgifter || ':' || p.prognos_utgifter || ':' || p.skapad_av from investeringsprognos p
                join investeringsobjekt o on o.id = p.investeringsobjekt_id
                where o.namnd_id = ? and p.manad = 6""", String.class, an.namndId()))
                .containsExactly("300000.00:1650000.00:carl");
        long id = jdbc.queryForObject("""
                select p.id from investeringsprognos p join investeringsobjekt o on o.id = p.investeringsobjekt_id
                where o.namnd_id = ? and p.manad = 6""", Long.class, an.namndId());
        assertThat(revision.historik(PrognosService.INVESTERINGSPROGNOS, id))
                .extracting(a -> a.getAnvandare() + ":" + a.getFalt() + ":" + a.getGammalt() + ">" + a.getNytt())
                .contains("carl:redovisatUtgifter:null>300000", "carl:prognosUtgifter:null>1650000");
        BigDecimal ram = jdbc.queryForObject("select ram from investeringsobjekt where namnd_id = ? and kod = 'ARBETSMARKNADSSERVICE'",
                BigDecimal.class, an.namndId());
        assertThat(ram).isEqualByComparingTo("1650000");
    }

    private Document sida(MalbildAnvandare vem, int manad) throws Exception {
        return Sidor.sida(mvc, formular + "?manad=" + manad, vem);
    }

    private MockHttpServletRequestBuilder skicka(MultiValueMap<String, String> falt) {
        return post(formular).params(falt).with(csrf());
    }

    private static String id(Document sida, String etikett) {
        return sida.select("label").stream().filter(l -> Sidor.text(l).equals(etikett)).findFirst().orElseThrow().attr("for");
    }

    /** The Ekonomiskt bistånd forecasts of the month at the August point: "löpnummer:netto:vem", oldest first. */
    private List<String> prognoser(int manad) {
        return jdbc.queryForList("""
                select p.lopnummer || ':' || (p.netto / 1000)::numeric(18,2) || ':' || p.skapad_av from prognos p
                join verksamhet v on v.id = p.verksamhet_id
                where p.namnd_id = ? and p.manad = ? and v.kod = 'EKONOMISKT_BISTAND' order by p.lopnummer""",
                String.class, an.namndId(), manad);
    }
}
