package se.malbild.mal;

/**
 * Why {@link Malutvardering} reached a result: a stable message key, never a sentence. The arguments of each key are
 * listed here and in {@code docs/malutvardering.md} with a Swedish text; values are {@link java.math.BigDecimal} in
 * the indicator's unit, to be formatted with the indicator's decimals.
 */
public enum Skal {

    // Indicator: no target, no outcome, or a person must judge.

    /** No target for the year, or "ej fastställt". No arguments. */
    SAKNAR_MALVARDE("malutvardering.skal.saknarMalvarde"),
    /** The target lacks what its form needs (a value, a comparator or a direction). No arguments. */
    OFULLSTANDIGT_MALVARDE("malutvardering.skal.ofullstandigtMalvarde"),
    /** The outcome is I.U. (inget utfall). {0} the explanation entered with it, or empty. */
    INGET_UTFALL("malutvardering.skal.ingetUtfall"),
    /** No outcome has been entered. No arguments. */
    UTFALL_SAKNAS("malutvardering.skal.utfallSaknas"),
    /** A qualitative target: a person judges it. {0} the target text. */
    KVALITATIVT("malutvardering.skal.kvalitativt"),
    /** The result was set by a person, not computed. No arguments. */
    BEDOMD_AV_PERSON("malutvardering.skal.bedomdAvPerson"),

    // Indicator: a number, read with the indicator's direction (VARDE).

    /** Higher is better and the outcome reaches the target. {0} outcome, {1} target. */
    MINST_MALVARDE("malutvardering.skal.minstMalvarde"),
    /** Lower is better and the outcome stays at or below the target. {0} outcome, {1} target. */
    HOGST_MALVARDE("malutvardering.skal.hogstMalvarde"),
    /** Higher is better and the outcome is below the target. {0} outcome, {1} target. */
    UNDER_MALVARDE("malutvardering.skal.underMalvarde"),
    /** Lower is better and the outcome is above the target. {0} outcome, {1} target. */
    OVER_MALVARDE("malutvardering.skal.overMalvarde"),
    /** Not reached, but within the margin of the target. {0} outcome, {1} target, {2} the margin in percent. */
    NARA_MALVARDE("malutvardering.skal.naraMalvarde"),
    /** No desired direction and the outcome equals the target. {0} outcome, {1} target. */
    LIKA_MALVARDE("malutvardering.skal.likaMalvarde"),
    /** No desired direction and the outcome differs from the target. {0} outcome, {1} target. */
    RIKTNING_SAKNAS("malutvardering.skal.riktningSaknas"),

    // Indicator: a number with a comparator (JAMFORELSE).

    /** {0} outcome, {1} comparator symbol (≥ > ≤ < =), {2} target. */
    JAMFORELSE_UPPFYLLD("malutvardering.skal.jamforelseUppfylld"),
    /** {0} outcome, {1} comparator symbol, {2} target. */
    JAMFORELSE_EJ_UPPFYLLD("malutvardering.skal.jamforelseEjUppfylld"),
    /** The size of a deviation is within the limit. {0} outcome, {1} its size, {2} comparator symbol, {3} target. */
    BELOPP_INOM_GRANS("malutvardering.skal.beloppInomGrans"),
    /** The size of a deviation is outside the limit. {0} outcome, {1} its size, {2} comparator symbol, {3} target. */
    BELOPP_UTANFOR_GRANS("malutvardering.skal.beloppUtanforGrans"),

    // Indicator: a direction against the previous outcome (RIKTNING).

    /** No previous outcome to compare with. No arguments. */
    FOREGAENDE_SAKNAS("malutvardering.skal.foregaendeSaknas"),
    /** {0} outcome, {1} previous, {2} change. */
    OKAT("malutvardering.skal.okat"),
    /** {0} outcome, {1} previous, {2} change. */
    MINSKAT("malutvardering.skal.minskat"),
    /** Should increase or decrease but is unchanged. {0} outcome, {1} previous. */
    OFORANDRAT("malutvardering.skal.oforandrat"),
    /** Moved the opposite way. {0} outcome, {1} previous, {2} change. */
    MOTSATT_RIKTNING("malutvardering.skal.motsattRiktning"),
    /** Changed at least the stated size. {0} outcome, {1} previous, {2} change, {3} stated size. */
    FORANDRING_NADD("malutvardering.skal.forandringNadd"),
    /** The right way but less than the stated size. {0} outcome, {1} previous, {2} change, {3} stated size. */
    FORANDRING_OTILLRACKLIG("malutvardering.skal.forandringOtillracklig"),
    /** Should not increase and did not. {0} outcome, {1} previous. */
    EJ_OKAT("malutvardering.skal.ejOkat"),
    /** Increased, but by no more than allowed. {0} outcome, {1} previous, {2} change, {3} allowed increase. */
    INOM_TILLATEN_OKNING("malutvardering.skal.inomTillatenOkning"),
    /** Should not increase but did. {0} outcome, {1} previous, {2} change. */
    HAR_OKAT("malutvardering.skal.harOkat"),
    /** Stable: the change is within the tolerance. {0} outcome, {1} previous, {2} change, {3} tolerance. */
    STABILT("malutvardering.skal.stabilt"),
    /** Changed more than the tolerance, the desired way. {0} outcome, {1} previous, {2} change, {3} tolerance. */
    FORANDRING_I_ONSKAD_RIKTNING("malutvardering.skal.forandringIOnskadRiktning"),
    /** Changed more than the tolerance, not the desired way. {0} outcome, {1} previous, {2} change, {3} tolerance. */
    EJ_STABILT("malutvardering.skal.ejStabilt"),

    // Indicator: Budget i balans.

    /** {0} the deviation against budget (positive = under budget). */
    BUDGET_I_BALANS("malutvardering.skal.budgetIBalans"),
    /** {0} the deviation against budget. */
    BUDGET_EJ_I_BALANS("malutvardering.skal.budgetEjIBalans"),
    /** "Budget i balans" on an indicator that is not a deviation (higher is better). No arguments. */
    BALANS_KRAVER_AVVIKELSE("malutvardering.skal.balansKraverAvvikelse"),

    // Nämndmål: the proposed status. All get the arguments of StatusForslag#argument().

    /** None of the indicators has a target. */
    INGA_MALVARDEN("malutvardering.forslag.ingaMalvarden"),
    /** Fewer than half of the indicators with a target could be assessed. */
    FOR_FA_BEDOMBARA("malutvardering.forslag.forFaBedombara"),
    /** Every assessed indicator meets its target. */
    ALLA_UPPFYLLS("malutvardering.forslag.allaUppfylls"),
    /** No assessed indicator meets its target, even partly. */
    INGA_UPPFYLLS("malutvardering.forslag.ingaUppfylls"),
    /** Some indicators meet their target, some partly or not. */
    BLANDAT("malutvardering.forslag.blandat");

    private final String nyckel;

    Skal(String nyckel) {
        this.nyckel = nyckel;
    }

    public String nyckel() {
        return nyckel;
    }
}
