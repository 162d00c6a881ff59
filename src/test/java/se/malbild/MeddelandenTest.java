package se.malbild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every text a page shows comes from the Swedish message bundles. */
class MeddelandenTest {

    private static final Path MALLAR = Path.of("src/main/resources/templates");
    private static final List<String> BUNTAR = List.of("messages", "i18n/sakerhet", "i18n/rapport", "i18n/onboarding",
            "i18n/uppfoljning", "i18n/redovisning", "i18n/revision", "i18n/ekonomi", "i18n/bedomning", "i18n/dokument",
            "i18n/export", "i18n/faststallelse", "i18n/delarsrapport", "i18n/oppnadata", "i18n/kolada",
            "i18n/oversikt", "i18n/avvikelser", "i18n/resultat");
    private static final Pattern NYCKEL = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
    private static final Pattern NYCKEL_I_JAVA = Pattern.compile("\"((?:rapport|onboarding|sakerhet|fel|layout|app)\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    @Test
    void everyKeyATemplateUsesExistsInABundle() throws IOException {
        Properties alla = allaMeddelanden();
        List<String> saknas = new ArrayList<>();
        for (Path mall : mallar()) {
            Matcher m = NYCKEL.matcher(Files.readString(mall));
            while (m.find()) {
                if (!alla.containsKey(m.group(1))) {
                    saknas.add(MALLAR.relativize(mall) + ": " + m.group(1));
                }
            }
        }
        assertThat(saknas).as("nycklar som saknas i meddelandefilerna").isEmpty();
    }

    @Test
    void everyKeyTheJavaCodeUsesExistsInABundle() throws IOException {
        Properties alla = allaMeddelanden();
        List<String> saknas = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(Path.of("src/main/java"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = NYCKEL_I_JAVA.matcher(Files.readString(fil));
                while (m.find()) {
                    if (!alla.containsKey(m.group(1)) && !arPrefix(alla, m.group(1))) {
                        saknas.add(fil.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(saknas).as("nycklar i Java-koden som saknas i meddelandefilerna").isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> hardkodat = new ArrayList<>();
        for (Path mall : mallar()) {
            for (Element element : Jsoup.parse(Files.readString(mall)).getAllElements()) {
                boolean ersatts = element.hasAttr("th:text") || element.hasAttr("th:replace") || element.hasAttr("th:errors")
                        || element.parents().stream().anyMatch(p -> !p.tagName().equals("html")
                                && (p.hasAttr("th:text") || p.hasAttr("th:replace")));
                String text = element.ownText().replaceAll("[\\s·|–:,.()*]", "");
                if (!ersatts && !text.isEmpty() && !element.tagName().equals("style") && !element.tagName().equals("script")) {
                    hardkodat.add(MALLAR.relativize(mall) + ": <" + element.tagName() + "> " + element.ownText());
                }
            }
        }
        assertThat(hardkodat).as("text i mallar som inte kommer från meddelandefilerna").isEmpty();
    }

    private static boolean arPrefix(Properties alla, String nyckel) {
        return nyckel.endsWith(".") || alla.stringPropertyNames().stream().anyMatch(k -> k.startsWith(nyckel + "."));
    }

    private static List<Path> mallar() throws IOException {
        try (Stream<Path> filer = Files.walk(MALLAR)) {
            return filer.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    private static Properties allaMeddelanden() throws IOException {
        Properties alla = new Properties();
        for (String bunt : BUNTAR) {
            try (InputStream in = MeddelandenTest.class.getResourceAsStream("/" + bunt + ".properties")) {
                assertThat(in).as("meddelandefilen " + bunt).isNotNull();
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    alla.load(reader);
                }
            }
        }
        return alla;
    }
}
