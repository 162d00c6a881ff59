package se.malbild.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.malbild.ekonomi.EkonomiFixturer;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.UppfoljningService;

/**
 * The demo politician in a real Chromium opens the overview from the start page, reads the committee's goal
 * fulfilment as icons and words, and drills down to a nämndmål and an indicator's outcomes; every page scanned with
 * axe-core (WCAG 2.1 A/AA).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class OversiktBrowserIT {

    private static final String KOMMUN = "9826";

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @LocalServerPort
    int port;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningDemo demo;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    AnvandareService anvandare;

    @Autowired
    NamndRepository namnder;

    @Test
    void aPoliticianReadsTheOverviewAndDrillsDownToAnIndicator() {
        importer.importera(EkonomiFixturer.plan(KOMMUN), "linkoping-" + KOMMUN + ".json", "test");
        Namnd namnd = namnder.findByKommunAndKod(KOMMUN, "AN").orElseThrow();
        lamnaIn(namnd.getId(), demo.lasInAugusti2022(namnd).getId());
        anvandare.skapaOmSaknas("politiker", "Petra Politiker", "malbild-demo", Roll.POLITIKER, List.of());
        WebDriver driver = webblasare.driver();
        List<String> brister = new ArrayList<>();

        webblasare.loggaIn(port, "politiker", "malbild-demo");
        driver.get("http://localhost:" + port + "/");
        klicka(By.xpath("//a[normalize-space(.)='Översikt för politiker – Testkommun " + KOMMUN + "']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Översikt – Testkommun " + KOMMUN);
        WebElement tabell = driver.findElement(By.xpath("//table[caption[starts-with(., 'Måluppfyllelse per målområde')]]"));
        List<WebElement> rubriker = tabell.findElements(By.cssSelector("thead th .status"));
        assertThat(rubriker).hasSize(4).allSatisfy(r -> {
            assertThat(r.findElements(By.tagName("svg"))).as("a status has its icon").isNotEmpty();
            assertThat(r.getText()).as("and its words").isNotBlank();
        });
        assertThat(tabell.findElements(By.cssSelector("tr.summa td")).stream().map(WebElement::getText).toList())
                .containsExactly("1", "5", "1", "2");
        webblasare.skarmdump("oversikt");
        webblasare.granska("oversikt", brister);

        klicka(By.xpath("//a[normalize-space(.)='Nämndmål och indikatorer – Arbetsmarknadsnämnden']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Arbetsmarknadsnämnden per 31 augusti 2022");
        webblasare.skarmdump("oversikt-namnd");
        webblasare.granska("oversikt-namnd", brister);

        klicka(By.cssSelector("article.namndmal table tbody a"));
        assertThat(driver.findElements(By.xpath("//a[normalize-space(.)='Vem ändrade vad']"))).isNotEmpty();
        webblasare.granska("oversikt-indikator", brister);

        assertThat(brister).as(() -> "axe-core hittade allvarliga eller kritiska brister:\n" + String.join("\n", brister)).isEmpty();
    }

    private void lamnaIn(long namndId, long punktId) {
        MalbildAnvandare admin = new MalbildAnvandare(0, "webblasartest", "Webbläsartest", Roll.ADMIN, Set.of());
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            uppfoljningar.lamnaIn(namndId, punktId);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }

    private void klicka(By element) {
        webblasare.vanta().until(ExpectedConditions.elementToBeClickable(element)).click();
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }
}
