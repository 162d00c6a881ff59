package se.malbild.rapport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentExcel;
import se.malbild.dokument.DokumentPdf;
import se.malbild.dokument.DokumentWord;
import se.malbild.rapport.InternbudgetService;

/**
 * The internbudget as a file to download: PDF, Word or Excel, for every logged-in user who may read the page. The
 * document is read in the service's own short read-only transaction; the file is written afterwards, straight to the
 * response, with no transaction or connection held while it is laid out.
 */
@Controller
class ExportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final InternbudgetService internbudget;
    private final DokumentPdf pdf;
    private final DokumentWord word;
    private final DokumentExcel excel;

    ExportController(InternbudgetService internbudget, DokumentPdf pdf, DokumentWord word, DokumentExcel excel) {
        this.internbudget = internbudget;
        this.pdf = pdf;
        this.word = word;
        this.excel = excel;
    }

    @GetMapping("/kommuner/{scbKod}/namnder/{namndKod}/internbudget/{ar}.pdf")
    void showInternbudgetPdf(@PathVariable String scbKod, @PathVariable String namndKod, @PathVariable int ar,
            HttpServletResponse svar) throws IOException {
        Dokument dokument = internbudget.dokument(scbKod, namndKod, ar);
        skicka(svar, MediaType.APPLICATION_PDF, filnamn(namndKod, ar, "pdf"), ut -> pdf.skriv(dokument, null, ut));
    }

    @GetMapping("/kommuner/{scbKod}/namnder/{namndKod}/internbudget/{ar}.docx")
    void showInternbudgetWord(@PathVariable String scbKod, @PathVariable String namndKod, @PathVariable int ar,
            HttpServletResponse svar) throws IOException {
        Dokument dokument = internbudget.dokument(scbKod, namndKod, ar);
        skicka(svar, DOCX, filnamn(namndKod, ar, "docx"), ut -> word.skriv(dokument, null, ut));
    }

    @GetMapping("/kommuner/{scbKod}/namnder/{namndKod}/internbudget/{ar}.xlsx")
    void showInternbudgetExcel(@PathVariable String scbKod, @PathVariable String namndKod, @PathVariable int ar,
            HttpServletResponse svar) throws IOException {
        Dokument dokument = internbudget.dokument(scbKod, namndKod, ar);
        skicka(svar, XLSX, filnamn(namndKod, ar, "xlsx"), ut -> excel.skriv(dokument, ut));
    }

    /** "internbudget-AN-2022.pdf"; characters that have no place in a file name become "_". */
    static String filnamn(String namndKod, int ar, String filandelse) {
        return "internbudget-" + namndKod.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + ar + "." + filandelse;
    }

    private static void skicka(HttpServletResponse svar, MediaType typ, String filnamn, Skrivning skrivning)
            throws IOException {
        svar.setContentType(typ.toString());
        svar.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filnamn).build().toString());
        OutputStream ut = svar.getOutputStream();
        skrivning.skriv(ut);
        ut.flush();
    }

    private interface Skrivning {
        void skriv(OutputStream ut);
    }
}
