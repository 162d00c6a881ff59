package se.malbild.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.LocalDate;
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
import se.malbild.onboarding.PlanImportService;
import se.malbild.organisation.NamndRepository;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * A registrator in a real Chromium: from the start page to the follow-up, enters an outcome with the keyboard (tab
 * order row by row), saves, opens the value's history; each page scanned with axe-core (WCAG 2.1 A/AA).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class UtfallBrowserIT {

    private static final String LOSENORD = "registrator-i-webblasaren";

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @LocalServerPort
    int port;

    @Autowired
    PlanImportService importer;

    @Autowired
    AnvandareService anvandare;

    @Autowired
    NamndRepository namnder;

    @Autowired
    UppfoljningService uppfoljningar;

    @Test
    void aRegistratorEntersAnOutcomeWithTheKeyboardAndReadsItsHistory() {
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "webblasartest");
        uppfoljningar.skapaPunkt("0580", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", LocalDate.of(2022, 9, 12));
        String anvandarnamn = "registrator-" + UUID.randomUUID().toString().substring(0, 8);
        anvandare.skapaOmSaknas(anvandarnamn, "Rut Registrator", LOSENORD, Roll.REGISTRATOR,
                List.of(namnder.findByKommunAndKod("0580", "AN").orElseThrow()));
        WebDriver driver = webblasare.driver();
        List<String> brister = new ArrayList<>();

        webblasare.loggaIn(port, anvandarnamn, LOSENORD);

        long namndId = namnder.findByKommunAndKod("0580", "AN").orElseThrow().getId();
        klicka(By.cssSelector("a[href='/namnder/" + namndId + "/uppfoljning']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Uppföljning");
        webblasare.granska("uppfoljning-oversikt", brister);

        klicka(By.xpath("//a[contains(., 'Utfall per 31 augusti 2022')]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("per 31 augusti 2022");
        webblasare.skarmdump("utfall-inmatning");
        webblasare.granska("utfall-inmatning", brister);

        WebElement hushall = falt("Utfall för Antal hushåll med ekonomiskt bistånd, utfall i slutet av verksamhetsåret");
        // Another test may already have loaded the demo's 3 090 into this shared database; enter a change either way.
        boolean redanDemovardet = hushall.getAttribute("value").replaceAll("\\D", "").equals("3090");
        String nytt = redanDemovardet ? "3 091" : "3 090";
        hushall.click();
        hushall.sendKeys(Keys.chord(Keys.CONTROL, "a"), nytt, Keys.TAB);
        String nasta = driver.switchTo().activeElement().getAttribute("id");
        assertThat(nasta).as("Tab leads to the same row's I.U.").isEqualTo(hushall.getAttribute("id").replace("varde", "ingetUtfall1"));
        driver.findElement(By.cssSelector("button.primar")).click();

        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".meddelande")));
        assertThat(driver.findElement(By.cssSelector(".meddelande")).getText()).startsWith("Sparat:");
        webblasare.granska("utfall-sparat", brister);

        klicka(By.xpath("//a[contains(@aria-label, 'Historik för Antal hushåll med ekonomiskt bistånd')]"));
        assertThat(driver.findElement(By.tagName("tbody")).getText()).contains(anvandarnamn)
                .contains(nytt.replace(" ", ""));
        webblasare.granska("utfall-historik", brister);

        driver.get("http://localhost:" + port + "/namnder/" + namndId + "/uppfoljning");
        klicka(By.xpath("//a[contains(., 'Volymer och personal per 31 augusti 2022')]"));
        WebElement volym = falt("Utfall för Antal hushåll med ekonomiskt bistånd, utfall per sista månad");
        volym.click();
        volym.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3 090", Keys.ENTER);
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".meddelande")));
        webblasare.granska("nyckeltal-sparat", brister);

        assertThat(brister).as(() -> "axe-core hittade allvarliga eller kritiska brister:\n" + String.join("\n", brister)).isEmpty();
    }

    private WebElement falt(String etikett) {
        WebElement label = webblasare.driver().findElement(By.xpath("//label[normalize-space(.)='" + etikett + "']"));
        return webblasare.driver().findElement(By.id(label.getAttribute("for")));
    }

    private void klicka(By lank) {
        webblasare.vanta().until(ExpectedConditions.elementToBeClickable(lank)).click();
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

}
