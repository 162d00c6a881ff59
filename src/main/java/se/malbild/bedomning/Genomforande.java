package se.malbild.bedomning;

/**
 * How far an assignment, activity or kontrollmoment has come at a follow-up point. Which values a list offers, and
 * their words, depend on the list ({@link Listtyp}): an uppdrag is "Genomfört", an activity "Genomförd".
 */
public enum Genomforande {
    EJ_PABORJAD, PAGAR, GENOMFORD, GENOMFORD_MED_AVVIKELSE, PLANERAD, EJ_GENOMFORD, FLYTTAD
}
