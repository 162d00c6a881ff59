package se.malbild.uppfoljning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.onboarding.PlanImportService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;

@SpringBootTest
@AutoConfigureMockMvc
class PunktSidaIT {

    private static final String SIDA = "/admin/kommuner/0687/uppfoljningspunkter";
    private static final MalbildAnvandare ADA = new MalbildAnvandare(2, "ada", "Ada", Roll.ADMIN, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorConfiguresTertialsWithDeadlinesAndAMonthOnlyOnce() throws Exception {
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "test");
        jdbc.update("delete from uppfoljningspunkt p using kommun k where k.id = p.kommun_id and k.scb_kod = '0687' and p.ar = 2031");

        mvc.perform(post(SIDA).param("namn", "tertial 1 2031").param("ar", "2031").param("manad", "4").param("typ", "DELAR")
                .param("sistaDag", "2031-05-15").with(csrf()).with(user(ADA))).andExpect(status().is3xxRedirection());
        var svar = Jsoup.parse(mvc.perform(post(SIDA).param("namn", "igen").param("ar", "2031").param("manad", "4")
                .param("typ", "DELAR").with(csrf()).with(user(ADA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(svar.select(".felsammanfattning li").text()).contains("redan en uppföljningspunkt för den månaden");
        assertThat(svar.select("tbody th").eachText()).containsOnlyOnce("tertial 1 2031");
        assertThat(jdbc.queryForObject("""
                select count(*) from uppfoljningspunkt p join kommun k on k.id = p.kommun_id
                where k.scb_kod = '0687' and p.ar = 2031 and p.sista_dag = date '2031-05-15'""", Integer.class)).isOne();
    }

    @Test
    void aMonthOutsideTheYearIsRefusedWithTheReason() throws Exception {
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "test");
        var svar = Jsoup.parse(mvc.perform(post(SIDA).param("namn", "fel").param("ar", "2032").param("manad", "13")
                .param("typ", "DELAR").with(csrf()).with(user(ADA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(svar.select(".felsammanfattning li").text()).contains("Ange en månad mellan 1 och 12.");
        assertThat(svar.selectFirst("input[name=manad]").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void onlyAdministratorsConfigureFollowUpPoints() throws Exception {
        MalbildAnvandare carl = new MalbildAnvandare(4, "carl", "Carl", Roll.CONTROLLER, Set.of());
        mvc.perform(get(SIDA).with(user(carl))).andExpect(status().isForbidden());
        mvc.perform(post(SIDA).param("namn", "x").param("ar", "2033").param("manad", "4").param("typ", "DELAR")
                .with(csrf()).with(user(carl))).andExpect(status().isForbidden());
    }
}
