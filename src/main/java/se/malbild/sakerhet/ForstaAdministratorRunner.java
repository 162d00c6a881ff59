package se.malbild.sakerhet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of an installation without demo data comes from the environment
 * ({@code MALBILD_ADMIN_ANVANDARNAMN}, {@code MALBILD_ADMIN_LOSENORD}) and must change that password at first login.
 * There is no default password.
 */
@Component
class ForstaAdministratorRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ForstaAdministratorRunner.class);

    private final AnvandareRepository anvandare;
    private final PasswordEncoder passwordEncoder;
    private final String anvandarnamn;
    private final String losenord;

    ForstaAdministratorRunner(AnvandareRepository anvandare, PasswordEncoder passwordEncoder,
            @Value("${malbild.admin.anvandarnamn:}") String anvandarnamn,
            @Value("${malbild.admin.losenord:}") String losenord) {
        this.anvandare = anvandare;
        this.passwordEncoder = passwordEncoder;
        this.anvandarnamn = anvandarnamn == null ? "" : anvandarnamn.strip();
        this.losenord = losenord == null ? "" : losenord;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean konfigurerad = !anvandarnamn.isEmpty() && !losenord.isBlank();
        if (anvandare.existsByRoll(Roll.ADMIN)) {
            if (konfigurerad) {
                log.info("Det finns redan en administratör; MALBILD_ADMIN_ANVANDARNAMN och MALBILD_ADMIN_LOSENORD "
                        + "används inte och kan tas bort ur miljön.");
            }
            return;
        }
        if (!konfigurerad) {
            log.warn("Det finns ingen administratör, så ingen kan logga in och importera planer. Skapa den första "
                    + "administratören så här: stoppa Målbild, sätt miljövariablerna MALBILD_ADMIN_ANVANDARNAMN "
                    + "(användarnamnet) och MALBILD_ADMIN_LOSENORD (ett tillfälligt lösenord) – eller egenskaperna "
                    + "malbild.admin.anvandarnamn och malbild.admin.losenord – och starta igen. Administratören "
                    + "skapas vid starten och måste byta lösenordet vid första inloggningen.");
            return;
        }
        if (anvandare.existsByAnvandarnamn(anvandarnamn)) {
            log.warn("Ingen administratör skapades: användarnamnet {} i MALBILD_ADMIN_ANVANDARNAMN används redan av "
                    + "en användare med en annan roll. Välj ett annat användarnamn och starta igen.", anvandarnamn);
            return;
        }
        Anvandare admin = new Anvandare(anvandarnamn, anvandarnamn, passwordEncoder.encode(losenord), Roll.ADMIN);
        admin.kravLosenordsbyte();
        anvandare.save(admin);
        log.info("Administratören {} skapades från MALBILD_ADMIN_ANVANDARNAMN och MALBILD_ADMIN_LOSENORD. Lösenordet "
                + "måste bytas vid första inloggningen. Ta sedan bort MALBILD_ADMIN_LOSENORD ur miljön.", anvandarnamn);
    }
}
