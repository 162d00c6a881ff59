package se.malbild.dokument;

import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** Prints a {@link Dokument} as an A4 PDF from the same HTML as the page. */
@Component
public class DokumentPdf {

    /**
     * Writes the PDF.
     *
     * @param sidfot a line printed in every page footer (for an adopted report: decision and fingerprint), or null
     */
    public void skriv(Dokument dokument, String sidfot, OutputStream ut) {
        throw new UnsupportedOperationException("Inte byggt ännu");
    }
}
