package se.malbild.mal;

/** Desired direction of an indicator. */
public enum Riktning {
    HOGRE_AR_BATTRE, LAGRE_AR_BATTRE, INGEN
}
