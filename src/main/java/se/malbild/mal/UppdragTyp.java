package se.malbild.mal;

/** Kind of strategiskt utvecklingsuppdrag. */
public enum UppdragTyp {
    KOMMUNGEMENSAMT, NAMNDSPECIFIKT
}
