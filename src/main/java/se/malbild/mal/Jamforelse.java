package se.malbild.mal;

/** Comparator of a target such as ≥0 or <1 %. */
public enum Jamforelse {
    GE, GT, LE, LT, EQ
}
