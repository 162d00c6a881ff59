package se.malbild.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.testsupport.Demofiler;

@SpringBootTest
@AutoConfigureMockMvc
class ImportSidaIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanImportService importer;

    @Test
    void anAdministratorImportsAPlanAndIsToldWhatWasImported() throws Exception {
        var fil = new MockMultipartFile("fil", "tranas.json", "application/json", Demofiler.las(Demofiler.TRANAS));

        mvc.perform(multipart("/admin/import").file(fil).with(csrf()).with(user("ada").roles("ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/import"))
                .andExpect(flash().attribute("meddelande",
                        "Filen tranas.json är importerad: Kommunstyrelsen, Tranås kommun, 2023 – 3 nämndmål och 3 indikatorer."));

        assertThat(jdbc.queryForObject("select count(*) from import_logg where anvandare = 'ada' and filnamn = 'tranas.json'",
                Integer.class)).isPositive();
    }

    @Test
    void aBrokenFileIsListedWithItsErrorsAndNothingIsSaved() throws Exception {
        String trasig = Demofiler.text(Demofiler.TRANAS)
                .replace("\"scbKod\": \"0687\"", "\"scbKod\": \"9981\"")
                .replace("\"verksamhet\": \"RAS_GARD\"", "\"verksamhet\": \"RAS_GARDEN\"");
        var fil = new MockMultipartFile("fil", "trasig.json", "application/json", trasig.getBytes(StandardCharsets.UTF_8));

        String html = mvc.perform(multipart("/admin/import").file(fil).with(csrf()).with(user("ada").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        Document sida = Jsoup.parse(html);
        assertThat(sida.selectFirst(".felsammanfattning h2").text()).contains("trasig.json importerades inte. Inget har sparats.");
        assertThat(sida.select(".felsammanfattning li").eachText())
                .anySatisfy(f -> assertThat(f).startsWith("driftbudget.poster[").contains("RAS_GARDEN"));
        assertThat(jdbc.queryForObject("select count(*) from kommun where scb_kod = '9981'", Integer.class)).isZero();
    }

    @Test
    void onlyAdministratorsMayImport() throws Exception {
        var fil = new MockMultipartFile("fil", "tranas.json", "application/json", Demofiler.las(Demofiler.TRANAS));

        mvc.perform(multipart("/admin/import").file(fil).with(csrf()).with(user("rut").roles("REGISTRATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/import").with(user("carl").roles("CONTROLLER"))).andExpect(status().isForbidden());
    }

    @Test
    void theCommandLineImportsEveryFileAndReportsFailureInItsExitCode(@TempDir Path katalog) throws Exception {
        Path bra = Files.write(katalog.resolve("tranas.json"), Demofiler.las(Demofiler.TRANAS));
        Path trasig = Files.writeString(katalog.resolve("trasig.json"), "{ inte json");
        ImportKommando kommando = new ImportKommando(importer);

        kommando.run(new DefaultApplicationArguments(bra.toString()));
        assertThat(kommando.getExitCode()).isZero();

        kommando.run(new DefaultApplicationArguments(bra.toString(), trasig.toString()));
        assertThat(kommando.getExitCode()).isEqualTo(1);
    }
}
