package se.malbild.nyckeltal;

/** Whether a key-figure value is an outcome, a budget or a plan value. */
public enum VardeTyp {
    UTFALL, BUDGET, PLAN
}
