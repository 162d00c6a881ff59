package se.malbild.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.NamndRepository;
import se.malbild.rapport.faststallelse.Linkopingkopia;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.UppfoljningService;

/**
 * A politician in a real Chromium reads the demo delårsrapport per 31 augusti 2022, adopts it and reads the adopted
 * version and the list of adopted reports; every page scanned with axe-core (WCAG 2.1 A/AA), a status shown as icon
 * and words.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class DelarsrapportBrowserIT {

    private static final String LOSENORD = "politiker-i-webblasaren";
    private static final String KOMMUN = "9932";

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @LocalServerPort
    int port;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    UppfoljningDemo demo;

    @Autowired
    AnvandareService anvandare;

    @Autowired
    NamndRepository namnder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPoliticianReadsAdoptsAndReadsTheAdoptedDelarsrapport() {
        Linkopingkopia.Kopia kopia = new Linkopingkopia(importer, demo, namnder, jdbc).augusti2022(KOMMUN);
        lamnaIn(kopia);
        String anvandarnamn = "politiker-" + UUID.randomUUID().toString().substring(0, 8);
        anvandare.skapaOmSaknas(anvandarnamn, "Petra Politiker", LOSENORD, Roll.POLITIKER, List.of());
        WebDriver driver = webblasare.driver();
        List<String> brister = new ArrayList<>();

        webblasare.loggaIn(port, anvandarnamn, LOSENORD);
        driver.get("http://localhost:" + port + "/namnder/" + kopia.namndId() + "/uppfoljning");
        klicka(By.xpath("//a[normalize-space(.)='Delårsrapport per 31 augusti 2022']"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Delårsrapport per 31 augusti 2022");
        WebElement status = driver.findElement(By.cssSelector(".dokument .status"));
        assertThat(status.findElements(By.tagName("svg"))).as("a status has its icon").isNotEmpty();
        assertThat(status.getText()).as("and its words").isNotBlank();
        webblasare.skarmdump("delarsrapport");
        webblasare.granska("delarsrapport", brister);

        driver.findElement(By.cssSelector("details.faststallform summary")).click();
        // A date field's typing order follows the browser's locale; the value is what the form sends.
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2022-09-20'",
                driver.findElement(By.id("beslutsdatum")));
        WebElement paragraf = driver.findElement(By.id("paragraf"));
        paragraf.click();
        paragraf.sendKeys("AN § 87");
        klicka(By.cssSelector("form[action$='/faststall'] button[type=submit]"));
        assertThat(driver.findElement(By.cssSelector(".meddelande")).getText()).startsWith("Rapporten är fastställd");
        assertThat(driver.findElement(By.cssSelector(".faststallelse")).getText()).contains("Fastställd").contains("AN § 87");

        klicka(By.xpath("//a[normalize-space(.)='Läs den fastställda rapporten']"));
        assertThat(driver.findElement(By.cssSelector(".faststalld")).getText()).contains("AN § 87")
                .contains("Fingeravtrycket stämmer");
        webblasare.skarmdump("delarsrapport-faststalld");
        webblasare.granska("delarsrapport-faststalld", brister);

        klicka(By.xpath("//a[starts-with(normalize-space(.), 'Fastställda rapporter för')]"));
        assertThat(driver.findElement(By.cssSelector("table")).getText()).contains("Delårsrapport per 31 augusti 2022")
                .contains("AN § 87").contains("Nej");
        webblasare.granska("rapporter", brister);

        assertThat(brister).as(() -> "axe-core hittade allvarliga eller kritiska brister:\n" + String.join("\n", brister)).isEmpty();
    }

    private void lamnaIn(Linkopingkopia.Kopia kopia) {
        MalbildAnvandare admin = new MalbildAnvandare(0, "webblasartest", "Webbläsartest", Roll.ADMIN, java.util.Set.of());
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            uppfoljningar.lamnaIn(kopia.namndId(), kopia.punktId());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }

    private void klicka(By element) {
        webblasare.vanta().until(ExpectedConditions.elementToBeClickable(element)).click();
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }
}
