package se.malbild.mal;

/** How an indicator is computed from the economy instead of typed in. */
public enum Harledning {
    /** The period's deviation against the periodised budget, incl. the committee's units, % (seed 001: +2,0 %). */
    AVVIKELSE_MOT_BUDGET
}
