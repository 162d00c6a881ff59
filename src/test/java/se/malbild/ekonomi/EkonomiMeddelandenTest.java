package se.malbild.ekonomi;

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

/**
 * Every "ekonomi." message key the economy code names exists in i18n/ekonomi.properties (a key built from a prefix, as
 * {@code "ekonomi.status." + status}, needs at least one key under the prefix), so no page or error shows a raw key.
 */
class EkonomiMeddelandenTest {

    private static final Pattern NYCKEL = Pattern.compile("\"(ekonomi\\.[a-zA-Z0-9_.]*)\"");

    @Test
    void everyKeyTheEconomyCodeUsesExists() throws IOException {
        Properties meddelanden = new Properties();
        try (InputStream in = EkonomiMeddelandenTest.class.getResourceAsStream("/i18n/ekonomi.properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            meddelanden.load(reader);
        }
        List<String> saknas = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(Path.of("src/main/java/se/malbild/ekonomi"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = NYCKEL.matcher(Files.readString(fil));
                while (m.find()) {
                    String nyckel = m.group(1);
                    boolean finns = nyckel.endsWith(".")
                            ? meddelanden.stringPropertyNames().stream().anyMatch(k -> k.startsWith(nyckel))
                            : meddelanden.containsKey(nyckel);
                    if (!finns) {
                        saknas.add(fil.getFileName() + ": " + nyckel);
                    }
                }
            }
        }
        assertThat(saknas).isEmpty();
    }

    @Test
    void everyStatusAndMonthHasItsText() throws IOException {
        Properties meddelanden = new Properties();
        try (InputStream in = EkonomiMeddelandenTest.class.getResourceAsStream("/i18n/ekonomi.properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            meddelanden.load(reader);
        }
        for (var status : se.malbild.uppfoljning.UppfoljningStatus.values()) {
            assertThat(meddelanden).containsKeys("ekonomi.status." + status, "ekonomi.prognos.lasbar." + status,
                    "ekonomi.budget.lasbar." + status);
        }
        for (var status : EkonomiskUppfoljningService.TraffsakerhetStatus.values()) {
            if (status != EkonomiskUppfoljningService.TraffsakerhetStatus.BERAKNAD) {
                assertThat(meddelanden).containsKey("ekonomi.nyckeltal.traffsakerhet." + status);
            }
        }
        for (var kalla : EkonomiskUppfoljningService.Budgetkalla.values()) {
            assertThat(meddelanden).containsKey("ekonomi.budgetkalla." + kalla);
        }
        for (int m = 1; m <= 12; m++) {
            assertThat(meddelanden).containsKeys("ekonomi.manad." + m, "ekonomi.manadKort." + m);
        }
    }
}
