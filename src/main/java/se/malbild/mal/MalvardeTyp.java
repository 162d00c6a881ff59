package se.malbild.mal;

/** The forms a target value takes in the seeds. */
public enum MalvardeTyp {
    VARDE, JAMFORELSE, RIKTNING, KVALITATIVT, BUDGET_I_BALANS, EJ_FASTSTALLT
}
