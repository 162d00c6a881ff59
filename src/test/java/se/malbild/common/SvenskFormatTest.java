package se.malbild.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SvenskFormatTest {

    @Test
    void groupsThousandsWithANonBreakingSpaceAndUsesARealMinusSign() {
        assertThat(SvenskFormat.tal(new BigDecimal("464446"), 0)).isEqualTo("464\u00a0446");
        assertThat(SvenskFormat.tal(new BigDecimal("-4400"), 0)).isEqualTo("\u22124\u00a0400");
    }

    @Test
    void percentHasADecimalCommaAndASpaceBeforeTheSign() {
        assertThat(SvenskFormat.procent(new BigDecimal("1.986"), 1)).isEqualTo("2,0\u00a0%");
    }

    @Test
    void roundsHalfUpForDisplayOnly() {
        assertThat(SvenskFormat.tal(new BigDecimal("4362.5"), 0)).isEqualTo("4\u00a0363");
        assertThat(SvenskFormat.tal(new BigDecimal("-4362.5"), 0)).isEqualTo("\u22124\u00a0363");
    }

    @Test
    void aValueThatRoundsToZeroHasNoSign() {
        assertThat(SvenskFormat.tal(new BigDecimal("-0.4"), 0)).isEqualTo("0");
    }

    @Test
    void showsAtLeastAndAtMostTheGivenDecimals() {
        assertThat(SvenskFormat.tal(new BigDecimal("87.8"), 1, 2)).isEqualTo("87,8");
        assertThat(SvenskFormat.tal(new BigDecimal("0.45"), 1, 2)).isEqualTo("0,45");
        assertThat(SvenskFormat.tal(new BigDecimal("82.50"), 1, 2)).isEqualTo("82,5");
    }
}
