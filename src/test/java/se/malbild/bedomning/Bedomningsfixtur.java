package se.malbild.bedomning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.malbild.onboarding.PlanImportService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * Linköping's Arbetsmarknadsnämnd (the demo plan of 2022) under a private municipality code, its follow-up point per
 * 31 augusti 2022, outcomes typed straight into the database, and the pages read and sent like a browser does.
 */
final class Bedomningsfixtur {

    final long namndId;
    final long punktId;
    private final JdbcTemplate jdbc;
    private final MockMvc mvc;

    private Bedomningsfixtur(long namndId, long punktId, JdbcTemplate jdbc, MockMvc mvc) {
        this.namndId = namndId;
        this.punktId = punktId;
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    static Bedomningsfixtur linkopingAugusti2022(String scbKod, PlanImportService importer,
            UppfoljningService uppfoljningar, JdbcTemplate jdbc, MockMvc mvc) {
        importer.importera(Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"" + scbKod + "\"")
                .getBytes(StandardCharsets.UTF_8), "linkoping.json", "test");
        long namnd = jdbc.queryForObject("select n.id from namnd n join kommun k on k.id = n.kommun_id where k.scb_kod = ?",
                Long.class, scbKod);
        long punkt = uppfoljningar.skapaPunkt(scbKod, 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022",
                LocalDate.of(2022, 9, 12)).getId();
        return new Bedomningsfixtur(namnd, punkt, jdbc, mvc);
    }

    /** Tranås Kommunstyrelsen (demo plan of 2023): another committee in another municipality. */
    static long tranas(PlanImportService importer, JdbcTemplate jdbc) {
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "test");
        return jdbc.queryForObject("select n.id from namnd n join kommun k on k.id = n.kommun_id where k.scb_kod = '0687'",
                Long.class);
    }

    /** The total outcome of an indicator at the point; replaces one already there. */
    void utfall(String indikatorKod, String varde) {
        jdbc.update("""
                insert into utfall (indikator_id, ar, manad, kon, varde)
                select i.id, 2022, 8, 'T', ?::numeric from indikator i join namndmal m on m.id = i.namndmal_id
                where m.namnd_id = ? and i.kod = ?
                on conflict (indikator_id, ar, manad, kon, enhet_id) do update set varde = excluded.varde,
                inget_utfall = false, forklaring = null""", varde, namndId, indikatorKod);
    }

    /** I.U. for an indicator at the point. */
    void ingetUtfall(String indikatorKod, String forklaring) {
        jdbc.update("""
                insert into utfall (indikator_id, ar, manad, kon, inget_utfall, forklaring)
                select i.id, 2022, 8, 'T', true, ? from indikator i join namndmal m on m.id = i.namndmal_id
                where m.namnd_id = ? and i.kod = ?
                on conflict (indikator_id, ar, manad, kon, enhet_id) do update set varde = null, inget_utfall = true,
                forklaring = excluded.forklaring""", forklaring, namndId, indikatorKod);
    }

    long namndmal(String kod) {
        return jdbc.queryForObject("select id from namndmal where namnd_id = ? and kod = ?", Long.class, namndId, kod);
    }

    String adress(String sida) {
        return "/namnder/" + namndId + "/uppfoljning/" + punktId + "/" + sida;
    }

    MalbildAnvandare registrator(String namn) {
        return new MalbildAnvandare(11, namn, namn, Roll.REGISTRATOR, Set.of(namndId));
    }

    static MalbildAnvandare admin(String namn) {
        return new MalbildAnvandare(12, namn, namn, Roll.ADMIN, Set.of());
    }

    Document sida(String sida, MalbildAnvandare vem) throws Exception {
        return Jsoup.parse(mvc.perform(get(adress(sida)).with(user(vem))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    ResultActions skicka(String sida, MultiValueMap<String, String> formular, MalbildAnvandare vem) throws Exception {
        return mvc.perform(post(adress(sida)).params(formular).with(csrf()).with(user(vem)));
    }

    static Document svar(ResultActions svar) throws Exception {
        return Jsoup.parse(svar.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The fields a browser would send from the page's form whose action ends with {@code sida}. */
    static MultiValueMap<String, String> formular(Document dokument, String sida) {
        Element form = dokument.selectFirst("form[action$=/" + sida + "]");
        MultiValueMap<String, String> falt = new LinkedMultiValueMap<>();
        if (form == null) {
            return falt;
        }
        for (Element input : form.select("input[name], textarea[name]")) {
            String typ = input.attr("type");
            if (input.hasAttr("disabled") || typ.equals("submit")
                    || ((typ.equals("checkbox") || typ.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            falt.add(input.attr("name"), input.val());
        }
        return falt;
    }

    /** The index of a nämndmål's row in the assessment form. */
    static int rad(Document dokument, long namndmalId) {
        var rader = dokument.select("input[name$=.namndmalId]");
        for (int i = 0; i < rader.size(); i++) {
            if (rader.get(i).val().equals(String.valueOf(namndmalId))) {
                return i;
            }
        }
        throw new AssertionError("Inget nämndmål " + namndmalId + " i formuläret");
    }

    int andringar() {
        return jdbc.queryForObject("select count(*) from andring where namnd_id = ?", Integer.class, namndId);
    }
}
