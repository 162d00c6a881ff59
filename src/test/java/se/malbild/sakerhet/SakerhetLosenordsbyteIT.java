package se.malbild.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class SakerhetLosenordsbyteIT {

    private static final String NYTT = "ett nytt och langt losenord";

    @Autowired
    MockMvc mvc;

    @Autowired
    AnvandareRepository repository;

    @Autowired
    AnvandareService anvandareService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void userWhoMustChangePasswordIsSentToPasswordPageUntilItIsChanged() throws Exception {
        String anvandarnamn = SakerhetFixtures.unikt("ny-admin");
        SakerhetFixtures.masteByta(repository, passwordEncoder, anvandarnamn, Roll.ADMIN);
        String gammalHash = hash(anvandarnamn);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/logga-in").session(session).with(csrf())
                        .param("username", anvandarnamn).param("password", SakerhetFixtures.LOSENORD))
                .andExpect(authenticated().withUsername(anvandarnamn));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/konto/losenord"));
        mvc.perform(get("/admin/import").session(session)).andExpect(redirectedUrl("/konto/losenord"));
        mvc.perform(get("/logga-in").session(session)).andExpect(redirectedUrl("/konto/losenord"));
        mvc.perform(get("/css/malbild.css").session(session)).andExpect(status().isOk());
        mvc.perform(get("/konto/losenord").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Du måste välja ett nytt lösenord")));

        mvc.perform(post("/konto/losenord").session(session).with(csrf())
                        .param("nuvarandeLosenord", SakerhetFixtures.LOSENORD)
                        .param("nyttLosenord", NYTT)
                        .param("bekraftaLosenord", NYTT))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("meddelande", "Ditt lösenord är bytt."));

        mvc.perform(get("/logga-in").session(session))
                .andExpect(authenticated().withUsername(anvandarnamn))
                .andExpect(status().isOk());
        assertThat(hash(anvandarnamn)).isNotEqualTo(gammalHash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(NYTT, hash(anvandarnamn))).isTrue();
        assertThat(masteByta(anvandarnamn)).isFalse();
    }

    @Test
    void shortNewPasswordAndMissingFieldsAreExplainedInSwedishAndNothingChanges() throws Exception {
        String anvandarnamn = SakerhetFixtures.unikt("kort");
        SakerhetFixtures.masteByta(repository, passwordEncoder, anvandarnamn, Roll.CONTROLLER);
        String gammalHash = hash(anvandarnamn);

        byt(anvandarnamn, "", "kort", "")
                .andExpect(status().isOk())
                .andExpect(view().name("sakerhet/byt-losenord"))
                .andExpect(model().attributeHasFieldErrors("losenordForm", "nuvarandeLosenord", "nyttLosenord",
                        "bekraftaLosenord"))
                .andExpect(content().string(Matchers.containsString("role=\"alert\"")))
                .andExpect(content().string(Matchers.containsString("Lösenordet byttes inte")))
                .andExpect(content().string(Matchers.containsString("Skriv ditt nuvarande lösenord.")))
                .andExpect(content().string(Matchers.containsString("Det måste ha minst 12 tecken.")))
                .andExpect(content().string(Matchers.containsString("Skriv det nya lösenordet en gång till")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"kort\""))));

        assertThat(hash(anvandarnamn)).isEqualTo(gammalHash);
        assertThat(masteByta(anvandarnamn)).isTrue();
    }

    @Test
    void wrongCurrentPasswordIsRefused() throws Exception {
        String anvandarnamn = SakerhetFixtures.unikt("fel");
        SakerhetFixtures.masteByta(repository, passwordEncoder, anvandarnamn, Roll.REGISTRATOR);
        String gammalHash = hash(anvandarnamn);

        byt(anvandarnamn, "inte mitt losenord", NYTT, NYTT)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("losenordForm", "nuvarandeLosenord"))
                .andExpect(content().string(Matchers.containsString("Det nuvarande lösenordet stämmer inte.")));

        assertThat(hash(anvandarnamn)).isEqualTo(gammalHash);
    }

    @Test
    void newPasswordSameAsCurrentIsRefused() throws Exception {
        String anvandarnamn = SakerhetFixtures.unikt("samma");
        SakerhetFixtures.masteByta(repository, passwordEncoder, anvandarnamn, Roll.POLITIKER);
        String gammalHash = hash(anvandarnamn);

        byt(anvandarnamn, SakerhetFixtures.LOSENORD, SakerhetFixtures.LOSENORD, SakerhetFixtures.LOSENORD)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("losenordForm", "nyttLosenord"))
                .andExpect(content().string(Matchers.containsString("Det nya lösenordet är samma som det nuvarande.")));

        assertThat(hash(anvandarnamn)).isEqualTo(gammalHash);
        assertThat(masteByta(anvandarnamn)).isTrue();
    }

    @Test
    void confirmationThatDiffersIsRefused() throws Exception {
        String anvandarnamn = SakerhetFixtures.unikt("bekrafta");
        SakerhetFixtures.masteByta(repository, passwordEncoder, anvandarnamn, Roll.POLITIKER);
        String gammalHash = hash(anvandarnamn);

        byt(anvandarnamn, SakerhetFixtures.LOSENORD, NYTT, NYTT + "x")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("losenordForm", "bekraftaLosenord"))
                .andExpect(content().string(
                        Matchers.containsString("Bekräftelsen stämmer inte med det nya lösenordet.")));

        assertThat(hash(anvandarnamn)).isEqualTo(gammalHash);
    }

    @Test
    void passwordChangeWithoutCsrfTokenIsRefused() throws Exception {
        String anvandarnamn = SakerhetFixtures.unikt("csrf");
        anvandareService.skapaOmSaknas(anvandarnamn, "Test", SakerhetFixtures.LOSENORD, Roll.POLITIKER, List.of());
        String gammalHash = hash(anvandarnamn);

        mvc.perform(post("/konto/losenord").with(user(userDetailsService.loadUserByUsername(anvandarnamn)))
                        .param("nuvarandeLosenord", SakerhetFixtures.LOSENORD)
                        .param("nyttLosenord", NYTT)
                        .param("bekraftaLosenord", NYTT))
                .andExpect(status().isForbidden());

        assertThat(hash(anvandarnamn)).isEqualTo(gammalHash);
    }

    private ResultActions byt(String anvandarnamn, String nuvarande, String nytt, String bekrafta) throws Exception {
        return mvc.perform(post("/konto/losenord").with(csrf())
                .with(user(userDetailsService.loadUserByUsername(anvandarnamn)))
                .param("nuvarandeLosenord", nuvarande)
                .param("nyttLosenord", nytt)
                .param("bekraftaLosenord", bekrafta));
    }

    private String hash(String anvandarnamn) {
        return jdbc.queryForObject("select losenord_hash from anvandare where anvandarnamn = ?", String.class,
                anvandarnamn);
    }

    private boolean masteByta(String anvandarnamn) {
        return jdbc.queryForObject("select maste_byta_losenord from anvandare where anvandarnamn = ?", Boolean.class,
                anvandarnamn);
    }
}
