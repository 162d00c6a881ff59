package se.malbild.dokument;

import org.springframework.stereotype.Component;

/** A {@link Dokument} as JSON and back, byte for byte the same for the same document, and its SHA-256. */
@Component
public class DokumentJson {

    public String json(Dokument dokument) {
        throw new UnsupportedOperationException("Inte byggt ännu");
    }

    public Dokument las(String json) {
        throw new UnsupportedOperationException("Inte byggt ännu");
    }

    /** The SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
    public static String sha256(String text) {
        throw new UnsupportedOperationException("Inte byggt ännu");
    }
}
