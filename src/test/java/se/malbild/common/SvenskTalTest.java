package se.malbild.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvenskTalTest {

    @Test
    void readsNumbersTypedTheSwedishWay() {
        assertThat(SvenskTal.tolka("1 234,5").varde()).isEqualByComparingTo("1234.5");
        assertThat(SvenskTal.tolka("1\u00a0234,5").varde()).isEqualByComparingTo("1234.5");
        assertThat(SvenskTal.tolka("\u22124 400").varde()).isEqualByComparingTo("-4400");
        assertThat(SvenskTal.tolka("-4400").varde()).isEqualByComparingTo("-4400");
        assertThat(SvenskTal.tolka(" 4,86 ").varde()).isEqualByComparingTo("4.86");
    }

    @Test
    void notesAPercentSign() {
        var lasning = SvenskTal.tolka("88 %");
        assertThat(lasning.varde()).isEqualByComparingTo("88");
        assertThat(lasning.procent()).isTrue();
        assertThat(SvenskTal.tolka("88").procent()).isFalse();
    }

    @Test
    void refusesWhatIsNotANumberWithTheReason() {
        assertThatThrownBy(() -> SvenskTal.tolka("4.86")).isInstanceOfSatisfying(SvenskTal.OgiltigtTal.class,
                e -> assertThat(e.nyckel()).isEqualTo("tal.punkt"));
        assertThatThrownBy(() -> SvenskTal.tolka("tre")).isInstanceOfSatisfying(SvenskTal.OgiltigtTal.class,
                e -> assertThat(e.nyckel()).isEqualTo("tal.ogiltigt"));
        assertThatThrownBy(() -> SvenskTal.tolka("12 34")).isInstanceOf(SvenskTal.OgiltigtTal.class);
        assertThatThrownBy(() -> SvenskTal.tolka("  ")).isInstanceOfSatisfying(SvenskTal.OgiltigtTal.class,
                e -> assertThat(e.nyckel()).isEqualTo("tal.tomt"));
    }

    @Test
    void writesANumberBackAsItWouldBeTyped() {
        assertThat(SvenskTal.somInmatning(new java.math.BigDecimal("3090"))).isEqualTo("3090");
        assertThat(SvenskTal.somInmatning(new java.math.BigDecimal("6.0"))).isEqualTo("6,0");
        assertThat(SvenskTal.somInmatning(new java.math.BigDecimal("-4.10"))).isEqualTo("-4,10");
    }
}
