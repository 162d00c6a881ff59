package se.malbild.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
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
import org.springframework.jdbc.core.JdbcTemplate;
import se.malbild.onboarding.PlanImportService;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * A registrator in a real Chromium assesses a goal (the motivation the differing status needs, with the keyboard),
 * writes a report text, sets an assignment's status and opens a history; every page scanned with axe-core (WCAG 2.1
 * A/AA), including the page with the error summary.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class BedomningBrowserIT {

    private static final String LOSENORD = "registrator-i-webblasaren";
    private static final String KOMMUN = "9973";

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

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRegistratorAssessesAGoalWritesATextSetsAStatusAndReadsTheHistory() {
        importer.importera(Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"" + KOMMUN + "\"")
                .getBytes(StandardCharsets.UTF_8), "linkoping.json", "webblasartest");
        Namnd namnd = namnder.findByKommunAndKod(KOMMUN, "AN").orElseThrow();
        long punkt = uppfoljningar.skapaPunkt(KOMMUN, 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022",
                LocalDate.of(2022, 9, 12)).getId();
        jdbc.update("""
                insert into utfall (indikator_id, ar, manad, kon, varde)
                select i.id, 2022, 8, 'T', 73.3 from indikator i join namndmal m on m.id = i.namndmal_id
                where m.namnd_id = ? and i.kod = 'E_HANDELSTROHET' on conflict do nothing""", namnd.getId());
        String anvandarnamn = "registrator-" + UUID.randomUUID().toString().substring(0, 8);
        anvandare.skapaOmSaknas(anvandarnamn, "Rut Registrator", LOSENORD, Roll.REGISTRATOR, List.of(namnd));
        String uppfoljning = "http://localhost:" + port + "/namnder/" + namnd.getId() + "/uppfoljning/" + punkt;
        WebDriver driver = webblasare.driver();
        List<String> brister = new ArrayList<>();

        webblasare.loggaIn(port, anvandarnamn, LOSENORD);

        oppna(uppfoljning + "/bedomning");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Måluppfyllelse per 31 augusti 2022 – Arbetsmarknadsnämnden");
        webblasare.skarmdump("bedomning");
        webblasare.granska("bedomning", brister);

        WebElement uppfylls = driver.findElement(By.xpath(
                "//fieldset[legend[contains(., 'Hög avtalstrohet')]]//label[normalize-space(.)='Uppfylls']/input"));
        uppfylls.click();
        uppfylls.sendKeys(Keys.TAB);
        WebElement motivering = driver.switchTo().activeElement();
        String motiveringId = motivering.getAttribute("id");
        assertThat(motiveringId).as("Tab leads from the status to the goal's motivation").endsWith(".motivering");
        motivering.sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).endsWith(".analys");
        driver.switchTo().activeElement().sendKeys("Bara e-handeln räknas ännu.");
        klicka(By.xpath("//section[h3[normalize-space(.)='Hög avtalstrohet']]//button[contains(@class,'primar')]"));

        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".felsammanfattning")));
        assertThat(driver.findElement(By.cssSelector(".felsammanfattning")).getText())
                .contains("Hög avtalstrohet: Du har valt Uppfylls, men förslaget utifrån indikatorerna är Uppfylls ej.");
        webblasare.skarmdump("bedomning-fel");
        webblasare.granska("bedomning-fel", brister);

        driver.findElement(By.id(motiveringId)).sendKeys("Nya verksamheters inköp går nu via e-handeln.");
        klicka(By.xpath("//section[h3[normalize-space(.)='Hög avtalstrohet']]//button[contains(@class,'primar')]"));
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".meddelande")));
        assertThat(driver.findElement(By.cssSelector(".meddelande")).getText()).isEqualTo("Sparat: 1 ändrade bedömningar.");
        webblasare.granska("bedomning-sparad", brister);

        klicka(By.xpath("//a[@aria-label='Historik för Hög avtalstrohet']"));
        assertThat(driver.findElement(By.tagName("tbody")).getText()).contains(anvandarnamn).contains("Uppfylls");
        webblasare.granska("bedomning-historik", brister);

        oppna(uppfoljning + "/texter");
        WebElement samlad = driver.findElement(By.id("rader0.text"));
        samlad.sendKeys("Nämnden håller budget.", Keys.ENTER, Keys.ENTER, "- Arena Arbetsmarknad breddinförs",
                Keys.ENTER, "- <b>Lifecare</b> införs i oktober");
        klicka(By.cssSelector("button.primar"));
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".meddelande")));
        driver.findElement(By.cssSelector("section[id^=text-SAMLAD] summary")).click();
        assertThat(driver.findElements(By.cssSelector("section[id^=text-SAMLAD] details li")).stream()
                .map(WebElement::getText).toList()).containsExactly("Arena Arbetsmarknad breddinförs",
                        "<b>Lifecare</b> införs i oktober");
        webblasare.skarmdump("texter");
        webblasare.granska("texter", brister);

        oppna(uppfoljning + "/uppdrag-och-kontroll");
        WebElement pagar = driver.findElement(By.xpath("(//fieldset)[1]//label[normalize-space(.)='Pågår']/input"));
        pagar.click();
        pagar.sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement().getAttribute("value")).isEqualTo("GENOMFORD");
        driver.switchTo().activeElement().sendKeys(Keys.TAB, "Genomfört under delår 1.");
        klicka(By.cssSelector("button.primar"));
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".meddelande")));
        assertThat(driver.findElement(By.cssSelector(".meddelande")).getText()).isEqualTo("Sparat: 1 ändrade statusar.");
        webblasare.skarmdump("uppdrag-och-kontroll");
        webblasare.granska("uppdrag-och-kontroll", brister);

        assertThat(brister).as(() -> "axe-core hittade allvarliga eller kritiska brister:\n" + String.join("\n", brister)).isEmpty();
    }

    private void oppna(String adress) {
        webblasare.driver().get(adress);
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void klicka(By element) {
        webblasare.vanta().until(ExpectedConditions.elementToBeClickable(element)).click();
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

}
