package se.malbild.resultat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.NamndRepository;
import se.malbild.rapport.faststallelse.Linkopingkopia;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;

/**
 * The public municipality page costs the same number of SQL statements for 1, 10 and 20 committees with published
 * delårsrapporter: the snapshots are read in one query. One real delårsrapport is adopted and published; the other
 * committees' reports are copies of its stored document under their own committee (inserted as adoption inserts
 * them, since adopting twenty real reports would only make the test slow).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class ResultatSqlIT {

    private static final String KALLA = "9871";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningDemo demo;

    @Autowired
    NamndRepository namnder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void theMunicipalityPageCostsTheSameStatementsForOneTenAndTwentyCommittees() throws Exception {
        Linkopingkopia.Kopia kopia = new Linkopingkopia(importer, demo, namnder, jdbc).augusti2022(KALLA);
        MalbildAnvandare rut = new MalbildAnvandare(41, "rut", "Rut", Roll.REGISTRATOR, Set.of(kopia.namndId()));
        MalbildAnvandare petra = new MalbildAnvandare(42, "petra", "Petra", Roll.POLITIKER, Set.of());
        mvc.perform(post(kopia.adress("lamna-in")).with(csrf()).with(user(rut))).andExpect(status().is3xxRedirection());
        mvc.perform(post(kopia.adress("delarsrapport/faststall")).param("beslutsdatum", "2022-09-22")
                .param("paragraf", "AN § 87").param("kommentar", "").with(csrf()).with(user(petra)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from faststalld_rapport where namnd_id = ?", Long.class, kopia.namndId());
        mvc.perform(post("/rapporter/" + id + "/publicera").with(csrf()).with(user(petra)))
                .andExpect(status().is3xxRedirection());

        kommunMedNamnder("9872", 1, id);
        kommunMedNamnder("9873", 10, id);
        kommunMedNamnder("9874", 20, id);

        long en = satser("/resultat/9872");
        long tio = satser("/resultat/9873");
        long tjugo = satser("/resultat/9874");

        assertThat(sida("/resultat/9874").select("section.namndresultat")).hasSize(20);
        assertThat(sida("/resultat/9873").select("section.namndresultat")).hasSize(10);
        assertThat(sida("/resultat/9872").select("section.namndresultat article.malresultat")).isNotEmpty();
        assertThat(tio).isEqualTo(en);
        assertThat(tjugo).isEqualTo(en);
        assertThat(en).isLessThanOrEqualTo(6);
    }

    /** A municipality whose {@code antal} committees each have a published copy of the adopted report. */
    private void kommunMedNamnder(String scbKod, int antal, long kalla) {
        jdbc.update("insert into kommun (scb_kod, namn) values (?, ?)", scbKod, "Provkommun " + scbKod);
        long kommun = jdbc.queryForObject("select id from kommun where scb_kod = ?", Long.class, scbKod);
        for (int i = 1; i <= antal; i++) {
            String kod = "N" + i;
            long namnd = jdbc.queryForObject("insert into namnd (kommun_id, kod, namn) values (?, ?, ?) returning id",
                    Long.class, kommun, kod, "Nämnd " + i);
            long rapport = jdbc.queryForObject("""
                    insert into faststalld_rapport (namnd_id, rapporttyp, ar, uppfoljningspunkt_id, titel, beslutsdatum,
                        paragraf, faststalld_av, dokument_json, html, pdf, sha256)
                    select ?, rapporttyp, ar, uppfoljningspunkt_id, titel, beslutsdatum, paragraf, faststalld_av, j, html,
                        pdf, encode(sha256(convert_to(j, 'UTF8')), 'hex')
                    from faststalld_rapport, replace(replace(dokument_json, '"namndKod":"AN"', '"namndKod":"' || ? || '"'),
                        '"scbKod":"9871"', '"scbKod":"' || ? || '"') j
                    where id = ? returning id""", Long.class, namnd, kod, scbKod, kalla);
            jdbc.update("insert into rapport_publicering (faststalld_rapport_id, publicerad_av) values (?, 'petra')",
                    rapport);
        }
    }

    private long satser(String adress) throws Exception {
        Statistics statistik = emf.unwrap(SessionFactory.class).getStatistics();
        statistik.clear();
        mvc.perform(get(adress)).andExpect(status().isOk());
        return statistik.getPrepareStatementCount();
    }

    private Document sida(String adress) throws Exception {
        return Jsoup.parse(mvc.perform(get(adress)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
