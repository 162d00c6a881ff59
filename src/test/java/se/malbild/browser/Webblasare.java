package se.malbild.browser;

import java.net.URI;
import org.openqa.selenium.Keys;
import org.openqa.selenium.By;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.opentest4j.AssertionFailedError;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium for browser tests, as a JUnit extension: register it with
 * {@code @RegisterExtension static Webblasare webblasare = new Webblasare();}.
 *
 * <p>Uses only Debian's {@code chromium} and {@code chromium-driver} at fixed paths; nothing is ever downloaded
 * (Selenium Manager never runs: the driver and browser paths are given explicitly and {@code SE_OFFLINE} is set).
 * When they are missing every test is skipped before the application starts, or fails when the environment variable
 * {@code CI} is {@code true}. Every test gets a fresh browser with a fresh profile; a failing test leaves a screenshot
 * in target/screenshots/FEL-*.png.
 */
public final class Webblasare implements TestInstancePreConstructCallback, BeforeEachCallback,
        AfterTestExecutionCallback, AfterEachCallback {

    /** Debian's paths; {@code -Dwebblasare.chromium=…} and {@code -Dwebblasare.chromedriver=…} point elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("webblasare.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("webblasare.chromedriver", "/usr/bin/chromedriver"));

    /** The WCAG 2.1 A and AA rules. */
    static final List<String> WCAG_TAGGAR = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> ALLVARLIGA = Set.of("serious", "critical");
    private static final int FORSTA_SELEKTORER = 5;

    private static final int BREDD = 1280;
    private static final int HOJD = 1024;
    private static final int STORSTA_SKARMDUMPSHOJD = 16_000;

    private static final Path MAPP = Path.of(System.getProperty("basedir", ".")).resolve("target");
    private static final Path SKARMDUMPAR = MAPP.resolve("screenshots");
    private static final Path AXE_RAPPORTER = MAPP.resolve("axe");

    private ChromeDriver driver;
    private Path profil;

    /** Checked before the test instance exists, so a missing browser skips each test before the app starts. */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        kravInstallerad();
    }

    /** Fails (on CI) or skips (elsewhere) unless both Chromium and its driver are installed. */
    static void kravInstallerad() {
        List<String> saknas = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p))
                .map(Path::toString).toList();
        if (saknas.isEmpty()) {
            return;
        }
        String meddelande = "Webbläsartesterna behöver Debians Chromium och ChromeDriver, men " + String.join(" och ",
                saknas) + " saknas. Installera dem med: sudo apt-get install chromium chromium-driver"
                + " (ingenting laddas ner av testerna).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(meddelande + " CI=true, så testet misslyckas i stället för att hoppas över.");
        }
        Assumptions.abort(meddelande);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        profil = Files.createTempDirectory("malbild-chromium-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + BREDD + "," + HOJD, "--user-data-dir=" + profil,
                "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (driver != null && context.getExecutionException().isPresent()) {
            try {
                skarmdump("FEL-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (profil != null) {
                try (Stream<Path> filer = Files.walk(profil)) {
                    filer.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
                profil = null;
            }
        }
    }

    WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("Webbläsaren startas per test; använd den bara i ett test.");
        }
        return driver;
    }

    WebDriverWait vanta() {
        return new WebDriverWait(driver(), Duration.ofSeconds(20));
    }

    /**
     * A PNG of the whole page in target/screenshots/{namn}.png: the window is made as tall as the page (so nothing
     * is cut off, without DevTools), the screenshot taken, and the window set back to its normal size.
     */
    Path skarmdump(String namn) {
        WebDriver webblasare = driver();
        JavascriptExecutor js = (JavascriptExecutor) webblasare;
        try {
            long sidhojd = ((Number) js.executeScript("return Math.max(document.documentElement.scrollHeight,"
                    + " document.body ? document.body.scrollHeight : 0)")).longValue();
            long ram = ((Number) js.executeScript("return window.outerHeight - window.innerHeight")).longValue();
            int hojd = (int) Math.min(STORSTA_SKARMDUMPSHOJD, Math.max(HOJD, sidhojd + Math.max(0, ram)));
            webblasare.manage().window().setSize(new Dimension(BREDD, hojd));
            js.executeScript("window.scrollTo(0, 0)");
            byte[] png = ((TakesScreenshot) webblasare).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(SKARMDUMPAR);
            return Files.write(SKARMDUMPAR.resolve(namn + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte spara skärmdumpen " + namn, e);
        } finally {
            webblasare.manage().window().setSize(new Dimension(BREDD, HOJD));
        }
    }

    /**
     * Runs axe-core (WCAG 2.1 A/AA) on the current page. Every violation, of any impact, and every check axe could
     * not decide is written to target/axe/{sida}.txt; the returned text describes only the serious and critical
     * violations, empty when there are none.
     */
    /** Scans the page and adds its serious or critical violations, if any, to {@code fynd}. */
    void granska(String sida, List<String> fynd) {
        String allvarliga = allvarligaTillganglighetsbrister(sida);
        if (!allvarliga.isEmpty()) {
            fynd.add(allvarliga);
        }
    }

    /** Logs in through the login form as a person would (Enter in the password field) and waits for the start page. */
    void loggaIn(int port, String anvandarnamn, String losenord) {
        driver().get("http://localhost:" + port + "/logga-in");
        driver().findElement(By.id("username")).sendKeys(anvandarnamn);
        driver().findElement(By.id("password")).sendKeys(losenord, Keys.ENTER);
        vanta().until(d -> "/".equals(URI.create(d.getCurrentUrl()).getPath()));
    }

    String allvarligaTillganglighetsbrister(String sida) {
        Results resultat = new AxeBuilder().withTags(WCAG_TAGGAR).analyze(driver());
        if (resultat.isErrored()) {
            throw new AssertionFailedError("axe-core kunde inte granska " + sida + ": " + resultat.getErrorMessage());
        }
        List<Rule> brister = resultat.getViolations() == null ? List.of() : resultat.getViolations();
        skrivRapport(sida, resultat, brister);
        List<String> allvarliga = new ArrayList<>();
        for (Rule regel : brister) {
            if (ALLVARLIGA.contains(regel.getImpact())) {
                allvarliga.add(beskriv(regel));
            }
        }
        if (allvarliga.isEmpty()) {
            return "";
        }
        return sida + " (" + resultat.getUrl() + "):\n" + String.join("\n", allvarliga);
    }

    private static String beskriv(Rule regel) {
        List<CheckedNode> noder = regel.getNodes() == null ? List.of() : regel.getNodes();
        String selektorer = noder.stream().limit(FORSTA_SELEKTORER).map(n -> String.valueOf(n.getTarget()))
                .collect(Collectors.joining(", "));
        String fler = noder.size() > FORSTA_SELEKTORER ? " … (" + noder.size() + " element i allt)" : "";
        String sammanfattning = noder.isEmpty() || noder.get(0).getFailureSummary() == null ? ""
                : "\n      " + noder.get(0).getFailureSummary().replace("\n", "\n      ");
        return "  - " + regel.getId() + " [" + regel.getImpact() + "] " + regel.getHelp() + " (" + regel.getHelpUrl()
                + ")\n    element: " + selektorer + fler + sammanfattning;
    }

    private static String idn(List<Rule> regler) {
        return regler == null || regler.isEmpty() ? "–"
                : regler.size() + " (" + regler.stream().map(Rule::getId).collect(Collectors.joining(", ")) + ")";
    }

    private static void skrivRapport(String sida, Results resultat, List<Rule> brister) {
        StringBuilder text = new StringBuilder("axe-core ")
                .append(resultat.getTestEngine() == null ? "" : resultat.getTestEngine().getVersion()).append(", ")
                .append(String.join(", ", WCAG_TAGGAR)).append(": ").append(resultat.getUrl()).append('\n')
                .append("Godkända regler: ").append(idn(resultat.getPasses())).append('\n')
                .append("Att granska för hand (incomplete): ").append(idn(resultat.getIncomplete())).append('\n')
                .append("Brister: ").append(brister.isEmpty() ? "inga" : brister.size()).append('\n');
        for (Rule regel : brister) {
            text.append(beskriv(regel)).append('\n');
        }
        if (resultat.getIncomplete() != null && !resultat.getIncomplete().isEmpty()) {
            text.append("Att granska för hand, i detalj:\n");
            for (Rule regel : resultat.getIncomplete()) {
                text.append(beskriv(regel)).append('\n');
            }
        }
        try {
            Files.createDirectories(AXE_RAPPORTER);
            Files.writeString(AXE_RAPPORTER.resolve(sida + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
