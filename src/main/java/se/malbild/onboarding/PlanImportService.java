package se.malbild.onboarding;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.organisation.Namnd;

/**
 * Imports a committee plan in the {@code malbild-plan/1} format, all or nothing: a file with any error is refused
 * with every error and its path, and nothing is written. Every import is logged with who, when and the file's hash.
 */
@Service
public class PlanImportService {

    /** The JSON Schema that documents and checks the format, on the classpath. */
    public static final String SCHEMA = PlanLasare.SCHEMA;

    private static final Logger log = LoggerFactory.getLogger(PlanImportService.class);

    private final PlanLasare lasare;
    private final PlanSkrivare skrivare;
    private final ImportLoggRepository logg;
    private final Clock klocka;

    PlanImportService(PlanLasare lasare, PlanSkrivare skrivare, ImportLoggRepository logg) {
        this.lasare = lasare;
        this.skrivare = skrivare;
        this.logg = logg;
        this.klocka = Clock.systemUTC();
    }

    /** What was imported. */
    public record Resultat(String kommun, String scbKod, String namnd, String namndKod, int ar, int namndmal,
            int indikatorer) {
    }

    /**
     * @throws ImportException when the file has errors; nothing is written then
     */
    @Transactional
    public Resultat importera(byte[] innehall, String filnamn, String anvandare) {
        PlanFil fil = lasare.las(innehall, skrivare.kandaKommunovergripandeMal(lasare.kommunkod(innehall)));
        Namnd namnd = skrivare.skriv(fil);
        int ar = fil.internbudget().ar();
        logg.save(new ImportLogg(klocka.instant(), anvandare, filnamn, sha256(innehall), fil.kommun().scbKod(),
                fil.namnd().kod(), ar));
        int indikatorer = PlanFil.lista(fil.namndmal()).stream().mapToInt(m -> m.indikatorer().size()).sum();
        log.info("{} importerade {} ({} {} {}, {} nämndmål, {} indikatorer)", anvandare, filnamn,
                fil.kommun().namn(), namnd.getNamn(), ar, PlanFil.lista(fil.namndmal()).size(), indikatorer);
        return new Resultat(fil.kommun().namn(), fil.kommun().scbKod(), namnd.getNamn(), namnd.getKod(), ar,
                PlanFil.lista(fil.namndmal()).size(), indikatorer);
    }

    private static String sha256(byte[] innehall) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
