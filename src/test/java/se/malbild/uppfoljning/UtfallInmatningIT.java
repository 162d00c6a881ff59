package se.malbild.uppfoljning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.malbild.onboarding.PlanImportService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;

/** Committee staff enter outcomes at a follow-up point, as a browser would: read the form, fill it in, send it. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UtfallInmatningIT {

    private static final String HUSHALL = "Antal hushåll med ekonomiskt bistånd, utfall i slutet av verksamhetsåret";
    private static final String E_ANSOKNINGAR = "Andel inkomna e-ansökningar, %";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    JdbcTemplate jdbc;

    long namnd;
    long tranas;
    long punkt;
    String utfallsida;

    @BeforeAll
    void nammdOchUppfoljningspunkt() {
        importer.importera(Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"9940\"")
                .getBytes(StandardCharsets.UTF_8), "linkoping.json", "test");
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "test");
        namnd = jdbc.queryForObject("select n.id from namnd n join kommun k on k.id = n.kommun_id where k.scb_kod = '9940'", Long.class);
        tranas = jdbc.queryForObject("select n.id from namnd n join kommun k on k.id = n.kommun_id where k.scb_kod = '0687'", Long.class);
        punkt = uppfoljningar.skapaPunkt("9940", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", LocalDate.of(2022, 9, 12)).getId();
        utfallsida = "/namnder/" + namnd + "/uppfoljning/" + punkt + "/utfall";
    }

    @Test
    void aRegistratorSavesOutcomesAndEachChangeIsInTheValuesHistory() throws Exception {
        MalbildAnvandare rut = registrator("rut", namnd);
        Document sida = sida(rut);
        MultiValueMap<String, String> formular = formular(sida);
        formular.set(falt(sida, HUSHALL, "varde"), "3 090");
        formular.set(falt(sida, "Mediantid för hushåll med biståndsbehov", "varde"), "");
        formular.set(falt(sida, "Mediantid för hushåll med biståndsbehov", "ingetUtfall"), "true");
        formular.set(falt(sida, "Mediantid för hushåll med biståndsbehov", "forklaring"), "Redovisas i bokslutet");

        String meddelande = (String) mvc.perform(skicka(formular).with(user(rut)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("meddelande");
        assertThat(meddelande).startsWith("Sparat: 2 ändrade utfall.");

        assertThat(utfall(HUSHALL)).isEqualByComparingTo("3090");
        Document igen = sida(rut);
        assertThat(input(igen, falt(igen, HUSHALL, "varde")).val()).isEqualTo("3090");
        String historik = rad(igen, HUSHALL).selectFirst("a.historik").attr("href");
        Document historiksida = Jsoup.parse(mvc.perform(get(historik).with(user(rut))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(historiksida.select("tbody tr").eachText()).anySatisfy(t -> assertThat(t).contains("rut", "Värde", "3090"));
    }

    @Test
    void aValueOutsideTheIndicatorsUnitRefusesTheWholeSaveAndNamesTheIndicator() throws Exception {
        MalbildAnvandare rut = registrator("rut", namnd);
        Document sida = sida(rut);
        MultiValueMap<String, String> formular = formular(sida);
        formular.set(falt(sida, "Antal långvariga biståndshushåll med barn", "varde"), "812");
        formular.set(falt(sida, E_ANSOKNINGAR, "varde"), "140 %");
        formular.set(falt(sida, "Antal barn i långvariga biståndshushåll", "varde"), "tre");

        Document svar = Jsoup.parse(mvc.perform(skicka(formular).with(user(rut))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(svar.select(".felsammanfattning li").eachText()).anySatisfy(f ->
                assertThat(f).contains(E_ANSOKNINGAR).contains("utanför −100 till 100 %"));
        assertThat(svar.select(".felsammanfattning li").eachText()).anySatisfy(f ->
                assertThat(f).contains("Antal barn i långvariga biståndshushåll").contains("inte ett tal"));
        assertThat(input(svar, falt(svar, "Antal långvariga biståndshushåll med barn", "varde")).val()).isEqualTo("812");
        assertThat(utfall("Antal långvariga biståndshushåll med barn")).isNull();
    }

    @Test
    void theSecondOfTwoBrowsersEditingTheSameOutcomeGetsTheConflictAndChooses() throws Exception {
        MalbildAnvandare rut = registrator("rut", namnd);
        MalbildAnvandare ada = new MalbildAnvandare(2, "ada", "Ada", Roll.ADMIN, Set.of());
        String indikator = "Antal hushåll med långvarigt behov av ekonomiskt bistånd";
        Document rutsSida = sida(rut);
        Document adasSida = sida(ada);

        MultiValueMap<String, String> rutsFormular = formular(rutsSida);
        rutsFormular.set(falt(rutsSida, indikator, "varde"), "1 770");
        mvc.perform(skicka(rutsFormular).with(user(rut))).andExpect(status().is3xxRedirection());

        MultiValueMap<String, String> adasFormular = formular(adasSida);
        adasFormular.set(falt(adasSida, indikator, "varde"), "1 771");
        Document konflikt = Jsoup.parse(mvc.perform(skicka(adasFormular).with(user(ada))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(konflikt.select(".felsammanfattning li").eachText())
                .anySatisfy(k -> assertThat(k).contains(indikator).contains("sparat 1770").contains("ditt värde 1771"));
        assertThat(utfall(indikator)).isEqualByComparingTo("1770");

        MultiValueMap<String, String> val = formular(konflikt);
        assertThat(val.getFirst(falt(konflikt, indikator, "val"))).isEqualTo("MITT");
        mvc.perform(skicka(val).with(user(ada))).andExpect(status().is3xxRedirection());
        assertThat(utfall(indikator)).isEqualByComparingTo("1771");
    }

    @Test
    void aRegistratorOfAnotherCommitteeCannotReadOrWrite() throws Exception {
        MalbildAnvandare ture = registrator("ture", tranas);
        mvc.perform(get(utfallsida).with(user(ture))).andExpect(status().isForbidden());
        mvc.perform(post(utfallsida).param("rader[0].indikatorId", "1").param("rader[0].kon", "T").param("rader[0].varde", "1")
                .with(csrf()).with(user(ture))).andExpect(status().isForbidden());
    }

    @Test
    void anIndicatorOfAnotherCommitteeInTheFormIsRefusedAndNothingIsSaved() throws Exception {
        MalbildAnvandare rut = registrator("rut", namnd);
        Long tranasIndikator = jdbc.queryForObject("select i.id from indikator i join namndmal m on m.id = i.namndmal_id "
                + "where m.namnd_id = ? limit 1", Long.class, tranas);
        Document sida = sida(rut);
        MultiValueMap<String, String> formular = formular(sida);
        formular.set(falt(sida, "Antal barn i långvariga biståndshushåll", "varde"), "1 300");
        formular.set("rader[0].indikatorId", String.valueOf(tranasIndikator));

        mvc.perform(skicka(formular).with(user(rut))).andExpect(status().isForbidden());
        assertThat(utfall("Antal barn i långvariga biståndshushåll")).isNull();
    }

    @Test
    void anotherMunicipalitysFollowUpPointIsNotFound() throws Exception {
        long tranasPunkt = uppfoljningar.skapaPunkt("0687", 2023, 4, Uppfoljningstyp.DELAR, "tertial 1 2023", null).getId();
        mvc.perform(get("/namnder/" + namnd + "/uppfoljning/" + tranasPunkt + "/utfall").with(user(registrator("rut", namnd))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPoliticianReadsTheOutcomesButCannotChangeThem() throws Exception {
        MalbildAnvandare petra = new MalbildAnvandare(3, "petra", "Petra", Roll.POLITIKER, Set.of());
        Document sida = sida(petra);
        assertThat(sida.select("button[type=submit].primar")).isEmpty();
        assertThat(sida.select("input[type=text]")).allSatisfy(i -> assertThat(i.hasAttr("disabled")).isTrue());

        mvc.perform(skicka(formular(sida)).with(user(petra))).andExpect(status().isForbidden());
    }

    @Test
    void aSubmittedFollowUpIsReadOnlyForStaffUntilAnAdministratorReopensIt() throws Exception {
        long egenPunkt = uppfoljningar.skapaPunkt("9940", 2022, 3, Uppfoljningstyp.DELAR, "per 31 mars 2022", null).getId();
        String egenSida = "/namnder/" + namnd + "/uppfoljning/" + egenPunkt + "/utfall";
        MalbildAnvandare rut = registrator("rut", namnd);
        Document sida = Jsoup.parse(mvc.perform(get(egenSida).with(user(rut))).andReturn().getResponse().getContentAsString());
        MultiValueMap<String, String> formular = formular(sida);
        formular.set(falt(sida, HUSHALL, "varde"), "3 150");

        mvc.perform(post("/namnder/" + namnd + "/uppfoljning/" + egenPunkt + "/lamna-in").with(csrf()).with(user(rut)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(egenSida).params(formular).with(csrf()).with(user(rut)))
                .andExpect(flash().attribute("meddelande", "Uppföljningen är inlämnad och kan inte ändras."));
        mvc.perform(post("/namnder/" + namnd + "/uppfoljning/" + egenPunkt + "/oppna").with(csrf()).with(user(rut)))
                .andExpect(status().isForbidden());

        mvc.perform(post("/namnder/" + namnd + "/uppfoljning/" + egenPunkt + "/oppna").with(csrf())
                .with(user(new MalbildAnvandare(2, "ada", "Ada", Roll.ADMIN, Set.of())))).andExpect(status().is3xxRedirection());
        mvc.perform(post(egenSida).params(formular).with(csrf()).with(user(rut))).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("""
                select a.anvandare || ':' || a.gammalt || '>' || a.nytt from andring a
                join namnd_uppfoljning u on u.id = a.objekt_id
                where a.objekttyp = 'NamndUppfoljning' and u.uppfoljningspunkt_id = ? order by a.id""", String.class, egenPunkt))
                .containsExactly("rut:OPPEN>INLAMNAD", "ada:INLAMNAD>OPPEN");
    }

    @Test
    void womenAndMenThatDoNotAddUpToTheTotalGiveAWarningNotAnError() throws Exception {
        MalbildAnvandare rut = registrator("rut", namnd);
        String indikator = "Antal deltagare inskrivna i arbetsmarknadsnämndens verksamheter som avslutas till arbete utan subvention";
        Document sida = sida(rut);
        MultiValueMap<String, String> formular = formular(sida);
        int total = radIndex(sida, indikator);
        formular.set("rader[" + total + "].varde", "40");
        formular.set("rader[" + (total + 1) + "].varde", "25");
        formular.set("rader[" + (total + 2) + "].varde", "14");

        String meddelande = (String) mvc.perform(skicka(formular).with(user(rut)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("meddelande");

        assertThat(meddelande).contains("Sparat: 3 ändrade utfall.").contains("kvinnor och män 39, men totalen är 40");
    }

    @Test
    void onlyTheCommitteesOwnStaffSubmitItsFollowUp() throws Exception {
        long egenPunkt = uppfoljningar.skapaPunkt("9940", 2022, 10, Uppfoljningstyp.PROGNOS, "prognos per 31 oktober 2022", null).getId();
        String lamnaIn = "/namnder/" + namnd + "/uppfoljning/" + egenPunkt + "/lamna-in";

        mvc.perform(post(lamnaIn).with(csrf()).with(user(registrator("ture", tranas)))).andExpect(status().isForbidden());
        mvc.perform(post(lamnaIn).with(csrf()).with(user(new MalbildAnvandare(3, "petra", "Petra", Roll.POLITIKER, Set.of()))))
                .andExpect(status().isForbidden());
        mvc.perform(post(lamnaIn).with(csrf()).with(user(new MalbildAnvandare(4, "carl", "Carl", Roll.CONTROLLER, Set.of()))))
                .andExpect(status().isForbidden());
        long tranasPunkt = uppfoljningar.skapaPunkt("0687", 2023, 8, Uppfoljningstyp.DELAR, "tertial 2 2023", null).getId();
        mvc.perform(post("/namnder/" + namnd + "/uppfoljning/" + tranasPunkt + "/lamna-in").with(csrf())
                .with(user(registrator("rut", namnd)))).andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select count(*) from namnd_uppfoljning where uppfoljningspunkt_id = ? and status <> 'OPPEN'",
                Integer.class, egenPunkt)).isZero();
    }

    @Test
    void anIndicatorComputedFromTheEconomyIsNotTypedIn() throws Exception {
        MalbildAnvandare rut = registrator("rut", namnd);
        Document sida = sida(rut);
        Element avvikelse = rad(sida, "Avvikelse mot budget, %");
        assertThat(avvikelse.text()).contains("Beräknas från ekonomin");
        assertThat(avvikelse.select("input[type=text]")).isEmpty();

        MultiValueMap<String, String> formular = formular(sida);
        formular.set(falt(sida, "Avvikelse mot budget, %", "varde"), "2,0");
        Document svar = Jsoup.parse(mvc.perform(skicka(formular).with(user(rut))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(svar.select(".felsammanfattning li").text()).contains("Avvikelse mot budget, %").contains("beräknas från ekonomin");
        assertThat(utfall("Avvikelse mot budget")).isNull();
    }

    private MalbildAnvandare registrator(String namn, long namndId) {
        return new MalbildAnvandare(1, namn, namn, Roll.REGISTRATOR, Set.of(namndId));
    }

    private Document sida(MalbildAnvandare vem) throws Exception {
        return Jsoup.parse(mvc.perform(get(utfallsida).with(user(vem))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder skicka(MultiValueMap<String, String> formular) {
        return post(utfallsida).params(formular).with(csrf());
    }

    /** The form's fields as a browser would send them: every named input, checkboxes only when checked. */
    private static MultiValueMap<String, String> formular(Document sida) {
        MultiValueMap<String, String> falt = new LinkedMultiValueMap<>();
        for (Element input : sida.select("form[action$=/utfall] input[name]")) {
            String typ = input.attr("type");
            if (input.hasAttr("disabled") || ((typ.equals("checkbox") || typ.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            falt.add(input.attr("name"), typ.equals("checkbox") ? "true" : input.val());
        }
        return falt;
    }

    private static int radIndex(Document sida, String indikator) {
        var rader = sida.select("table.inmatning tbody tr");
        for (int i = 0; i < rader.size(); i++) {
            if (rader.get(i).selectFirst("th").text().startsWith(indikator)) {
                return i;
            }
        }
        throw new AssertionError("Ingen rad för " + indikator);
    }

    private static Element rad(Document sida, String indikator) {
        return sida.select("table.inmatning tbody tr").get(radIndex(sida, indikator));
    }

    private static Element input(Document sida, String namn) {
        return sida.selectFirst("input[name='" + namn + "']");
    }

    private static String falt(Document sida, String indikator, String falt) {
        return "rader[" + radIndex(sida, indikator) + "]." + falt;
    }

    private BigDecimal utfall(String indikator) {
        return jdbc.query("""
                select u.varde from utfall u join indikator i on i.id = u.indikator_id join namndmal m on m.id = i.namndmal_id
                where m.namnd_id = ? and i.namn like ? and u.ar = 2022 and u.manad = 8 and u.kon = 'T' and u.enhet_id is null""",
                rs -> rs.next() ? rs.getBigDecimal(1) : null, namnd, indikator + "%");
    }
}
