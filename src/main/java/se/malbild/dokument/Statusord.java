package se.malbild.dokument;

/**
 * A status in formats without icons (Word, Excel): a symbol whose shape differs by status, then the words, so the
 * status never rests on colour: "✓ Uppfylls", "◐ Uppfylls delvis", "✗ Uppfylls ej", "– Kan ej bedömas".
 */
final class Statusord {

    private Statusord() {
    }

    /** The symbol of the icon, or an empty string for a status of words only. */
    static String symbol(Status.Ikon ikon) {
        return switch (ikon) {
            case UPPFYLLS -> "\u2713";
            case DELVIS -> "\u25D0";
            case EJ -> "\u2717";
            case KAN_EJ_BEDOMAS -> "\u2013";
            case INGEN -> "";
        };
    }

    static String medSymbol(Status status) {
        String symbol = status.ikon() == null ? "" : symbol(status.ikon());
        return symbol.isEmpty() ? status.text() : symbol + " " + status.text();
    }
}
