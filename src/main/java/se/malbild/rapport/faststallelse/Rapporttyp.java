package se.malbild.rapport.faststallelse;

/** The kinds of report a committee adopts. */
public enum Rapporttyp {
    /** The delårsrapport at a follow-up point. */
    DELARSRAPPORT,
    /** The year's internbudget. */
    INTERNBUDGET
}
