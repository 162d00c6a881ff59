package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Forecasts are typed in tkr the Swedish way and stored exactly in kronor. */
class PrognosInmatningTest {

    @Test
    void aForecastInTkrWithDecimalsIsStoredInKronor() {
        var belopp = PrognosService.tolka(rad("11 285,4", "12 285,4", "−1 000"), false);

        assertThat(belopp.netto()).isEqualByComparingTo("11285400");
        assertThat(belopp.kostnader()).isEqualByComparingTo("12285400");
        assertThat(belopp.intakter()).isEqualByComparingTo("-1000000");
        assertThat(PrognosService.visa(belopp)).isEqualTo("11285,4 (12285,4 / -1000)");
    }

    @Test
    void anEmptyNewRowIsNoForecastButAnEmptiedOneIsRefused() {
        assertThat(PrognosService.tolka(rad("", "", ""), false)).isNull();
        assertThatThrownBy(() -> PrognosService.tolka(rad(" ", "", ""), true))
                .hasMessage("ekonomi.prognos.fel.tomSparad");
    }

    @Test
    void costsAndIncomeMustAddUpToTheForecastAndComeTogether() {
        assertThatThrownBy(() -> PrognosService.tolka(rad("100", "90", "-20"), false))
                .hasMessage("ekonomi.prognos.fel.fordelningSumma");
        assertThatThrownBy(() -> PrognosService.tolka(rad("100", "100", ""), false))
                .hasMessage("ekonomi.prognos.fel.fordelningHalv");
    }

    @Test
    void textPercentagesAndTooManyDecimalsAreNotAmounts() {
        assertThatThrownBy(() -> PrognosService.tolka(rad("tre", "", ""), false)).hasMessage("ekonomi.prognos.fel.belopp");
        assertThatThrownBy(() -> PrognosService.tolka(rad("2 %", "", ""), false)).hasMessage("ekonomi.prognos.fel.belopp");
        assertThatThrownBy(() -> PrognosService.tolka(rad("1,2345", "", ""), false)).hasMessage("ekonomi.prognos.fel.belopp");
    }

    private static PrognosService.Inmatning rad(String prognos, String kostnader, String intakter) {
        return new PrognosService.Inmatning(1L, prognos, kostnader, intakter, null, null, false);
    }
}
