package se.malbild.mal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.malbild.mal.Malutvardering.Indikatorprofil;
import se.malbild.mal.Malutvardering.Malangivelse;
import se.malbild.mal.Malutvardering.Utfallsvarde;

/**
 * One test per rule of docs/malutvardering.md and its edges. Proposals are in StatusForslagTest, seed rows in
 * MalutvarderingSeedTest.
 */
class MalutvarderingTest {

    private static final Indikatorprofil HOGRE = new Indikatorprofil(Riktning.HOGRE_AR_BATTRE, 0, false);
    private static final Indikatorprofil HOGRE_1 = new Indikatorprofil(Riktning.HOGRE_AR_BATTRE, 1, false);
    private static final Indikatorprofil LAGRE = new Indikatorprofil(Riktning.LAGRE_AR_BATTRE, 0, false);
    private static final Indikatorprofil LAGRE_1 = new Indikatorprofil(Riktning.LAGRE_AR_BATTRE, 1, false);
    private static final Indikatorprofil INGEN_1 = new Indikatorprofil(Riktning.INGEN, 1, false);
    private static final Indikatorprofil AVVIKELSE_1 = new Indikatorprofil(Riktning.LAGRE_AR_BATTRE, 1, true);

    private final Indikator sjukfranvaro = indikator(Riktning.LAGRE_AR_BATTRE, 1);

    // Målvärde som tal, läst med indikatorns önskade riktning

    @Test
    void higherIsBetterIsMetAtOrAboveTheTarget() {
        assertThat(varde("73", HOGRE, "74")).isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS, Skal.MINST_MALVARDE, "74", "73"));
        assertThat(varde("73", HOGRE, "73").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
    }

    @Test
    void higherIsBetterIsNotMetBelowTheTarget() {
        assertThat(varde("100", HOGRE, "55"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.UNDER_MALVARDE, "55", "100"));
    }

    @Test
    void higherIsBetterIsPartlyMetUpToThreePercentBelowTheTarget() {
        assertThat(varde("100", HOGRE_1, "97.0")).isEqualTo(
                utvardering(Maluppfyllelse.DELVIS, Skal.NARA_MALVARDE, "97.0", "100", "3"));
        assertThat(varde("100", HOGRE_1, "96.9").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
    }

    @Test
    void lowerIsBetterIsMetAtOrBelowTheTarget() {
        assertThat(varde("3300", LAGRE, "3090"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS, Skal.HOGST_MALVARDE, "3090", "3300"));
        assertThat(varde("3300", LAGRE, "3300").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
    }

    @Test
    void lowerIsBetterIsNotMetAboveTheMargin() {
        assertThat(varde("1700", LAGRE, "1752"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.OVER_MALVARDE, "1752", "1700"));
    }

    @Test
    void lowerIsBetterIsPartlyMetUpToThreePercentAboveTheTarget() {
        assertThat(varde("1700", LAGRE, "1751").resultat()).isEqualTo(Maluppfyllelse.DELVIS);
    }

    @Test
    void aTargetOfZeroHasNoMargin() {
        assertThat(varde("0", HOGRE_1, "-0.1").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
    }

    @Test
    void withoutADirectionOnlyTheTargetItselfIsMet() {
        assertThat(varde("8", INGEN_1, "8.0"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS, Skal.LIKA_MALVARDE, "8.0", "8"));
    }

    @Test
    void withoutADirectionAnotherOutcomeCannotBeAssessed() {
        assertThat(varde("8", INGEN_1, "7"))
                .isEqualTo(utvardering(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.RIKTNING_SAKNAS, "7", "8"));
    }

    @Test
    void anOutcomeThatIsShownAsTheTargetMeetsIt() {
        assertThat(varde("7", LAGRE, "7.4").resultat()).as("visas som 7").isEqualTo(Maluppfyllelse.UPPFYLLS);
        assertThat(varde("7", LAGRE, "7.5").resultat()).as("visas som 8").isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
        assertThat(varde("5.0", HOGRE_1, "4.95").resultat()).as("visas som 5,0").isEqualTo(Maluppfyllelse.UPPFYLLS);
    }

    @Test
    void aDeviationIndicatorComparesTheSizeOfItsOutcome() {
        assertThat(varde("1", AVVIKELSE_1, "-9.0"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.OVER_MALVARDE, "9.0", "1"));
    }

    // Tal med jämförelse

    @Test
    void atLeastZeroIsMetAtZeroAndAbove() {
        assertThat(jamforelse(Jamforelse.GE, "0", HOGRE_1, "2.0")).isEqualTo(
                utvardering(Maluppfyllelse.UPPFYLLS, Skal.JAMFORELSE_UPPFYLLD, "2.0", "≥", "0"));
        assertThat(jamforelse(Jamforelse.GE, "0", HOGRE_1, "0.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
        assertThat(jamforelse(Jamforelse.GE, "0", HOGRE_1, "-1.6")).isEqualTo(
                utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.JAMFORELSE_EJ_UPPFYLLD, "-1.6", "≥", "0"));
    }

    @Test
    void greaterThanIsNotMetByAnOutcomeShownAsTheLimit() {
        assertThat(jamforelse(Jamforelse.GT, "0", HOGRE_1, "0.04").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
        assertThat(jamforelse(Jamforelse.GT, "0", HOGRE_1, "0.05").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
    }

    @Test
    void lessThanIsNotMetByAnOutcomeShownAsTheLimit() {
        assertThat(jamforelse(Jamforelse.LT, "1", LAGRE_1, "0.96").resultat()).as("visas som 1,0")
                .isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
        assertThat(jamforelse(Jamforelse.LT, "1", LAGRE_1, "0.94").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
    }

    @Test
    void atMostIsMetAtTheLimit() {
        assertThat(jamforelse(Jamforelse.LE, "0.5", LAGRE_1, "0.5").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
        assertThat(jamforelse(Jamforelse.LE, "0.5", LAGRE_1, "0.6").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
    }

    @Test
    void equalsIsMetWhenShownTheSame() {
        assertThat(jamforelse(Jamforelse.EQ, "100", HOGRE_1, "99.96").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
        assertThat(jamforelse(Jamforelse.EQ, "100", HOGRE_1, "99.9").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
    }

    @Test
    void aComparatorIsAHardLimitWithoutAPartlyMargin() {
        assertThat(jamforelse(Jamforelse.GE, "100", HOGRE_1, "99.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
    }

    @Test
    void aDeviationIndicatorComparesTheSizeOfItsOutcomeWithTheLimit() {
        assertThat(jamforelse(Jamforelse.LT, "1", AVVIKELSE_1, "-9.0")).isEqualTo(utvardering(
                Maluppfyllelse.UPPFYLLS_EJ, Skal.BELOPP_UTANFOR_GRANS, "-9.0", "9.0", "<", "1"));
        assertThat(jamforelse(Jamforelse.LT, "1", AVVIKELSE_1, "-0.4")).isEqualTo(utvardering(
                Maluppfyllelse.UPPFYLLS, Skal.BELOPP_INOM_GRANS, "-0.4", "0.4", "<", "1"));
    }

    @Test
    void withoutTheDeviationFlagANegativeOutcomeIsBelowAnUpperLimit() {
        assertThat(jamforelse(Jamforelse.LT, "1", LAGRE_1, "-9.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
    }

    // Relativt mål mot föregående utfall

    @ParameterizedTest
    @EnumSource(value = RelativRiktning.class, names = {"SKA_OKA", "OKA"})
    void shouldIncreaseIsMetByAnIncrease(RelativRiktning okning) {
        assertThat(riktning(Malangivelse.riktning(okning), HOGRE, "12", "10"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS, Skal.OKAT, "12", "10", "2"));
    }

    @ParameterizedTest
    @EnumSource(value = RelativRiktning.class, names = {"SKA_OKA", "OKA"})
    void shouldIncreaseIsNotMetWhenUnchanged(RelativRiktning okning) {
        assertThat(riktning(Malangivelse.riktning(okning), HOGRE_1, "10.04", "10"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.OFORANDRAT, "10.04", "10"));
    }

    @Test
    void shouldIncreaseIsNotMetByADecrease() {
        assertThat(riktning(Malangivelse.riktning(RelativRiktning.SKA_OKA), HOGRE, "9", "10"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.MOTSATT_RIKTNING, "9", "10", "-1"));
    }

    @Test
    void decreaseIsMetByADecreaseAndNotByAnIncreaseOrNoChange() {
        var minska = Malangivelse.riktning(RelativRiktning.MINSKA);
        assertThat(riktning(minska, LAGRE_1, "4.1", "4.5"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS, Skal.MINSKAT, "4.1", "4.5", "-0.4"));
        assertThat(riktning(minska, LAGRE_1, "4.6", "4.5").skal()).isEqualTo(Skal.MOTSATT_RIKTNING);
        assertThat(riktning(minska, LAGRE_1, "4.5", "4.5").skal()).isEqualTo(Skal.OFORANDRAT);
    }

    @Test
    void decreaseByAStatedSizeIsMetWhenTheChangeReachesIt() {
        var minskaMed7 = Malangivelse.riktning(RelativRiktning.MINSKA, new BigDecimal("7"));
        assertThat(riktning(minskaMed7, LAGRE_1, "22.5", "30.0")).isEqualTo(
                utvardering(Maluppfyllelse.UPPFYLLS, Skal.FORANDRING_NADD, "22.5", "30.0", "-7.5", "7"));
        assertThat(riktning(minskaMed7, LAGRE_1, "23.04", "30.0").resultat()).as("−6,96 visas som −7,0")
                .isEqualTo(Maluppfyllelse.UPPFYLLS);
    }

    @Test
    void decreaseByAStatedSizeIsPartlyMetWhenTheChangeFallsShort() {
        var minskaMed7 = Malangivelse.riktning(RelativRiktning.MINSKA, new BigDecimal("7"));
        assertThat(riktning(minskaMed7, LAGRE_1, "24.7", "30.0")).isEqualTo(
                utvardering(Maluppfyllelse.DELVIS, Skal.FORANDRING_OTILLRACKLIG, "24.7", "30.0", "-5.3", "7"));
        assertThat(riktning(minskaMed7, LAGRE_1, "31.0", "30.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
    }

    @Test
    void theSignOfTheStatedSizeDoesNotMatter() {
        var minskaMedMinus7 = Malangivelse.riktning(RelativRiktning.MINSKA, new BigDecimal("-7"));
        assertThat(riktning(minskaMedMinus7, LAGRE_1, "22.5", "30.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
    }

    @ParameterizedTest
    @EnumSource(value = RelativRiktning.class, names = {"EJ_OKA", "SKA_INTE_OKA"})
    void shouldNotIncreaseIsMetWhenUnchangedOrLowerAndNotWhenHigher(RelativRiktning ejOka) {
        var mal = Malangivelse.riktning(ejOka);
        assertThat(riktning(mal, LAGRE_1, "6.0", "6.0"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS, Skal.EJ_OKAT, "6.0", "6.0"));
        assertThat(riktning(mal, LAGRE_1, "5.2", "6.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
        assertThat(riktning(mal, LAGRE_1, "6.2", "6.0"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.HAR_OKAT, "6.2", "6.0", "0.2"));
    }

    @Test
    void shouldNotIncreaseByMoreThanAStatedSizeAllowsThatIncrease() {
        var mal = Malangivelse.riktning(RelativRiktning.EJ_OKA, new BigDecimal("2"));
        assertThat(riktning(mal, LAGRE, "11.5", "10")).isEqualTo(
                utvardering(Maluppfyllelse.UPPFYLLS, Skal.INOM_TILLATEN_OKNING, "11.5", "10", "1.5", "2"));
        assertThat(riktning(mal, LAGRE, "12.5", "10").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
    }

    @Test
    void stabiliseIsMetWithinFivePercentOfThePreviousOutcome() {
        var mal = Malangivelse.riktning(RelativRiktning.STABILISERAS);
        assertThat(riktning(mal, LAGRE_1, "105.0", "100.0")).isEqualTo(
                utvardering(Maluppfyllelse.UPPFYLLS, Skal.STABILT, "105.0", "100.0", "5.0", "5.0"));
        assertThat(riktning(mal, LAGRE_1, "105.1", "100.0")).isEqualTo(
                utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.EJ_STABILT, "105.1", "100.0", "5.1", "5.0"));
    }

    @Test
    void stabiliseIsMetByAChangeBeyondTheToleranceTheDesiredWay() {
        var mal = Malangivelse.riktning(RelativRiktning.STABILISERAS);
        assertThat(riktning(mal, LAGRE_1, "90.0", "100.0").skal()).isEqualTo(Skal.FORANDRING_I_ONSKAD_RIKTNING);
        assertThat(riktning(mal, HOGRE_1, "110.0", "100.0").skal()).isEqualTo(Skal.FORANDRING_I_ONSKAD_RIKTNING);
        assertThat(riktning(mal, INGEN_1, "90.0", "100.0").skal()).isEqualTo(Skal.EJ_STABILT);
    }

    @Test
    void stabiliseUsesAStatedToleranceInsteadOfFivePercent() {
        var mal = Malangivelse.riktning(RelativRiktning.STABILISERAS, new BigDecimal("2"));
        assertThat(riktning(mal, LAGRE_1, "102.0", "100.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
        assertThat(riktning(mal, LAGRE_1, "103.0", "100.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
    }

    @Test
    void stabiliseFromZeroMeansStayingAtWhatIsShownAsZero() {
        var mal = Malangivelse.riktning(RelativRiktning.STABILISERAS);
        assertThat(riktning(mal, LAGRE_1, "0.04", "0.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
        assertThat(riktning(mal, LAGRE_1, "0.1", "0.0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS_EJ);
    }

    @Test
    void withoutAPreviousOutcomeADirectionCannotBeAssessed() {
        var mal = Malangivelse.riktning(RelativRiktning.MINSKA);
        assertThat(Malutvardering.utvardera(mal, LAGRE, utfall("5"), Utfallsvarde.saknas()))
                .isEqualTo(utvardering(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.FOREGAENDE_SAKNAS));
        assertThat(Malutvardering.utvardera(mal, LAGRE, utfall("5"), Utfallsvarde.ingetUtfall("Ny indikator")).skal())
                .isEqualTo(Skal.FOREGAENDE_SAKNAS);
        assertThat(Malutvardering.utvardera(mal, LAGRE, utfall("5")).skal()).isEqualTo(Skal.FOREGAENDE_SAKNAS);
    }

    @Test
    void aDeviationIndicatorComparesSizes() {
        var minska = Malangivelse.riktning(RelativRiktning.MINSKA);
        assertThat(riktning(minska, AVVIKELSE_1, "-2.6", "-9.0"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS, Skal.MINSKAT, "2.6", "9.0", "-6.4"));
    }

    // Kvalitativt mål

    @Test
    void cannotBeAssessedUntilAPersonJudgesIt() {
        var mal = Malangivelse.kvalitativt("Inga signifikanta skillnader");
        assertThat(Malutvardering.utvardera(mal, LAGRE, utfall("2"))).isEqualTo(
                utvardering(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.KVALITATIVT, "Inga signifikanta skillnader"));
        assertThat(Malutvardering.utvardera(mal, LAGRE, Utfallsvarde.saknas()).skal())
                .as("bedömningen kan vara skriven som kommentar utan tal").isEqualTo(Skal.KVALITATIVT);
    }

    @Test
    void withoutAnOutcomeTheReasonIsTheMissingOutcome() {
        var mal = Malangivelse.kvalitativt("Inga signifikanta skillnader");
        assertThat(Malutvardering.utvardera(mal, LAGRE, Utfallsvarde.ingetUtfall("Enkäten görs i september")))
                .isEqualTo(utvardering(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.INGET_UTFALL, "Enkäten görs i september"));
    }

    @Test
    void aPersonsJudgementIsARecordedResult() {
        assertThat(Utvardering.bedomdAvPerson(Maluppfyllelse.UPPFYLLS))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS, Skal.BEDOMD_AV_PERSON));
    }

    // Budget i balans

    @Test
    void aDeviationOfZeroOrMoreIsInBalance() {
        assertThat(balans(HOGRE_1, "2.0")).isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS, Skal.BUDGET_I_BALANS, "2.0"));
        assertThat(balans(HOGRE, "0").resultat()).isEqualTo(Maluppfyllelse.UPPFYLLS);
        assertThat(balans(HOGRE_1, "-0.04").resultat()).as("visas som 0,0").isEqualTo(Maluppfyllelse.UPPFYLLS);
    }

    @Test
    void aNegativeDeviationIsNotInBalance() {
        assertThat(balans(HOGRE, "-4400"))
                .isEqualTo(utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.BUDGET_EJ_I_BALANS, "-4400"));
    }

    @Test
    void onlyADeviationIndicatorCanShowBalance() {
        assertThat(balans(LAGRE_1, "82.5"))
                .isEqualTo(utvardering(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.BALANS_KRAVER_AVVIKELSE));
    }

    // Målvärde eller utfall saknas

    @Test
    void noTargetCannotBeAssessed() {
        assertThat(Malutvardering.utvardera(Malangivelse.saknas(), HOGRE, utfall("5")))
                .isEqualTo(utvardering(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.SAKNAR_MALVARDE));
        assertThat(Malutvardering.utvardera(new Malangivelse(null, null, null, null, null), HOGRE, utfall("5")).skal())
                .isEqualTo(Skal.SAKNAR_MALVARDE);
    }

    @Test
    void aMissingTargetIsTheReasonEvenWhenTheOutcomeIsMissingToo() {
        assertThat(Malutvardering.utvardera(Malangivelse.saknas(), HOGRE, Utfallsvarde.ingetUtfall(null)).skal())
                .isEqualTo(Skal.SAKNAR_MALVARDE);
    }

    @Test
    void aTargetWithoutWhatItsFormNeedsCannotBeAssessed() {
        assertThat(Malutvardering.utvardera(Malangivelse.varde(null), HOGRE, utfall("5")).skal())
                .isEqualTo(Skal.OFULLSTANDIGT_MALVARDE);
        assertThat(Malutvardering.utvardera(Malangivelse.jamforelse(null, BigDecimal.ONE), HOGRE, utfall("5")).skal())
                .isEqualTo(Skal.OFULLSTANDIGT_MALVARDE);
        assertThat(Malutvardering.utvardera(Malangivelse.riktning(null), HOGRE, utfall("5"), utfall("4")).skal())
                .isEqualTo(Skal.OFULLSTANDIGT_MALVARDE);
    }

    @Test
    void anIuOutcomeCannotBeAssessedAndCarriesItsExplanation() {
        var iu = Utfallsvarde.ingetUtfall("Utfall kan inte redovisas förrän i bokslut 2022");
        assertThat(Malutvardering.utvardera(Malangivelse.varde(BigDecimal.TEN), HOGRE, iu)).isEqualTo(utvardering(
                Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.INGET_UTFALL, "Utfall kan inte redovisas förrän i bokslut 2022"));
        assertThat(Malutvardering.utvardera(Malangivelse.varde(BigDecimal.TEN), HOGRE, Utfallsvarde.ingetUtfall(null))
                .argument()).containsExactly("");
    }

    @Test
    void anOutcomeNotEnteredCannotBeAssessed() {
        assertThat(Malutvardering.utvardera(Malangivelse.budgetIBalans(), HOGRE, Utfallsvarde.saknas()))
                .isEqualTo(utvardering(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.UTFALL_SAKNAS));
    }

    @Test
    void anIuOutcomeHasNoValue() {
        assertThatThrownBy(() -> new Utfallsvarde(BigDecimal.ONE, true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // Läst från de lagrade objekten

    @Test
    void aStoredTargetIsReadAsItsForm() {
        var malvarde = new Malvarde(sjukfranvaro, 2022, 2022);
        malvarde.satt(MalvardeTyp.JAMFORELSE, new BigDecimal("0.5"), Jamforelse.LT, null, null, null, List.of());

        assertThat(Malangivelse.av(malvarde))
                .isEqualTo(Malangivelse.jamforelse(Jamforelse.LT, new BigDecimal("0.5")));
        assertThat(Malangivelse.av(null)).isEqualTo(Malangivelse.saknas());
    }

    @Test
    void aStoredIndicatorGivesDirectionAndDecimals() {
        assertThat(Indikatorprofil.av(sjukfranvaro)).isEqualTo(new Indikatorprofil(Riktning.LAGRE_AR_BATTRE, 1, false));
        assertThat(Indikatorprofil.av(sjukfranvaro, true)).isEqualTo(AVVIKELSE_1);
        assertThat(new Indikatorprofil(null, 0, false).riktning()).isEqualTo(Riktning.INGEN);
    }

    @Test
    void aStoredOutcomeIsAValueIuOrMissing() {
        var varde = new Utfall(sjukfranvaro, 2022, 8, Kon.T, null);
        varde.registrera(new BigDecimal("7.4"), null, List.of());
        var iu = new Utfall(sjukfranvaro, 2022, 8, Kon.T, null);
        iu.registreraIngetUtfall("Utfall kan inte redovisas förrän i bokslut 2022", null, List.of());

        assertThat(Utfallsvarde.av(varde)).isEqualTo(Utfallsvarde.varde(new BigDecimal("7.4")));
        assertThat(Utfallsvarde.av(iu))
                .isEqualTo(Utfallsvarde.ingetUtfall("Utfall kan inte redovisas förrän i bokslut 2022"));
        assertThat(Utfallsvarde.av(null)).isEqualTo(Utfallsvarde.saknas());
    }

    // Dokumentationen

    @Test
    void everyMessageKeyIsListedWithItsSwedishTextInTheDocs() throws IOException {
        String dokumentation = Files.readString(Path.of("docs/malutvardering.md"));
        List<String> nycklar = Stream.of(
                Arrays.stream(Skal.values()).map(Skal::nyckel),
                Arrays.stream(Maluppfyllelse.values()).map(Maluppfyllelse::nyckel),
                Arrays.stream(Malstatus.values()).map(Malstatus::nyckel)).flatMap(s -> s).toList();

        assertThat(nycklar).doesNotHaveDuplicates()
                .allSatisfy(nyckel -> assertThat(dokumentation).contains("`" + nyckel + "`"));
    }

    private static Utvardering varde(String mal, Indikatorprofil indikator, String utfall) {
        return Malutvardering.utvardera(Malangivelse.varde(new BigDecimal(mal)), indikator, utfall(utfall));
    }

    private static Utvardering jamforelse(Jamforelse operator, String mal, Indikatorprofil indikator, String utfall) {
        return Malutvardering.utvardera(Malangivelse.jamforelse(operator, new BigDecimal(mal)), indikator, utfall(utfall));
    }

    private static Utvardering riktning(Malangivelse mal, Indikatorprofil indikator, String utfall, String foregaende) {
        return Malutvardering.utvardera(mal, indikator, utfall(utfall), utfall(foregaende));
    }

    private static Utvardering balans(Indikatorprofil indikator, String avvikelse) {
        return Malutvardering.utvardera(Malangivelse.budgetIBalans(), indikator, utfall(avvikelse));
    }

    private static Utfallsvarde utfall(String varde) {
        return Utfallsvarde.varde(new BigDecimal(varde));
    }

    /** Expected result; numeric-looking arguments become BigDecimal with their scale, others stay strings. */
    private static Utvardering utvardering(Maluppfyllelse resultat, Skal skal, String... argument) {
        return new Utvardering(resultat, skal, List.of(Arrays.stream(argument)
                .map(a -> a.matches("-?\\d+(\\.\\d+)?") ? (Object) new BigDecimal(a) : a)
                .toArray()));
    }

    private static Indikator indikator(Riktning riktning, int decimaler) {
        var indikator = new Indikator(null, "TOTAL_SJUKFRANVARO");
        indikator.beskriv(null, "Total sjukfrånvaro", Matenhet.PROCENT, decimaler, riktning, null, true, null, List.of(), 1);
        return indikator;
    }
}
