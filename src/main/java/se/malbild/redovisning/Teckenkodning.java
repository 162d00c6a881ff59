package se.malbild.redovisning;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character encoding of an uploaded file. The uploader may choose one; with {@link #AUTOMATISK} the file decides:
 * <ol>
 * <li>a UTF-8 byte order mark, or bytes outside ASCII that are valid UTF-8, mean UTF-8;</li>
 * <li>otherwise the bytes that are Swedish letters (å ä ö Å Ä Ö é ü) in ISO-8859-1 are counted against those that are
 * Swedish letters in CP437; the larger count wins;</li>
 * <li>on a tie (for instance a file with only ASCII) the file type's own default is used: CP437 ("PC8", the SIE
 * standard, which {@code #FORMAT PC8} confirms) for SIE, ISO-8859-1 for CSV.</li>
 * </ol>
 * The rule covers the common fault of SIE writers that say {@code #FORMAT PC8} but write ISO-8859-1.
 */
public enum Teckenkodning {
    AUTOMATISK(null),
    PC8(Charset.forName("IBM437")),
    ISO_8859_1(StandardCharsets.ISO_8859_1),
    UTF_8(StandardCharsets.UTF_8);

    private static final int[] SVENSKA_I_LATIN1 = {0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xC9, 0xFC};
    private static final int[] SVENSKA_I_CP437 = {0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82, 0x90, 0x81};

    private final Charset charset;

    Teckenkodning(Charset charset) {
        this.charset = charset;
    }

    /** A decoded file and the encoding that was used. */
    record Avkodat(String text, Teckenkodning teckenkodning) {
    }

    /** Decodes with this encoding, or detects it when this is {@link #AUTOMATISK}. */
    Avkodat avkoda(byte[] innehall, Teckenkodning standard) {
        Teckenkodning kodning = this == AUTOMATISK ? avgor(innehall, standard) : this;
        int start = kodning == UTF_8 && harBom(innehall) ? 3 : 0;
        String text = new String(innehall, start, innehall.length - start, kodning.charset);
        return new Avkodat(text, kodning);
    }

    static Teckenkodning avgor(byte[] innehall, Teckenkodning standard) {
        if (harBom(innehall) || (!arAscii(innehall) && arUtf8(innehall))) {
            return UTF_8;
        }
        int latin1 = rakna(innehall, SVENSKA_I_LATIN1);
        int cp437 = rakna(innehall, SVENSKA_I_CP437);
        if (latin1 == cp437) {
            return standard;
        }
        return latin1 > cp437 ? ISO_8859_1 : PC8;
    }

    private static boolean harBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean arAscii(byte[] innehall) {
        for (byte b : innehall) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean arUtf8(byte[] innehall) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(innehall));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int rakna(byte[] innehall, int[] bytes) {
        int antal = 0;
        for (byte b : innehall) {
            for (int s : bytes) {
                if ((b & 0xFF) == s) {
                    antal++;
                }
            }
        }
        return antal;
    }
}
