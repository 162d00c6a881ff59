package se.malbild.redovisning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappningTest {

    private static final YearMonth JAN = YearMonth.of(2022, 1);

    private static Saldorad rad(int rad, int konto, String objekt, String belopp) {
        return new Saldorad(rad, JAN, konto, objekt == null ? Map.of() : Map.of(1, objekt), new BigDecimal(belopp));
    }

    private static final Mappning MAPPNING = new Mappning(Installning.STANDARD, List.of(
            new Mappning.Regel(3000, 8999, "20", "BISTAND"),
            new Mappning.Regel(4000, 4999, "20", "ATGARDER"),
            new Mappning.Regel(5000, 5999, null, "NAMND"),
            new Mappning.Regel(3000, 8999, "90", null)));

    @Test
    void aRuleWithTheObjectBeatsOneForAnyObject() {
        var fordelning = MAPPNING.fordela(List.of(rad(1, 5010, "20", "100"), rad(2, 5010, "77", "50"), rad(3, 5010, null, "7")));

        assertThat(fordelning.perVerksamhet()).containsOnlyKeys("BISTAND", "NAMND");
        assertThat(fordelning.perVerksamhet().get("BISTAND").get(JAN).kostnader()).isEqualByComparingTo("100");
        assertThat(fordelning.perVerksamhet().get("NAMND").get(JAN).kostnader()).isEqualByComparingTo("57");
    }

    @Test
    void theNarrowerAccountRangeWinsBetweenRulesForTheSameObject() {
        var fordelning = MAPPNING.fordela(List.of(rad(1, 4610, "20", "100"), rad(2, 6110, "20", "30")));

        assertThat(fordelning.perVerksamhet().get("ATGARDER").get(JAN).kostnader()).isEqualByComparingTo("100");
        assertThat(fordelning.perVerksamhet().get("BISTAND").get(JAN).kostnader()).isEqualByComparingTo("30");
    }

    @Test
    void incomeAccountsGoToIncomeAndKeepTheirCreditSign() {
        var fordelning = MAPPNING.fordela(List.of(rad(1, 3730, "20", "-1500.50"), rad(2, 6110, "20", "2000"),
                rad(3, 3730, "20", "100")));

        Belopp belopp = fordelning.perVerksamhet().get("BISTAND").get(JAN);
        assertThat(belopp.intakter()).isEqualByComparingTo("-1400.50");
        assertThat(belopp.kostnader()).isEqualByComparingTo("2000");
        assertThat(belopp.netto()).isEqualByComparingTo("599.50");
    }

    @Test
    void theNamndsOwnAccountRangesDecideWhatIsIncome() {
        Mappning egen = new Mappning(new Installning(1, 3000, 3499, 3500, 8999),
                List.of(new Mappning.Regel(3000, 8999, null, "NAMND")));

        Belopp belopp = egen.fordela(List.of(rad(1, 3400, null, "-10"), rad(2, 3600, null, "-5"))).perVerksamhet()
                .get("NAMND").get(JAN);

        assertThat(belopp.intakter()).isEqualByComparingTo("-10");
        assertThat(belopp.kostnader()).isEqualByComparingTo("-5");
    }

    @Test
    void accountsOutsideBothRangesAreListedNotMapped() {
        var fordelning = MAPPNING.fordela(List.of(rad(1, 1930, null, "1000"), rad(2, 9100, "20", "5")));

        assertThat(fordelning.kontonUtanforIntervallen()).containsExactly(1930, 9100);
        assertThat(fordelning.perVerksamhet()).isEmpty();
        assertThat(fordelning.fel(1)).isEmpty();
        assertThat(fordelning.manader()).containsExactly(JAN);
    }

    @Test
    void rowsForOtherNamnderAreCountedButNotStored() {
        var fordelning = MAPPNING.fordela(List.of(rad(1, 4610, "90", "99999")));

        assertThat(fordelning.raderForAndraNamnder()).isEqualTo(1);
        assertThat(fordelning.perVerksamhet()).isEmpty();
        assertThat(fordelning.fel(1)).isEmpty();
    }

    @Test
    void rowsNoRuleCoversAreListedOncePerAccountAndObjectWithTheirLines() {
        var fordelning = MAPPNING.fordela(List.of(rad(7, 4610, "77", "1"), rad(9, 4610, "77", "2"), rad(12, 4610, "77", "3"),
                rad(8, 3010, null, "-4")));

        assertThat(fordelning.fel(1)).extracting(Object::toString).containsExactly(
                "Rad 8: konto 3010 utan objekt i dimension 1 har ingen regel i mappningen.",
                "Rad 7: konto 4610 med objekt \"77\" i dimension 1 har ingen regel i mappningen (och 2 rader till).");
    }

    @Test
    void equallySpecificRulesThatDisagreeMakeARowAmbiguous() {
        Mappning tvetydig = new Mappning(Installning.STANDARD, List.of(new Mappning.Regel(4000, 4999, null, "A"),
                new Mappning.Regel(4500, 5499, null, "B")));

        var fordelning = tvetydig.fordela(List.of(rad(3, 4610, null, "1"), rad(4, 4100, null, "1")));

        assertThat(fordelning.fel(1)).extracting(Object::toString).containsExactly(
                "Rad 3: konto 4610 täcks av flera lika specifika regler som pekar på olika verksamheter: "
                        + "konto 4000–4999 → A, konto 4500–5499 → B.");
        assertThat(fordelning.perVerksamhet().get("A").get(JAN).kostnader()).isEqualByComparingTo("1");
    }

    @Test
    void amountsAreSummedPerVerksamhetAndMonth() {
        YearMonth feb = YearMonth.of(2022, 2);
        var fordelning = MAPPNING.fordela(List.of(rad(1, 4610, "20", "0.10"), rad(2, 4620, "20", "0.20"),
                new Saldorad(3, feb, 4610, Map.of(1, "20"), new BigDecimal("5"))));

        assertThat(fordelning.perVerksamhet().get("ATGARDER")).containsOnlyKeys(JAN, feb);
        assertThat(fordelning.perVerksamhet().get("ATGARDER").get(JAN).kostnader()).isEqualByComparingTo("0.30");
        assertThat(fordelning.manader()).containsExactly(JAN, feb);
    }
}
