package se.malbild.mal;

/** Unit of an indicator. */
public enum Matenhet {
    PROCENT, ANTAL, DAGAR, MANADER, AR, INDEX, KVOT, TKR, KR, MNKR
}
