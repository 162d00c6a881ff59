package se.malbild.onboarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.malbild.common.Inloggningstips;
import se.malbild.databas.EmbeddedDatabase;
import se.malbild.kolada.KoladaDemo;
import se.malbild.organisation.KommunRepository;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * Loads the two demo municipalities through the import format, on the first start of an empty database, and
 * creates one demo user per role. With {@code malbild.demo-data=auto} (the default) this happens only on the
 * embedded database; {@code true} forces it on a configured server, {@code false} never loads it.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner, Inloggningstips {

    static final String LOSENORD = "malbild-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** A demo login: user name, name, role and the committees (kommun code, nämnd code) it may edit. */
    record Demoanvandare(String anvandarnamn, String namn, Roll roll, List<NamndRef> namnder) {
    }

    record NamndRef(String scbKod, String kod) {
    }

    static final List<Demoanvandare> ANVANDARE = List.of(
            new Demoanvandare("admin", "Ada Administratör", Roll.ADMIN, List.of()),
            new Demoanvandare("controller", "Carl Controller", Roll.CONTROLLER, List.of()),
            new Demoanvandare("registrator", "Rut Registrator", Roll.REGISTRATOR, List.of(new NamndRef("0580", "AN"))),
            new Demoanvandare("registrator.tranas", "Ture Registrator", Roll.REGISTRATOR,
                    List.of(new NamndRef("0687", "KS-HRAF"))),
            new Demoanvandare("politiker", "Petra Politiker", Roll.POLITIKER, List.of()));

    private static final List<String> FILER = List.of("/demo/linkoping-arbetsmarknadsnamnden-2022.json",
            "/demo/tranas-kommunstyrelsen-2023.json");

    private final String installning;
    private final boolean inbyggdDatabas;
    private final PlanImportService importer;
    private final KommunRepository kommuner;
    private final NamndRepository namnder;
    private final AnvandareService anvandare;
    private final TransactionTemplate transaktion;
    private final MessageSource meddelanden;
    private final UppfoljningService uppfoljningar;
    private final UppfoljningDemo uppfoljning;
    private final KoladaDemo kolada;
    private volatile boolean aktiv;

    DemoData(@Value("${malbild.demo-data:auto}") String installning, @Value("${malbild.kommando:}") String kommando,
            ObjectProvider<EmbeddedDatabase> inbyggd,
            PlanImportService importer, KommunRepository kommuner, NamndRepository namnder,
            AnvandareService anvandare, TransactionTemplate transaktion, MessageSource meddelanden,
            UppfoljningService uppfoljningar, UppfoljningDemo uppfoljning, KoladaDemo kolada) {
        this.installning = kommando.isEmpty() ? installning : "false";
        this.inbyggdDatabas = inbyggd.getIfAvailable() != null;
        this.importer = importer;
        this.kommuner = kommuner;
        this.namnder = namnder;
        this.anvandare = anvandare;
        this.transaktion = transaktion;
        this.meddelanden = meddelanden;
        this.uppfoljningar = uppfoljningar;
        this.uppfoljning = uppfoljning;
        this.kolada = kolada;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean pa = "true".equals(installning) || ("auto".equals(installning) && inbyggdDatabas);
        if (!pa) {
            return;
        }
        aktiv = true;
        if (kommuner.count() > 0) {
            log.info("Databasen har redan data; demodata läses inte in igen.");
            return;
        }
        transaktion.executeWithoutResult(status -> {
            for (String fil : FILER) {
                importer.importera(Resurser.las(fil), fil.substring(fil.lastIndexOf('/') + 1), "demodata");
            }
            Namnd linkoping = namnder.findByKommunAndKod("0580", "AN").orElseThrow();
            uppfoljning.lasInAugusti2022(linkoping);
            kolada.lasIn(linkoping);
            uppfoljningar.skapaPunkt("0687", 2023, 4, Uppfoljningstyp.DELAR, "tertial 1 2023", LocalDate.of(2023, 5, 15));
            uppfoljningar.skapaPunkt("0687", 2023, 8, Uppfoljningstyp.DELAR, "tertial 2 2023", LocalDate.of(2023, 9, 15));
            uppfoljningar.skapaPunkt("0687", 2023, 12, Uppfoljningstyp.HELAR, "helår 2023", LocalDate.of(2024, 2, 1));
            for (Demoanvandare d : ANVANDARE) {
                anvandare.skapaOmSaknas(d.anvandarnamn(), d.namn(), LOSENORD, d.roll(), d.namnder().stream()
                        .map(n -> namnder.findByKommunAndKod(n.scbKod(), n.kod()).orElseThrow())
                        .toList());
            }
        });
        log.info("Demodata inläst: Linköping (Arbetsmarknadsnämnden 2022) och Tranås (Kommunstyrelsen 2023). "
                + "Demoanvändare: {} med lösenordet '{}'.", ANVANDARE.stream().map(Demoanvandare::anvandarnamn).toList(), LOSENORD);
    }

    @Override
    public List<String> rader() {
        if (!aktiv) {
            return List.of();
        }
        List<String> rader = new ArrayList<>();
        ANVANDARE.forEach(d -> rader.add(text("onboarding.demo.anvandare", d.anvandarnamn(),
                text("onboarding.demo.roll." + d.roll().name()))));
        rader.add(text("onboarding.demo.losenord", LOSENORD));
        return rader;
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
