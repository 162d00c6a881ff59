package se.malbild.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;

/**
 * The app in a real Chromium: log in with the keyboard, go from the start page to both demo internbudgets, check the
 * key figures a reader sees, save screenshots of every page and scan each with axe-core (WCAG 2.1 A/AA).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class InternbudgetBrowserIT {

    private static final String NBSP = "\u00a0";
    private static final String MINUS = "\u2212";
    private static final String LOSENORD = "webblasare-korrekt-hast-batteri";

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @LocalServerPort
    int port;

    @Autowired
    PlanImportService importer;

    @Autowired
    AnvandareService anvandare;

    @Test
    void politikerLoggarInOchLaserBadaInternbudgetarna() {
        String anvandarnamn = demodataOchAnvandare();
        WebDriver driver = webblasare.driver();
        List<String> tillganglighet = new ArrayList<>();

        driver.get(url("/logga-in"));
        assertThat(driver.getTitle()).contains("Logga in");
        skarmdump("logga-in");
        webblasare.granska("logga-in", tillganglighet);

        WebElement falt = driver.findElement(By.id("username"));
        falt.click();
        falt.sendKeys(anvandarnamn);
        WebElement losenord = driver.findElement(By.id("password"));
        losenord.click();
        losenord.sendKeys(LOSENORD);
        losenord.sendKeys(Keys.ENTER);

        webblasare.vanta().until(d -> "/".equals(sokvag(d)));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kommuner och nämnder");
        assertThat(driver.findElement(By.tagName("header")).getText()).contains(anvandarnamn);
        skarmdump("start");
        webblasare.granska("start", tillganglighet);

        oppnaFranStartsidan("/kommuner/0580/namnder/AN/internbudget/2022");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("2022");
        assertThat(driver.findElement(By.cssSelector("main .overrubrik")).getText()).contains("Linköping");
        synligaNyckeltal("462" + NBSP + "147", "455" + NBSP + "230", "462" + NBSP + "146");
        skarmdump("internbudget-linkoping");
        webblasare.granska("internbudget-linkoping", tillganglighet);

        driver.findElement(By.cssSelector("header a.logotyp")).click();
        webblasare.vanta().until(d -> "/".equals(sokvag(d)));
        oppnaFranStartsidan("/kommuner/0687/namnder/KS-HRAF/internbudget/2023");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("2023");
        assertThat(driver.findElement(By.cssSelector("main .overrubrik")).getText()).contains("Tranås");
        synligaNyckeltal("87,8", MINUS + "5,3", "82,5");
        skarmdump("internbudget-tranas");
        webblasare.granska("internbudget-tranas", tillganglighet);

        assertThat(tillganglighet)
                .as(() -> "axe-core hittade allvarliga eller kritiska brister mot WCAG 2.1 A/AA"
                        + " (alla brister, även lindriga, står i target/axe/*.txt):\n"
                        + String.join("\n", tillganglighet))
                .isEmpty();
    }

    /** Guards the scan above against passing vacuously: a page with known faults must be reported. */
    @Test
    void axeRapporterarKandaAllvarligaBrister() {
        webblasare.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='sv'><head><title>Test</title>"
                + "</head><body><main><h1>Test</h1><img src='saknas.png'>"
                + "<p style='color:%23c8c8c8;background:%23fff'>Svag kontrast</p></main></body></html>");

        String brister = webblasare.allvarligaTillganglighetsbrister("sjalvtest-kanda-brister");

        assertThat(brister).contains("image-alt [critical]", "color-contrast [serious]", "img");
    }

    /**
     * The two demo plans and a politician of its own. Tests share one database that is never emptied: importing is
     * idempotent and the user name is unique.
     */
    private String demodataOchAnvandare() {
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping-arbetsmarknadsnamnden-2022.json",
                "webblasartest");
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas-kommunstyrelsen-2023.json", "webblasartest");
        String anvandarnamn = "webblasare-" + UUID.randomUUID().toString().substring(0, 8);
        anvandare.skapaOmSaknas(anvandarnamn, "Wilma Webbläsare", LOSENORD, Roll.POLITIKER, List.of());
        return anvandarnamn;
    }

    /** Clicks the start page's link to this internbudget, as a reader would, and waits for the page. */
    private void oppnaFranStartsidan(String sokvag) {
        WebElement lank = webblasare.vanta().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("main a[href$='" + sokvag + "']")));
        lank.click();
        webblasare.vanta().until(d -> sokvag.equals(sokvag(d)));
    }

    /**
     * Each figure, exactly as written (non-breaking space, real minus sign), is in a text node of an element the
     * reader can see. (WebDriver's visible text turns U+00A0 into a space, so the DOM text is matched instead.)
     */
    private void synligaNyckeltal(String... tal) {
        WebDriver driver = webblasare.driver();
        for (String t : tal) {
            List<WebElement> traffar = driver.findElements(By.xpath("//main//*[text()[contains(., '" + t + "')]]"));
            assertThat(traffar).as("element i <main> med texten \"%s\" (%s)", t, t.replace(NBSP, "␣"))
                    .isNotEmpty();
            assertThat(traffar).as("synligt element med texten \"%s\"", t).anyMatch(WebElement::isDisplayed);
        }
    }

    private void skarmdump(String namn) {
        Path png = webblasare.skarmdump(namn);
        assertThat(png).exists();
        try {
            assertThat(Files.size(png)).as("storlek på %s", png).isGreaterThan(1_000L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String sokvag) {
        return "http://localhost:" + port + sokvag;
    }

    private static String sokvag(WebDriver driver) {
        return URI.create(driver.getCurrentUrl()).getPath();
    }
}
