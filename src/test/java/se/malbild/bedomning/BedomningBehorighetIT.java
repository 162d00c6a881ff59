package se.malbild.bedomning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.malbild.onboarding.PlanImportService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * Every write of the assessment module refuses everyone but the committee's registrators and admins, and ids of
 * another committee or municipality in the address or the form, and changes nothing when it refuses.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BedomningBehorighetIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    JdbcTemplate jdbc;

    Bedomningsfixtur linkoping;
    long tranas;
    long tranasPunkt;
    long avtalstrohet;

    /** A write endpoint (relative to the follow-up's address) and the form a registrator of the committee sends. */
    record Skrivning(String sida, String formularsida) {

        @Override
        public String toString() {
            return sida;
        }
    }

    static Stream<Skrivning> skrivningar() {
        return Stream.of(new Skrivning("bedomning", "bedomning"), new Skrivning("texter", "texter"),
                new Skrivning("uppdrag-och-kontroll", "uppdrag-och-kontroll"),
                new Skrivning("uppdrag-och-kontroll/ny", "uppdrag-och-kontroll"));
    }

    @BeforeAll
    void tvaKommuner() {
        linkoping = Bedomningsfixtur.linkopingAugusti2022("9976", importer, uppfoljningar, jdbc, mvc);
        tranas = Bedomningsfixtur.tranas(importer, jdbc);
        tranasPunkt = uppfoljningar.skapaPunkt("0687", 2023, 4, Uppfoljningstyp.DELAR, "tertial 1 2023", null).getId();
        avtalstrohet = linkoping.namndmal("HOG_AVTALSTROHET");
        jdbc.update("insert into planpost (namnd_id, ar, slag, text, ordning) values (?, 2022, 'KONTROLLMOMENT', "
                + "'Linköpings kontrollmoment', 1) on conflict do nothing", linkoping.namndId);
        jdbc.update("insert into planpost (namnd_id, ar, slag, text, ordning) values (?, 2023, 'KONTROLLMOMENT', "
                + "'Tranås kontrollmoment', 1) on conflict do nothing", tranas);
        jdbc.update("insert into strategiskt_uppdrag (namnd_id, ar, typ, text, ordning) select ?, 2023, 'NAMNDSPECIFIKT', "
                + "'Tranås uppdrag', 1 where not exists (select 1 from strategiskt_uppdrag where namnd_id = ?)", tranas, tranas);
    }

    /** A form that the committee's own registrator may send: one change on the page. */
    private MultiValueMap<String, String> giltigt(Skrivning skrivning) throws Exception {
        if (skrivning.sida().endsWith("/ny")) {
            MultiValueMap<String, String> ny = new LinkedMultiValueMap<>();
            ny.add("slag", "AKTIVITET");
            ny.add("text", "Aktivitet " + System.nanoTime());
            return ny;
        }
        Document sida = linkoping.sida(skrivning.formularsida(), linkoping.registrator("rut"));
        MultiValueMap<String, String> formular = Bedomningsfixtur.formular(sida, skrivning.formularsida());
        String andring = "ändrat " + System.nanoTime();
        switch (skrivning.sida()) {
            case "bedomning" -> {
                int rad = Bedomningsfixtur.rad(sida, avtalstrohet);
                formular.set("rader[" + rad + "].status", "KAN_EJ_BEDOMAS");
                formular.set("rader[" + rad + "].motivering", andring);
            }
            case "texter" -> formular.set("rader[0].text", andring);
            default -> {
                formular.set("rader[0].status", "PAGAR");
                formular.set("rader[0].kommentar", andring);
            }
        }
        return formular;
    }

    @ParameterizedTest
    @MethodSource("skrivningar")
    void theCommitteesRegistratorMayWrite(Skrivning skrivning) throws Exception {
        String fore = tillstand();
        linkoping.skicka(skrivning.sida(), giltigt(skrivning), linkoping.registrator("rut"))
                .andExpect(status().is3xxRedirection());
        assertThat(tillstand()).isNotEqualTo(fore);
    }

    @ParameterizedTest
    @MethodSource("skrivningar")
    void aRegistratorOfAnotherCommitteeAPoliticianAndAControllerAreRefused(Skrivning skrivning) throws Exception {
        MultiValueMap<String, String> formular = giltigt(skrivning);
        String fore = tillstand();
        for (MalbildAnvandare vem : List.of(new MalbildAnvandare(21, "ture", "Ture", Roll.REGISTRATOR, Set.of(tranas)),
                new MalbildAnvandare(22, "petra", "Petra", Roll.POLITIKER, Set.of()),
                new MalbildAnvandare(23, "carl", "Carl", Roll.CONTROLLER, Set.of()))) {
            linkoping.skicka(skrivning.sida(), formular, vem).andExpect(status().isForbidden());
        }
        assertThat(tillstand()).isEqualTo(fore);
    }

    @ParameterizedTest
    @MethodSource("skrivningar")
    void anUnknownCommitteeOrAnotherMunicipalitysPointInTheAddressIsNotFound(Skrivning skrivning) throws Exception {
        MultiValueMap<String, String> formular = giltigt(skrivning);
        MalbildAnvandare ada = Bedomningsfixtur.admin("ada");
        String fore = tillstand();
        mvc.perform(post("/namnder/" + linkoping.namndId + "/uppfoljning/" + tranasPunkt + "/" + skrivning.sida())
                .params(formular).with(csrf()).with(user(ada))).andExpect(status().isNotFound());
        mvc.perform(post("/namnder/987654321/uppfoljning/" + linkoping.punktId + "/" + skrivning.sida())
                .params(formular).with(csrf()).with(user(ada))).andExpect(status().isNotFound());
        mvc.perform(post("/namnder/" + tranas + "/uppfoljning/" + linkoping.punktId + "/" + skrivning.sida())
                .params(formular).with(csrf()).with(user(ada))).andExpect(status().isNotFound());
        assertThat(tillstand()).isEqualTo(fore);
    }

    @Test
    void aNamndmalOfAnotherCommitteeInTheFormIsRefusedAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> formular = giltigt(new Skrivning("bedomning", "bedomning"));
        long tranasMal = jdbc.queryForObject("select id from namndmal where namnd_id = ? limit 1", Long.class, tranas);
        formular.set("rader[1].namndmalId", String.valueOf(tranasMal));
        formular.set("rader[1].status", "UPPFYLLS");
        formular.set("rader[1].motivering", "Fel nämnd");
        vagras("bedomning", formular);
    }

    @Test
    void aVerksamhetOfAnotherCommitteeInTheTextFormIsRefusedAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> formular = giltigt(new Skrivning("texter", "texter"));
        long tranasVerksamhet = jdbc.queryForObject("select id from verksamhet where namnd_id = ? limit 1", Long.class, tranas);
        formular.set("rader[3].avsnitt", "VERKSAMHET");
        formular.set("rader[3].verksamhetId", String.valueOf(tranasVerksamhet));
        formular.set("rader[3].text", "Fel nämnd");
        vagras("texter", formular);
    }

    @Test
    void anAssignmentOrKontrollmomentOfAnotherCommitteeInTheStatusFormIsRefusedAndNothingIsSaved() throws Exception {
        long tranasUppdrag = jdbc.queryForObject("select id from strategiskt_uppdrag where namnd_id = ? limit 1",
                Long.class, tranas);
        MultiValueMap<String, String> uppdrag = giltigt(new Skrivning("uppdrag-och-kontroll", "uppdrag-och-kontroll"));
        uppdrag.set("rader[1].listtyp", "UPPDRAG");
        uppdrag.set("rader[1].id", String.valueOf(tranasUppdrag));
        uppdrag.set("rader[1].status", "GENOMFORD");
        vagras("uppdrag-och-kontroll", uppdrag);

        long tranasMoment = jdbc.queryForObject("select id from planpost where namnd_id = ? limit 1", Long.class, tranas);
        MultiValueMap<String, String> moment = giltigt(new Skrivning("uppdrag-och-kontroll", "uppdrag-och-kontroll"));
        moment.set("rader[1].listtyp", "KONTROLLMOMENT");
        moment.set("rader[1].id", String.valueOf(tranasMoment));
        moment.set("rader[1].status", "GENOMFORD");
        vagras("uppdrag-och-kontroll", moment);
    }

    @Test
    void aStrategicAssignmentCannotBeAddedByHand() throws Exception {
        MultiValueMap<String, String> ny = new LinkedMultiValueMap<>();
        ny.add("slag", "UPPDRAG");
        ny.add("text", "Ett eget uppdrag");
        vagras("uppdrag-och-kontroll/ny", ny);
    }

    @Test
    void anotherCommitteesRegistratorCannotReadThePagesOrTheHistory() throws Exception {
        MalbildAnvandare ture = new MalbildAnvandare(21, "ture", "Ture", Roll.REGISTRATOR, Set.of(tranas));
        for (String sida : List.of("bedomning", "texter", "uppdrag-och-kontroll", "historik/bedomning/1")) {
            mvc.perform(get(linkoping.adress(sida)).with(user(ture))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theHistoryOfAnotherCommitteesObjectIsNotFoundUnderThisCommitteesAddress() throws Exception {
        long tranasStatus = jdbc.queryForObject("""
                insert into planpost_status (planpost_id, uppfoljningspunkt_id, status) values (?, ?, 'PAGAR')
                on conflict (planpost_id, uppfoljningspunkt_id) do update set status = 'PAGAR' returning id""",
                Long.class, jdbc.queryForObject("select id from planpost where namnd_id = ? limit 1", Long.class, tranas),
                tranasPunkt);
        mvc.perform(get(linkoping.adress("historik/planpost/" + tranasStatus)).with(user(linkoping.registrator("rut"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(linkoping.adress("historik/okand/1")).with(user(linkoping.registrator("rut"))))
                .andExpect(status().isNotFound());
    }

    private void vagras(String sida, MultiValueMap<String, String> formular) throws Exception {
        String fore = tillstand();
        linkoping.skicka(sida, formular, linkoping.registrator("rut")).andExpect(status().isForbidden());
        assertThat(tillstand()).isEqualTo(fore);
    }

    /** Everything the module stores for the two committees, and their audit trail. */
    private String tillstand() {
        return jdbc.queryForObject("""
                select concat_ws('|',
                  (select string_agg(b::text, ',' order by b.id) from bedomning b join namndmal m on m.id = b.namndmal_id
                     where m.namnd_id in (?, ?)),
                  (select string_agg(t::text, ',' order by t.id) from rapporttext t where t.namnd_id in (?, ?)),
                  (select string_agg(u::text, ',' order by u.id) from uppdrag_status u where u.namnd_id in (?, ?)),
                  (select string_agg(p::text, ',' order by p.id) from planpost p where p.namnd_id in (?, ?)),
                  (select string_agg(s::text, ',' order by s.id) from planpost_status s join planpost p on p.id = s.planpost_id
                     where p.namnd_id in (?, ?)),
                  (select count(*)::text from andring a where a.namnd_id in (?, ?)))""", String.class,
                linkoping.namndId, tranas, linkoping.namndId, tranas, linkoping.namndId, tranas, linkoping.namndId,
                tranas, linkoping.namndId, tranas, linkoping.namndId, tranas);
    }
}
