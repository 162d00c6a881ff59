package se.malbild.bedomning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextreglerTest {

    @Test
    void pointsAreOnePerLineWithOrWithoutABullet() {
        assertThat(Textregler.punkter("- 73,3 % via e-handel\r\n\r\n• Rapporter framtagna\n  Ny inköpsorganisation  \n"))
                .containsExactly("73,3 % via e-handel", "Rapporter framtagna", "Ny inköpsorganisation");
    }

    @Test
    void pointsGoBackIntoATextAreaOnePerLine() {
        List<String> punkter = List.of("Ett", "Två");
        assertThat(Textregler.punkter(Textregler.somRader(punkter))).isEqualTo(punkter);
    }

    @Test
    void aTextIsStoredTrimmedWithUnixLineBreaksAndBlankIsNothing() {
        assertThat(Textregler.text("  Rad ett  \r\nRad två\r\n\r\n")).isEqualTo("Rad ett\nRad två");
        assertThat(Textregler.text(" \r\n ")).isNull();
    }

    @Test
    void aOneLineTextJoinsItsLines() {
        assertThat(Textregler.rad("Följer\r\n tidsplanen. ")).isEqualTo("Följer tidsplanen.");
    }
}
