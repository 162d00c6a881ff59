package se.malbild.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class SakerhetBehorighetTest {

    private static final long EGEN_NAMND = 7;
    private static final long ANNAN_NAMND = 8;

    @Test
    void adminMayEditEveryCommittee() {
        MalbildAnvandare admin = anvandare(Roll.ADMIN, Set.of());

        assertThat(admin.farRedigera(EGEN_NAMND)).isTrue();
        assertThat(admin.farRedigera(ANNAN_NAMND)).isTrue();
    }

    @Test
    void registratorMayEditOnlyItsBoundCommittees() {
        MalbildAnvandare registrator = anvandare(Roll.REGISTRATOR, Set.of(EGEN_NAMND));

        assertThat(registrator.farRedigera(EGEN_NAMND)).isTrue();
        assertThat(registrator.farRedigera(ANNAN_NAMND)).isFalse();
    }

    @Test
    void registratorWithoutCommitteesMayEditNothing() {
        assertThat(anvandare(Roll.REGISTRATOR, Set.of()).farRedigera(EGEN_NAMND)).isFalse();
    }

    @Test
    void controllerAndPolitikerNeverEditEvenWhenBoundToTheCommittee() {
        assertThat(anvandare(Roll.CONTROLLER, Set.of(EGEN_NAMND)).farRedigera(EGEN_NAMND)).isFalse();
        assertThat(anvandare(Roll.POLITIKER, Set.of(EGEN_NAMND)).farRedigera(EGEN_NAMND)).isFalse();
    }

    @Test
    void authorityIsRolePrefixedRole() {
        assertThat(anvandare(Roll.POLITIKER, Set.of()).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_POLITIKER");
    }

    private static MalbildAnvandare anvandare(Roll roll, Set<Long> namndIds) {
        return new MalbildAnvandare(1, "test", "Test Testsson", roll, namndIds);
    }
}
