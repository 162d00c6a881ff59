package se.malbild.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.malbild.onboarding.PlanImportService;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;

/** An administrator's pages in a real Chromium: plan import and follow-up points, each scanned with axe-core. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class AdminBrowserIT {

    private static final String LOSENORD = "administrator-i-webblasaren";

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @LocalServerPort
    int port;

    @Autowired
    PlanImportService importer;

    @Autowired
    AnvandareService anvandare;

    @Test
    void theAdministratorsPagesPassTheAccessibilityScanAlsoWithErrorsShown() {
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "webblasartest");
        String anvandarnamn = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        anvandare.skapaOmSaknas(anvandarnamn, "Ada Admin", LOSENORD, Roll.ADMIN, List.of());
        WebDriver driver = webblasare.driver();
        List<String> brister = new ArrayList<>();

        webblasare.loggaIn(port, anvandarnamn, LOSENORD);

        driver.get("http://localhost:" + port + "/admin/import");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Importera");
        webblasare.granska("admin-import", brister);

        driver.get("http://localhost:" + port + "/admin/kommuner/0687/uppfoljningspunkter");
        webblasare.granska("admin-uppfoljningspunkter", brister);
        driver.findElement(By.id("namn")).sendKeys("felaktig");
        driver.findElement(By.id("manad")).sendKeys("13");
        driver.findElement(By.cssSelector("button.primar")).click();
        webblasare.vanta().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".felsammanfattning")));
        assertThat(driver.findElement(By.cssSelector(".felsammanfattning")).getText()).contains("månad mellan 1 och 12");
        webblasare.granska("admin-uppfoljningspunkter-fel", brister);

        assertThat(brister).as(() -> "axe-core hittade allvarliga eller kritiska brister:\n" + String.join("\n", brister)).isEmpty();
    }

}
