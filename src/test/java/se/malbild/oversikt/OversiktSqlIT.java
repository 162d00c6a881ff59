package se.malbild.oversikt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.bedomning.BedomningInmatning;
import se.malbild.bedomning.BedomningService;
import se.malbild.ekonomi.EkonomiFixturer;
import se.malbild.mal.Malstatus;
import se.malbild.mal.NamndmalRepository;
import se.malbild.onboarding.PlanImportService;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * The overview costs the same number of SQL statements for a municipality with 1, 10 and 20 committees, each with
 * Linköping's plan, submitted and assessed at two points.
 */
// A small batch size, so that loading per committee could not hide behind one batch.
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "spring.jpa.properties.hibernate.default_batch_fetch_size=4"})
@AutoConfigureMockMvc
class OversiktSqlIT {

    private static final MalbildAnvandare ADMIN = new MalbildAnvandare(9830, "ada", "Ada", Roll.ADMIN, Set.of());
    private static final MalbildAnvandare POLITIKER = new MalbildAnvandare(9831, "petra", "Petra", Roll.POLITIKER, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    BedomningService bedomningar;

    @Autowired
    NamndRepository namnder;

    @Autowired
    NamndmalRepository namndmal;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void oneTenAndTwentyCommitteesCostTheSameNumberOfStatements() throws Exception {
        long en = satser(kommun("9833", 1), 1);
        long tio = satser(kommun("9834", 10), 10);
        long tjugo = satser(kommun("9835", 20), 20);

        assertThat(tio).isEqualTo(en);
        assertThat(tjugo).isEqualTo(en);
        assertThat(en).isLessThanOrEqualTo(30);
    }

    /** A municipality with {@code antal} committees, each assessed and submitted in March and August 2022. */
    private Uppfoljningspunkt kommun(String scbKod, int antal) {
        String plan = new String(EkonomiFixturer.plan(scbKod), StandardCharsets.UTF_8);
        Uppfoljningspunkt mars = null;
        Uppfoljningspunkt augusti = null;
        for (int i = 0; i < antal; i++) {
            importer.importera(plan.replace("\"kod\": \"AN\"", "\"kod\": \"AN" + i + "\"")
                    .replace("\"namn\": \"Arbetsmarknadsnämnden\"", "\"namn\": \"Nämnd " + i + "\"")
                    .getBytes(StandardCharsets.UTF_8), scbKod + "-" + i + ".json", "test");
            if (mars == null) {
                mars = uppfoljningar.skapaPunkt(scbKod, 2022, 3, Uppfoljningstyp.DELAR, "per 31 mars 2022", null);
                augusti = uppfoljningar.skapaPunkt(scbKod, 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null);
            }
            Namnd namnd = namnder.findByKommunAndKod(scbKod, "AN" + i).orElseThrow();
            bedom(namnd, mars, Malstatus.UPPFYLLS_DELVIS);
            bedom(namnd, augusti, Malstatus.UPPFYLLS);
        }
        return augusti;
    }

    private void bedom(Namnd namnd, Uppfoljningspunkt punkt, Malstatus status) {
        List<BedomningInmatning> inmatningar = namndmal.findGallande(namnd, 2022).stream()
                .map(m -> new BedomningInmatning(m.getId(), status, "Bedömt i testet.", null, null, null, null, false))
                .toList();
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(ADMIN, null, ADMIN.getAuthorities()));
        try {
            assertThat(bedomningar.spara(namnd.getId(), punkt.getId(), inmatningar).lyckades()).isTrue();
            uppfoljningar.lamnaIn(namnd.getId(), punkt.getId());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }

    private long satser(Uppfoljningspunkt punkt, int antal) throws Exception {
        String adress = "/kommuner/" + punkt.getKommun().getScbKod() + "/oversikt?punkt=" + punkt.getId();
        Statistics statistik = emf.unwrap(SessionFactory.class).getStatistics();
        statistik.clear();
        String html = mvc.perform(get(adress).with(user(POLITIKER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        long satser = statistik.getPrepareStatementCount();

        Document sida = Jsoup.parse(html);
        assertThat(sida.select("p.datalage strong").eachText()).hasSize(antal).allMatch("Inlämnad (ännu inte fastställd)"::equals);
        assertThat(sida.select("tr.summa td:eq(1)").eachText()).hasSize(antal).allMatch("9"::equals);
        assertThat(sida.select("ul.forandringar li").eachText()).hasSize(antal * 2)
                .contains("+9 uppfylls (jämfört med per 31 mars 2022)", "\u22129 uppfylls delvis (jämfört med per 31 mars 2022)");
        return satser;
    }
}
