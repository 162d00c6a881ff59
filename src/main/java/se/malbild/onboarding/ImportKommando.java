package se.malbild.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code java -jar malbild.jar importera fil.json ...}: imports each file in its own transaction and reports. */
@Component
@ConditionalOnProperty(name = "malbild.kommando", havingValue = "importera")
class ImportKommando implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ImportKommando.class);

    private final PlanImportService importer;
    private int status;

    ImportKommando(PlanImportService importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().isEmpty()) {
            log.error("Ange en eller flera filer: importera fil.json [fil2.json ...]");
            status = 1;
            return;
        }
        String anvandare = System.getProperty("user.name") + " (kommandorad)";
        for (String namn : args.getNonOptionArgs()) {
            Path fil = Path.of(namn);
            try {
                var resultat = importer.importera(Files.readAllBytes(fil), fil.getFileName().toString(), anvandare);
                log.info("Importerad: {} – {}, {} {} ({} nämndmål, {} indikatorer)", fil, resultat.namnd(),
                        resultat.kommun(), resultat.ar(), resultat.namndmal(), resultat.indikatorer());
            } catch (ImportException e) {
                status = 1;
                log.error("{} importerades inte; inget sparades. Fel:", fil);
                e.getFel().forEach(f -> log.error("  {}", f));
            } catch (IOException e) {
                status = 1;
                log.error("Kunde inte läsa {}: {}", fil, e.getMessage());
            }
        }
    }

    @Override
    public int getExitCode() {
        return status;
    }
}
