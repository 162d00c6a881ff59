package se.malbild.bedomning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.malbild.mal.Indikator;
import se.malbild.mal.Jamforelse;
import se.malbild.mal.Kon;
import se.malbild.mal.Maluppfyllelse;
import se.malbild.mal.Malvarde;
import se.malbild.mal.MalvardeTyp;
import se.malbild.mal.Matenhet;
import se.malbild.mal.RelativRiktning;
import se.malbild.mal.Riktning;
import se.malbild.mal.Skal;
import se.malbild.mal.Utfall;
import se.malbild.mal.Utvardering;

/** One indicator of seed 001 into the goal-fulfilment rules: the outcome at the point against the year's target. */
class IndikatorbedomningTest {

    private static final String TRAFFSAKERHET = "Träffsäkerhet i ekonomiprognos. Avvikelse per sista augusti samt sista "
            + "oktober jämfört med årsbokslut, % av nämndens budget";

    @Test
    void aForecastMissOfMinusNinePercentIsNotWithinLessThanOnePercent() {
        Indikator augusti = indikator("TRAFFSAKERHET_AUGUSTI", TRAFFSAKERHET, "Augusti", Matenhet.PROCENT, 1,
                Riktning.LAGRE_AR_BATTRE);
        Utvardering utvardering = Indikatorbedomning.utvardera(augusti,
                malvarde(augusti, MalvardeTyp.JAMFORELSE, "1", Jamforelse.LT, null), utfall(augusti, "-9.0"), null);

        assertThat(utvardering.resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
        assertThat(utvardering.skal()).isEqualTo(Skal.BELOPP_UTANFOR_GRANS);
    }

    @Test
    void traffsakerhetIsRecognisedByItsCodeOrByItsName() {
        assertThat(Indikatorbedomning.arAbsolutbelopp("TRAFFSAKERHET_OKTOBER", null, "Oktober")).isTrue();
        assertThat(Indikatorbedomning.arAbsolutbelopp("PROGNOS_OKT", TRAFFSAKERHET, "Oktober")).isTrue();
        assertThat(Indikatorbedomning.arAbsolutbelopp("X", null, "träffsäkerhet i prognos")).isTrue();
        assertThat(Indikatorbedomning.arAbsolutbelopp("AVVIKELSE_MOT_BUDGET", null, "Avvikelse mot budget, %")).isFalse();
    }

    @Test
    void aRelativeTargetComparesWithThePreviousFullYear() {
        Indikator hushall = indikator("HUSHALL_EKB", null, "Antal hushåll med ekonomiskt bistånd", Matenhet.ANTAL, 0,
                Riktning.LAGRE_AR_BATTRE);
        Malvarde minska = malvarde(hushall, MalvardeTyp.RIKTNING, null, null, RelativRiktning.MINSKA);

        Utvardering utvardering = Indikatorbedomning.utvardera(hushall, minska, utfall(hushall, "3090"),
                utfall(hushall, "3196"));

        assertThat(utvardering.resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
        assertThat(utvardering.skal()).isEqualTo(Skal.MINSKAT);
        assertThat(Indikatorbedomning.utvardera(hushall, minska, utfall(hushall, "3090"), null).skal())
                .isEqualTo(Skal.FOREGAENDE_SAKNAS);
    }

    @Test
    void reasonArgumentsAreSwedishNumbersWithTheIndicatorsDecimalsAndUnit() {
        Indikator ehandel = indikator("E_HANDELSTROHET", null, "E-handelstrohet, %", Matenhet.PROCENT, 1,
                Riktning.HOGRE_AR_BATTRE);
        Utvardering utvardering = Indikatorbedomning.utvardera(ehandel,
                malvarde(ehandel, MalvardeTyp.VARDE, "100", null, null), utfall(ehandel, "73.3"), null);

        assertThat(List.of(Indikatorbedomning.argument(utvardering, 1, "\u00a0%")))
                .containsExactly("73,3\u00a0%", "100,0\u00a0%");
    }

    @Test
    void theMarginOfANearMissIsAPlainPercentage() {
        Indikator heltid = indikator("ANDEL_HELTIDSANSTALLNINGAR", null, "Andel heltidsanställningar, %",
                Matenhet.PROCENT, 1, Riktning.HOGRE_AR_BATTRE);
        Utvardering utvardering = Indikatorbedomning.utvardera(heltid,
                malvarde(heltid, MalvardeTyp.VARDE, "100", null, null), utfall(heltid, "97.4"), null);

        assertThat(utvardering.skal()).isEqualTo(Skal.NARA_MALVARDE);
        assertThat(List.of(Indikatorbedomning.argument(utvardering, 1, "\u00a0%")))
                .containsExactly("97,4\u00a0%", "100,0\u00a0%", "3");
    }

    private static Indikator indikator(String kod, String grupp, String namn, Matenhet matenhet, int decimaler,
            Riktning riktning) {
        Indikator indikator = new Indikator(null, kod);
        indikator.beskriv(grupp, namn, matenhet, decimaler, riktning, null, false, null, List.of(), 1);
        return indikator;
    }

    private static Malvarde malvarde(Indikator indikator, MalvardeTyp typ, String varde, Jamforelse operator,
            RelativRiktning riktning) {
        Malvarde malvarde = new Malvarde(indikator, 2022, 2022);
        malvarde.satt(typ, varde == null ? null : new BigDecimal(varde), operator, riktning, null, null, List.of());
        return malvarde;
    }

    private static Utfall utfall(Indikator indikator, String varde) {
        Utfall utfall = new Utfall(indikator, 2022, 8, Kon.T, null);
        utfall.registrera(new BigDecimal(varde), null, List.of());
        return utfall;
    }
}
