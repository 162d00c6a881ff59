package se.malbild.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.malbild.ekonomi.EkonomiFixturer;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.Roll;

/**
 * A controller in a real Chromium reads the deviation view of seed 001's committee per 31 augusti 2022: sorts by a
 * header link with the keyboard, opens a row's forecast history, filters on the threshold; each state scanned with
 * axe-core (no serious or critical WCAG 2.1 A/AA violations).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class AvvikelserBrowserIT {

    private static final String LOSENORD = "controller-i-webblasaren";

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AnvandareService anvandare;

    @Test
    void aControllerSortsFiltersAndReadsTheForecastHistory() {
        EkonomiFixturer.Linkoping an = EkonomiFixturer.linkoping(context, "9854");
        String anvandarnamn = "controller-" + UUID.randomUUID().toString().substring(0, 8);
        anvandare.skapaOmSaknas(anvandarnamn, "Carl Controller", LOSENORD, Roll.CONTROLLER, List.of());
        WebDriver driver = webblasare.driver();
        List<String> brister = new ArrayList<>();

        webblasare.loggaIn(port, anvandarnamn, LOSENORD);

        driver.get("http://localhost:" + port + "/kommuner/9854/avvikelser");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Avvikelser per nämnd och verksamhet");
        assertThat(driver.findElement(By.cssSelector("table#avvikelser")).getText()).contains("−4 363", "−4 975",
                "Över tröskeln");
        webblasare.skarmdump("avvikelser");
        webblasare.granska("avvikelser", brister);

        WebElement sortera = driver.findElement(By.partialLinkText("Avvikelse helår 2022"));
        WebElement sidan = driver.findElement(By.tagName("html"));
        sortera.sendKeys(Keys.ENTER);
        webblasare.vanta().until(ExpectedConditions.stalenessOf(sidan));
        assertThat(driver.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(driver.findElement(By.cssSelector("table#avvikelser > tbody > tr:not(.grupp) > th")).getText())
                .endsWith("Flyktingmottagande");

        WebElement historik = driver.findElement(By.cssSelector("#n" + an.namndId() + " details summary"));
        historik.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector("#n" + an.namndId() + " details table")).getText())
                .contains("−10 000", "−5 500");
        webblasare.skarmdump("avvikelser-historik");
        webblasare.granska("avvikelser-historik", brister);

        driver.findElement(By.id("troskel")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        driver.findElement(By.id("bara")).click();
        sidan = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("visa")).click();
        webblasare.vanta().until(ExpectedConditions.stalenessOf(sidan));
        assertThat(driver.findElements(By.cssSelector("table#avvikelser td.troskel")).stream().map(WebElement::getText)
                .toList()).isNotEmpty().allMatch("Över tröskeln"::equals);
        webblasare.granska("avvikelser-over-troskeln", brister);

        assertThat(brister).as(() -> "axe-core hittade allvarliga eller kritiska brister:\n" + String.join("\n", brister)).isEmpty();
    }
}
