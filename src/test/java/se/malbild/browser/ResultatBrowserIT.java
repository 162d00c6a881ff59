package se.malbild.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import se.malbild.kolada.Jamforelsegrupper;
import se.malbild.kolada.KoladaDemo;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.NamndRepository;
import se.malbild.rapport.faststallelse.Beslut;
import se.malbild.rapport.faststallelse.FaststallelseService;
import se.malbild.rapport.faststallelse.Linkopingkopia;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;
import se.malbild.uppfoljning.UppfoljningService;

/**
 * A citizen, not logged in, reads the public results of the demo delårsrapport per 31 augusti 2022 in a real
 * Chromium, after it is adopted and published in the test: "Nådde vi fram?" as icon and words, and the comparison
 * with the R9 municipalities from the demo's Kolada data, its chart with a data table; scanned with axe-core.
 * The demo is copied under a code of its own, since the shared test database keeps Linköping's follow-up open for
 * the tests that enter outcomes in it.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class ResultatBrowserIT {

    private static final String KOMMUN = "9880";

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @LocalServerPort
    int port;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningDemo demo;

    @Autowired
    NamndRepository namnder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    FaststallelseService faststallelser;

    @Autowired
    KoladaDemo kolada;

    @Autowired
    Jamforelsegrupper grupper;

    @Autowired
    TransactionTemplate transaktion;

    @Test
    void aCitizenReadsTheResultsWithoutLoggingIn() {
        publiceraDemorapporten();
        WebDriver driver = webblasare.driver();
        List<String> brister = new ArrayList<>();

        driver.get("http://localhost:" + port + "/resultat");
        webblasare.granska("resultat-kommuner", brister);
        driver.findElement(By.cssSelector("a[href='/resultat/" + KOMMUN + "']")).click();
        webblasare.vanta().until(d -> d.getCurrentUrl().endsWith("/resultat/" + KOMMUN));

        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Nådde").endsWith("fram?");
        assertThat(driver.findElements(By.cssSelector("form.logga-ut"))).as("not logged in").isEmpty();
        List<WebElement> svar = driver.findElements(By.cssSelector("article.malresultat p.svar"));
        assertThat(svar).isNotEmpty().allSatisfy(s -> assertThat(s.getText())
                .matches("Nådde vi fram\\? (Ja|Delvis|Nej|Går inte att bedöma ännu)"));
        webblasare.skarmdump("resultat");
        webblasare.granska("resultat", brister);

        WebElement jamforelse = driver.findElement(By.cssSelector("section.jamforelser"));
        assertThat(jamforelse.findElements(By.cssSelector("figure.diagram svg[role=img]"))).isNotEmpty();
        assertThat(jamforelse.getText()).contains("Källa: Kolada").contains("Det här är demodata");
        WebElement tabell = jamforelse.findElement(By.cssSelector("table.jamforelsetabell"));
        assertThat(tabell.findElements(By.cssSelector("thead th")).get(0).getText()).isEqualTo("Kommun");
        assertThat(tabell.findElements(By.cssSelector("tbody th[scope=row]")).stream().map(WebElement::getText).toList())
                .contains("Linköping", "Norrköping", "Eskilstuna", "Västerås", "Södertälje");

        assertThat(brister).as(() -> "axe-core hittade allvarliga eller kritiska brister:\n" + String.join("\n", brister))
                .isEmpty();
    }

    /** The demo report under its own code, submitted, adopted and published; the demo's Kolada data and R9 group. */
    private void publiceraDemorapporten() {
        if (namnder.findByKommunAndKod(KOMMUN, "AN").isPresent()) {
            return;
        }
        // The demo's Kolada data also sets Linköping's own group, so Linköping must exist (an idempotent import).
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "webblasartest");
        Linkopingkopia.Kopia kopia = new Linkopingkopia(importer, demo, namnder, jdbc).augusti2022(KOMMUN);
        MalbildAnvandare ada = new MalbildAnvandare(51, "ada", "Ada", Roll.ADMIN, java.util.Set.of());
        MalbildAnvandare petra = new MalbildAnvandare(52, "petra", "Petra", Roll.POLITIKER, java.util.Set.of());
        som(ada, () -> transaktion.execute(t -> {
            kolada.lasIn(namnder.findByKommunAndKod(KOMMUN, "AN").orElseThrow());
            return grupper.spara(KOMMUN, "R9", "0580;Linköping\n0581;Norrköping\n0484;Eskilstuna\n1980;Västerås\n"
                    + "0181;Södertälje\n1880;Örebro\n0380;Uppsala\n0680;Jönköping\n1283;Helsingborg");
        }));
        som(ada, () -> {
            transaktion.executeWithoutResult(t -> uppfoljningar.lamnaIn(kopia.namndId(), kopia.punktId()));
            return null;
        });
        long id = som(petra, () -> transaktion.execute(t -> faststallelser.faststallDelarsrapport(kopia.namndId(),
                kopia.punktId(), new Beslut(LocalDate.of(2022, 9, 22), "AN § 87", null))));
        som(petra, () -> {
            transaktion.executeWithoutResult(t -> faststallelser.publicera(id));
            return null;
        });
    }

    private static <T> T som(MalbildAnvandare vem, Supplier<T> arbete) {
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(vem, null, vem.getAuthorities()));
        try {
            return arbete.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }
}
