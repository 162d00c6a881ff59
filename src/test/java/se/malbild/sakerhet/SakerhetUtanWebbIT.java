package se.malbild.sakerhet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

/** The command-line import ({@code importera fil.json}) runs without a web server; security must not stop it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SakerhetUtanWebbIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    AnvandareService anvandareService;

    @Test
    void applicationStartsWithoutWebServerAndWithoutFilterChain() {
        assertThat(context.getBeansOfType(SecurityFilterChain.class)).isEmpty();
        assertThat(anvandareService.inloggad()).isEmpty();
    }
}
