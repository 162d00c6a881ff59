package se.malbild.bedomning;

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
import se.malbild.mal.Malstatus;
import se.malbild.mal.Maluppfyllelse;
import se.malbild.mal.Skal;
import se.malbild.mal.UppdragTyp;
import se.malbild.uppfoljning.UppfoljningStatus;

/**
 * Every message the assessment pages build from an enum or a name exists in the Swedish bundle: the reasons and labels
 * of the goal-fulfilment rules, each list's statuses, sections, audited fields, and every "bedomning." key in the code.
 */
class BedomningMeddelandenTest {

    private static final Pattern NYCKEL_I_JAVA = Pattern.compile("\"(bedomning\\.[a-zA-Z0-9_.-]*)\"");

    @Test
    void everyReasonAndLabelOfTheGoalFulfilmentRulesHasASwedishText() throws IOException {
        Properties bunt = bunt();
        List<String> nycklar = new ArrayList<>();
        Stream.of(Skal.values()).map(Skal::nyckel).forEach(nycklar::add);
        Stream.of(Maluppfyllelse.values()).map(Maluppfyllelse::nyckel).forEach(nycklar::add);
        Stream.of(Malstatus.values()).map(Malstatus::nyckel).forEach(nycklar::add);
        assertThat(nycklar).allSatisfy(n -> assertThat(bunt).containsKey(n));
    }

    @Test
    void everyStatusOfEveryListSectionAndStateHasASwedishText() throws IOException {
        Properties bunt = bunt();
        List<String> nycklar = new ArrayList<>();
        for (Listtyp listtyp : Listtyp.values()) {
            listtyp.statusar().forEach(s -> nycklar.add(listtyp.nyckel(s)));
            nycklar.add("bedomning.lista.rubrik." + listtyp);
        }
        for (UppdragTyp typ : UppdragTyp.values()) {
            nycklar.add("bedomning.lista.grupp." + typ);
            nycklar.add("bedomning.lista.rad.UPPDRAG." + typ);
        }
        Stream.of(Avsnitt.values()).forEach(a -> nycklar.add("bedomning.avsnitt." + a));
        Stream.of(UppfoljningStatus.values()).forEach(s -> nycklar.add("bedomning.lasbar." + s));
        Stream.of(BedomningHistorik.Objekt.values()).forEach(o -> nycklar.add("bedomning.historik.tillbaka." + o.sida()));
        Stream.of("forslag", "status", "motivering", "analys", "urvalResultat", "avvikelser", "text", "kommentar")
                .forEach(f -> nycklar.add("bedomning.historik.falt." + f));
        assertThat(nycklar).allSatisfy(n -> assertThat(bunt).containsKey(n));
    }

    @Test
    void everyKeyTheModuleCodeNamesExistsOrIsThePrefixOfKeysThatDo() throws IOException {
        Properties bunt = bunt();
        List<String> saknas = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(Path.of("src/main/java/se/malbild/bedomning"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = NYCKEL_I_JAVA.matcher(Files.readString(fil));
                while (m.find()) {
                    String nyckel = m.group(1);
                    boolean prefix = nyckel.endsWith(".")
                            && bunt.stringPropertyNames().stream().anyMatch(k -> k.startsWith(nyckel));
                    if (!bunt.containsKey(nyckel) && !prefix) {
                        saknas.add(fil.getFileName() + ": " + nyckel);
                    }
                }
            }
        }
        assertThat(saknas).isEmpty();
    }

    private static Properties bunt() throws IOException {
        Properties alla = new Properties();
        for (String fil : List.of("/i18n/bedomning.properties", "/i18n/rapport.properties")) {
            try (InputStream in = BedomningMeddelandenTest.class.getResourceAsStream(fil);
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                alla.load(reader);
            }
        }
        return alla;
    }
}
