package se.malbild.mal;

/** Breakdown of an outcome by gender: T totalt, K kvinnor, M män. */
public enum Kon {
    T, K, M
}
