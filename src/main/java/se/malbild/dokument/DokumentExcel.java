package se.malbild.dokument;

import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** Writes every table of a {@link Dokument} to an Excel workbook (.xlsx), one sheet per table. */
@Component
public class DokumentExcel {

    public void skriv(Dokument dokument, OutputStream ut) {
        throw new UnsupportedOperationException("Inte byggt ännu");
    }
}
