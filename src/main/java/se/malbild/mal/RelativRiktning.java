package se.malbild.mal;

/** A target relative to the previous outcome (Ska öka, Minska, Ej öka …). */
public enum RelativRiktning {
    SKA_OKA, OKA, MINSKA, EJ_OKA, SKA_INTE_OKA, STABILISERAS
}
