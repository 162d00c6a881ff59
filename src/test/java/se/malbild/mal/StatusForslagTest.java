package se.malbild.mal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The proposed status of a nämndmål from its indicators, and when the final status needs a motivation. */
class StatusForslagTest {

    // Förslag till status

    @Test
    void allAssessedMetProposesUppfylls() {
        var forslag = Malutvardering.foreslaStatus(List.of(ja(), ja(), kanEj()));
        assertThat(forslag).isEqualTo(new StatusForslag(Malstatus.UPPFYLLS, Skal.ALLA_UPPFYLLS, 2, 0, 0, 1, 0));
    }

    @Test
    void noneMetProposesUppfyllsEj() {
        assertThat(Malutvardering.foreslaStatus(List.of(nej(), nej())).status()).isEqualTo(Malstatus.UPPFYLLS_EJ);
    }

    @Test
    void aMixProposesUppfyllsDelvis() {
        var forslag = Malutvardering.foreslaStatus(List.of(ja(), nej(), nej()));
        assertThat(forslag).isEqualTo(new StatusForslag(Malstatus.UPPFYLLS_DELVIS, Skal.BLANDAT, 1, 0, 2, 0, 0));
    }

    @Test
    void aPartlyMetIndicatorMakesTheProposalUppfyllsDelvis() {
        assertThat(Malutvardering.foreslaStatus(List.of(delvis())).status()).isEqualTo(Malstatus.UPPFYLLS_DELVIS);
        assertThat(Malutvardering.foreslaStatus(List.of(ja(), delvis())).status()).isEqualTo(Malstatus.UPPFYLLS_DELVIS);
        assertThat(Malutvardering.foreslaStatus(List.of(nej(), delvis())).status()).isEqualTo(Malstatus.UPPFYLLS_DELVIS);
    }

    @Test
    void indicatorsWithoutATargetDoNotCount() {
        var forslag = Malutvardering.foreslaStatus(List.of(ja(), utanMal(), utanMal()));
        assertThat(forslag).isEqualTo(new StatusForslag(Malstatus.UPPFYLLS, Skal.ALLA_UPPFYLLS, 1, 0, 0, 0, 2));
    }

    @Test
    void halfTheIndicatorsAssessedIsEnoughForAProposal() {
        assertThat(Malutvardering.foreslaStatus(List.of(nej(), kanEj())).status()).isEqualTo(Malstatus.UPPFYLLS_EJ);
    }

    @Test
    void fewerThanHalfAssessedCannotBeAssessed() {
        var forslag = Malutvardering.foreslaStatus(List.of(nej(), kanEj(), kanEj()));
        assertThat(forslag).isEqualTo(new StatusForslag(Malstatus.KAN_EJ_BEDOMAS, Skal.FOR_FA_BEDOMBARA, 0, 0, 1, 2, 0));
        assertThat(Malutvardering.foreslaStatus(List.of(kanEj())).skal()).isEqualTo(Skal.FOR_FA_BEDOMBARA);
    }

    @Test
    void noIndicatorWithATargetCannotBeAssessed() {
        assertThat(Malutvardering.foreslaStatus(List.of(utanMal())).skal()).isEqualTo(Skal.INGA_MALVARDEN);
        assertThat(Malutvardering.foreslaStatus(List.of()))
                .isEqualTo(new StatusForslag(Malstatus.KAN_EJ_BEDOMAS, Skal.INGA_MALVARDEN, 0, 0, 0, 0, 0));
    }

    @Test
    void aPersonsJudgementOfAQualitativeTargetCounts() {
        var forslag = Malutvardering.foreslaStatus(List.of(nej(), Utvardering.bedomdAvPerson(Maluppfyllelse.UPPFYLLS)));
        assertThat(forslag.status()).isEqualTo(Malstatus.UPPFYLLS_DELVIS);
    }

    @Test
    void theMessageArgumentsAreTheCounts() {
        var forslag = Malutvardering.foreslaStatus(List.of(ja(), delvis(), nej(), kanEj(), utanMal()));
        assertThat(forslag.argument()).containsExactly(1, 1, 1, 1, 1, 3, 4);
    }

    // Motivering när den slutliga statusen avviker

    @Test
    void aFinalStatusLikeTheProposalNeedsNoMotivation() {
        assertThat(Malutvardering.kraverMotivering(Malstatus.UPPFYLLS_DELVIS, Malstatus.UPPFYLLS_DELVIS)).isFalse();
        assertThat(Malutvardering.saknarMotivering(Malstatus.UPPFYLLS_DELVIS, Malstatus.UPPFYLLS_DELVIS, null)).isFalse();
    }

    @Test
    void aFinalStatusUnlikeTheProposalNeedsAMotivation() {
        assertThat(Malutvardering.kraverMotivering(Malstatus.KAN_EJ_BEDOMAS, Malstatus.UPPFYLLS)).isTrue();
        assertThat(Malutvardering.saknarMotivering(Malstatus.KAN_EJ_BEDOMAS, Malstatus.UPPFYLLS, " \n")).isTrue();
        assertThat(Malutvardering.saknarMotivering(Malstatus.KAN_EJ_BEDOMAS, Malstatus.UPPFYLLS,
                "Nämnden prognostiserar ingen avvikelse mot budget.")).isFalse();
    }

    @Test
    void bothStatusesAreRequired() {
        assertThatThrownBy(() -> Malutvardering.kraverMotivering(Malstatus.UPPFYLLS, null))
                .isInstanceOf(NullPointerException.class);
    }

    private static Utvardering ja() {
        return new Utvardering(Maluppfyllelse.UPPFYLLS, Skal.MINST_MALVARDE, List.of());
    }

    private static Utvardering delvis() {
        return new Utvardering(Maluppfyllelse.DELVIS, Skal.NARA_MALVARDE, List.of());
    }

    private static Utvardering nej() {
        return new Utvardering(Maluppfyllelse.UPPFYLLS_EJ, Skal.UNDER_MALVARDE, List.of());
    }

    private static Utvardering kanEj() {
        return new Utvardering(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.INGET_UTFALL, List.of(""));
    }

    private static Utvardering utanMal() {
        return new Utvardering(Maluppfyllelse.KAN_EJ_BEDOMAS, Skal.SAKNAR_MALVARDE, List.of());
    }
}
