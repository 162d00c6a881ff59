package se.malbild.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;

/** Every text the exports write comes from the bundle i18n/export. */
class ExporttexterTest {

    private static final Pattern NYCKEL = Pattern.compile("\"(export\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    @Test
    void everyExportKeyTheJavaCodeUsesExistsInTheBundle() throws IOException {
        Properties bunt = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/export.properties"), StandardCharsets.UTF_8)) {
            bunt.load(in);
        }
        List<String> anvanda = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(Path.of("src/main/java/se/malbild"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = NYCKEL.matcher(Files.readString(fil));
                while (m.find()) {
                    anvanda.add(m.group(1));
                }
            }
        }

        assertThat(anvanda).isNotEmpty().allSatisfy(nyckel -> assertThat(bunt).containsKey(nyckel));
    }
}
