package se.malbild.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the runner inside a rolled-back transaction; where the database must have no administrator, the test removes
 * them first, which the rollback undoes for the other tests sharing the database.
 */
@SpringBootTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class SakerhetForstaAdministratorIT {

    private static final String TILLFALLIGT = "tillfalligt startlosenord";

    @Autowired
    AnvandareRepository repository;

    @Autowired
    AnvandareService anvandareService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void configuredAdministratorIsCreatedWhenNoneExistsAndMustChangePassword() {
        taBortAllaAdministratorer();
        String anvandarnamn = SakerhetFixtures.unikt("forsta-admin");

        kor(anvandarnamn, TILLFALLIGT);

        Anvandare admin = repository.findMedNamnderByAnvandarnamn(anvandarnamn).orElseThrow();
        assertThat(admin.getRoll()).isEqualTo(Roll.ADMIN);
        assertThat(admin.isAktiv()).isTrue();
        assertThat(admin.isMasteBytaLosenord()).isTrue();
        assertThat(admin.getLosenordHash()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(TILLFALLIGT, admin.getLosenordHash())).isTrue();
    }

    @Test
    void nothingIsCreatedWhenAnAdministratorExists() {
        anvandareService.skapaOmSaknas(SakerhetFixtures.unikt("befintlig-admin"), "Befintlig", TILLFALLIGT, Roll.ADMIN,
                List.of());
        String anvandarnamn = SakerhetFixtures.unikt("andra-admin");

        kor(anvandarnamn, TILLFALLIGT);

        assertThat(repository.existsByAnvandarnamn(anvandarnamn)).isFalse();
    }

    @Test
    void withoutConfigurationNothingIsCreatedAndTheLogSaysHowToCreateOne(CapturedOutput output) {
        taBortAllaAdministratorer();

        kor("", "");

        assertThat(repository.existsByRoll(Roll.ADMIN)).isFalse();
        assertThat(output).contains("WARN").contains("MALBILD_ADMIN_ANVANDARNAMN").contains("MALBILD_ADMIN_LOSENORD");
    }

    @Test
    void userNameWithoutPasswordCreatesNothing() {
        taBortAllaAdministratorer();
        String anvandarnamn = SakerhetFixtures.unikt("utan-losenord");

        kor(anvandarnamn, "");

        assertThat(repository.existsByAnvandarnamn(anvandarnamn)).isFalse();
    }

    private void kor(String anvandarnamn, String losenord) {
        new ForstaAdministratorRunner(repository, passwordEncoder, anvandarnamn, losenord)
                .run(new DefaultApplicationArguments());
    }

    private void taBortAllaAdministratorer() {
        jdbc.update("delete from anvandare where roll = 'ADMIN'");
    }
}
