package se.malbild.rapport;

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
import org.junit.jupiter.api.Test;

/** Every text the delårsrapport puts together exists in its Swedish bundle, also those named from an enum. */
class DelarsrapportMeddelandenTest {

    private static final Pattern NYCKEL_I_JAVA = Pattern.compile("\"(delarsrapport\\.[a-zA-Z0-9_.]*)\"");

    @Test
    void everyKeyTheReportCodeNamesExistsOrIsThePrefixOfKeysThatDo() throws IOException {
        Properties bunt = bunt();
        List<String> saknas = new ArrayList<>();
        try (Stream<Path> filer = Files.list(Path.of("src/main/java/se/malbild/rapport"))) {
            for (Path fil : filer.filter(f -> f.getFileName().toString().startsWith("Delarsrapport")).toList()) {
                Matcher m = NYCKEL_I_JAVA.matcher(Files.readString(fil));
                while (m.find()) {
                    String nyckel = m.group(1);
                    boolean prefix = nyckel.endsWith(".")
                            && bunt.stringPropertyNames().stream().anyMatch(k -> k.startsWith(nyckel));
                    boolean avsnitt = bunt.containsKey(nyckel + ".tabell") && bunt.containsKey(nyckel + ".kolumn");
                    if (!bunt.containsKey(nyckel) && !prefix) {
                        saknas.add(fil.getFileName() + ": " + nyckel);
                    }
                    if (nyckel.equals("delarsrapport.avsnitt.volymer") || nyckel.equals("delarsrapport.avsnitt.personal")) {
                        assertThat(avsnitt).as(nyckel + " has its table caption and column heading").isTrue();
                    }
                }
            }
        }
        assertThat(saknas).isEmpty();
    }

    private static Properties bunt() throws IOException {
        Properties bunt = new Properties();
        try (InputStream in = DelarsrapportMeddelandenTest.class.getResourceAsStream("/i18n/delarsrapport.properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            bunt.load(reader);
        }
        return bunt;
    }
}
