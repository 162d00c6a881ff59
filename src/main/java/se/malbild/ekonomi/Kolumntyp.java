package se.malbild.ekonomi;

/** What a year's amount is: last years' result, a decided budget, or a plan year. */
public enum Kolumntyp {
    BOKSLUT, BUDGET, PLAN
}
