package se.malbild.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.organisation.KommunRepository;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;

@SpringBootTest
@AutoConfigureMockMvc
class SakerhetInloggningIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    AnvandareService anvandareService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    KommunRepository kommuner;

    @Autowired
    NamndRepository namnder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unauthenticatedVisitorIsSentToLoginPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/logga-in"));
    }

    @Test
    void loginPageIsPublicAccessibleAndCarriesCsrfToken() throws Exception {
        mvc.perform(get("/logga-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")))
                .andExpect(content().string(Matchers.containsString("<label for=\"username\">Användarnamn</label>")))
                .andExpect(content().string(Matchers.containsString("autocomplete=\"current-password\"")))
                .andExpect(content().string(Matchers.containsString("Målbild samlar kommunens mål")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void loginWithBcryptPasswordSucceeds() throws Exception {
        String anvandarnamn = ny(Roll.CONTROLLER);
        assertThat(jdbc.queryForObject("select losenord_hash from anvandare where anvandarnamn = ?", String.class,
                anvandarnamn)).startsWith("{bcrypt}$2");

        mvc.perform(formLogin("/logga-in").user(anvandarnamn).password(SakerhetFixtures.LOSENORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(anvandarnamn).withRoles("CONTROLLER"));
    }

    @Test
    void wrongPasswordFailsWithSwedishMessage() throws Exception {
        String anvandarnamn = ny(Roll.CONTROLLER);

        mvc.perform(formLogin("/logga-in").user(anvandarnamn).password("fel lösenord helt och hållet"))
                .andExpect(redirectedUrl("/logga-in?fel"))
                .andExpect(unauthenticated());
        mvc.perform(get("/logga-in").param("fel", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("role=\"alert\"")))
                .andExpect(content().string(Matchers.containsString("Användarnamnet eller lösenordet är fel.")));
    }

    @Test
    void inactiveUserCannotLogIn() throws Exception {
        String anvandarnamn = ny(Roll.CONTROLLER);
        jdbc.update("update anvandare set aktiv = false where anvandarnamn = ?", anvandarnamn);

        mvc.perform(formLogin("/logga-in").user(anvandarnamn).password(SakerhetFixtures.LOSENORD))
                .andExpect(redirectedUrl("/logga-in?fel"))
                .andExpect(unauthenticated());
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        String anvandarnamn = ny(Roll.CONTROLLER);

        mvc.perform(post("/logga-in").param("username", anvandarnamn).param("password", SakerhetFixtures.LOSENORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void politikerIsForbiddenOnAdminPages() throws Exception {
        String anvandarnamn = ny(Roll.POLITIKER);

        mvc.perform(get("/admin/import").with(user(userDetailsService.loadUserByUsername(anvandarnamn))))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminIsLetThroughToAdminPages() throws Exception {
        String anvandarnamn = ny(Roll.ADMIN);

        mvc.perform(get("/admin/import").with(user(userDetailsService.loadUserByUsername(anvandarnamn))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isNull());
    }

    @Test
    void registratorIsLoadedWithItsCommitteesAndMayEditOnlyThose() {
        Namnd egen = SakerhetFixtures.namnd(kommuner, namnder);
        Namnd annan = SakerhetFixtures.namnd(kommuner, namnder);
        String anvandarnamn = SakerhetFixtures.unikt("registrator");
        anvandareService.skapaOmSaknas(anvandarnamn, "Rut Registrator", SakerhetFixtures.LOSENORD, Roll.REGISTRATOR,
                List.of(egen));

        MalbildAnvandare registrator = (MalbildAnvandare) userDetailsService.loadUserByUsername(anvandarnamn);

        assertThat(registrator.getNamndIds()).containsExactly(egen.getId());
        assertThat(registrator.farRedigera(egen.getId())).isTrue();
        assertThat(registrator.farRedigera(annan.getId())).isFalse();
        assertThat(registrator.getNamn()).isEqualTo("Rut Registrator");
    }

    @Test
    void skapaOmSaknasLeavesAnExistingUserAsItIs() {
        String anvandarnamn = ny(Roll.POLITIKER);

        anvandareService.skapaOmSaknas(anvandarnamn, "Någon annan", "ett helt annat lösenord", Roll.ADMIN, List.of());

        MalbildAnvandare anvandare = (MalbildAnvandare) userDetailsService.loadUserByUsername(anvandarnamn);
        assertThat(anvandare.getRoll()).isEqualTo(Roll.POLITIKER);
        assertThat(anvandare.getNamn()).isEqualTo("Test " + anvandarnamn);
    }

    @Test
    void logoutSendsToLoginPageWithMessage() throws Exception {
        String anvandarnamn = ny(Roll.POLITIKER);

        mvc.perform(post("/logout").with(csrf()).with(user(userDetailsService.loadUserByUsername(anvandarnamn))))
                .andExpect(redirectedUrl("/logga-in?utloggad"))
                .andExpect(unauthenticated());
        mvc.perform(get("/logga-in").param("utloggad", ""))
                .andExpect(content().string(Matchers.containsString("Du är utloggad.")));
    }

    private String ny(Roll roll) {
        String anvandarnamn = SakerhetFixtures.unikt(roll.name().toLowerCase());
        anvandareService.skapaOmSaknas(anvandarnamn, "Test " + anvandarnamn, SakerhetFixtures.LOSENORD, roll,
                List.of());
        return anvandarnamn;
    }
}
