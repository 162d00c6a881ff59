package se.malbild.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sakerhet.* key the templates and code use is in the Swedish bundle, so no page shows a raw key. */
class SakerhetMeddelandenTest {

    private static final Pattern NYCKEL = Pattern.compile("[\"'{]\\{?(sakerhet(?:\\.[A-Za-z]+)+)");

    @Test
    void everyUsedKeyIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/sakerhet.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }

        Set<String> anvanda = new TreeSet<>();
        anvanda.addAll(nycklarI(Path.of("src/main/resources/templates/sakerhet")));
        anvanda.addAll(nycklarI(Path.of("src/main/java/se/malbild/sakerhet")));

        assertThat(anvanda).hasSizeGreaterThan(20);
        assertThat(anvanda).allSatisfy(nyckel -> assertThat(bundle).containsKey(nyckel));
    }

    private static Set<String> nycklarI(Path katalog) throws IOException {
        Set<String> nycklar = new TreeSet<>();
        try (Stream<Path> filer = Files.walk(katalog)) {
            for (Path fil : filer.filter(Files::isRegularFile).toList()) {
                Matcher matcher = NYCKEL.matcher(Files.readString(fil, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    nycklar.add(matcher.group(1));
                }
            }
        }
        return nycklar;
    }
}
