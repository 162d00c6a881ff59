package se.malbild.redovisning;

/** The two file forms actuals come in. */
public enum Filformat {
    SIE,
    CSV;

    /** SIE when the first non-blank character (after a byte order mark) is {@code #}, as every SIE line starts; else CSV. */
    static Filformat avgor(byte[] innehall) {
        int i = innehall.length >= 3 && (innehall[0] & 0xFF) == 0xEF && (innehall[1] & 0xFF) == 0xBB
                && (innehall[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < innehall.length && Character.isWhitespace((char) (innehall[i] & 0xFF))) {
            i++;
        }
        return i < innehall.length && innehall[i] == '#' ? SIE : CSV;
    }
}
