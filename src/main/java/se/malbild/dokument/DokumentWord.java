package se.malbild.dokument;

import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** Writes a {@link Dokument} as a Word document (.docx). */
@Component
public class DokumentWord {

    /** @param sidfot a line printed in the footer (for an adopted report: decision and fingerprint), or null */
    public void skriv(Dokument dokument, String sidfot, OutputStream ut) {
        throw new UnsupportedOperationException("Inte byggt ännu");
    }
}
