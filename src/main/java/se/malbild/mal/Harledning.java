package se.malbild.mal;

/** How an indicator is computed from the economy instead of typed in. */
public enum Harledning {
    /** The period's deviation against the periodised budget, incl. the committee's units, % (seed 001: +2,0 %). */
    AVVIKELSE_MOT_BUDGET(null),
    /** How far the forecast made per 31 August was from the year's result, % of the budget. */
    TRAFFSAKERHET_AUGUSTI(8),
    /** How far the forecast made per 31 October was from the year's result, % of the budget. */
    TRAFFSAKERHET_OKTOBER(10);

    private final Integer prognosmanad;

    Harledning(Integer prognosmanad) {
        this.prognosmanad = prognosmanad;
    }

    /** For forecast accuracy: the month of the forecast that is compared with the year's result. */
    public Integer prognosmanad() {
        return prognosmanad;
    }
}
