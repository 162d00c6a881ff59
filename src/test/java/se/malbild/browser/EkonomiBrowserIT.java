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
 * A controller in a real Chromium: opens the economy page of seed 001's follow-up per 31 augusti 2022, changes a
 * forecast with the keyboard (tab order along the row), saves, reads the forecast history and the budget import page;
 * each page scanned with axe-core (no serious or critical WCAG 2.1 A/AA violations).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class EkonomiBrowserIT {

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
    void aControllerReadsTheEconomyAndChangesAForecastWithTheKeyboard() {
        EkonomiFixturer.Linkoping an = EkonomiFixturer.linkoping(context, "9964");
        String anvandarnamn = "controller-" + UUID.randomUUID().toString().substring(0, 8);
        anvandare.skapaOmSaknas(anvandarnamn, "Carl Controller", LOSENORD, Roll.CONTROLLER, List.of());
        WebDriver driver = webblasare.driver();
        List<String> brister = new ArrayList<>();

        webblasare.loggaIn(port, anvandarnamn, LOSENORD);

        driver.get("http://localhost:" + port + "/namnder/" + an.namndId() + "/uppfoljning/" + an.augusti().getId() + "/ekonomi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ekonomi per 31 augusti 2022 – Arbetsmarknadsnämnden");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("6 087", "−4 400", "+2,0 %");
        webblasare.skarmdump("ekonomi");
        webblasare.granska("ekonomi", brister);

        klicka(By.linkText("Lämna eller ändra prognos helår"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Prognos helår per 31 augusti 2022");
        webblasare.skarmdump("ekonomi-prognos");
        webblasare.granska("ekonomi-prognos", brister);

        WebElement bistand = falt("Prognos helår för Ekonomiskt bistånd, tkr");
        bistand.click();
        bistand.sendKeys(Keys.chord(Keys.CONTROL, "a"), "311 200", Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("Tab leads along the same row")
                .isEqualTo(bistand.getAttribute("id").replace("prognos", "kostnader"));
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "321 700", Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "−10 500", Keys.TAB);
        driver.switchTo().activeElement().sendKeys(" Justerad i webbläsartestet.");
        WebElement formularet = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("button.primar")).click();
        webblasare.vanta().until(ExpectedConditions.stalenessOf(formularet));

        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".meddelande")));
        assertThat(driver.findElement(By.cssSelector(".meddelande")).getText()).startsWith("Sparat: 1 nya prognoser.");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("311 200");
        webblasare.granska("ekonomi-sparad", brister);

        klicka(By.linkText("Prognoshistorik"));
        assertThat(driver.findElement(By.tagName("tbody")).getText()).contains(anvandarnamn, "311 200");
        webblasare.granska("ekonomi-prognoshistorik", brister);

        WebElement historiken = driver.findElement(By.tagName("html"));
        driver.navigate().back();
        webblasare.vanta().until(ExpectedConditions.stalenessOf(historiken));
        klicka(By.linkText("Läs in uppföljningsbudget"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Uppföljningsbudget 2022");
        webblasare.granska("ekonomi-budget", brister);

        assertThat(brister).as(() -> "axe-core hittade allvarliga eller kritiska brister:\n" + String.join("\n", brister)).isEmpty();
    }

    private WebElement falt(String etikett) {
        WebElement label = webblasare.driver().findElement(By.xpath("//label[normalize-space(.)='" + etikett + "']"));
        return webblasare.driver().findElement(By.id(label.getAttribute("for")));
    }

    private void klicka(By lank) {
        WebElement sidan = webblasare.driver().findElement(By.tagName("html"));
        webblasare.vanta().until(ExpectedConditions.elementToBeClickable(lank)).click();
        webblasare.vanta().until(ExpectedConditions.stalenessOf(sidan));
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

}
