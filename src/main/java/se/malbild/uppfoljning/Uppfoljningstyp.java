package se.malbild.uppfoljning;

/** What a follow-up point is: an interim report, a forecast only, or the full year. */
public enum Uppfoljningstyp {
    DELAR, PROGNOS, HELAR
}
