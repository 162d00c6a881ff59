package se.malbild.rapport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentExcel;
import se.malbild.dokument.DokumentWord;
import se.malbild.rapport.faststallelse.FaststallelseService;

/**
 * Adopted reports as they were adopted: the stored HTML and PDF, Word and Excel made again from the stored document,
 * publishing, and each committee's list of adopted reports. A published report is readable without login.
 */
@Controller
class FaststalldRapportController {

    static final String FASTSTALLD = "rapport/faststalld";
    static final String RAPPORTER = "rapport/rapporter";

    private final FaststallelseService faststallelser;
    private final DokumentWord word;
    private final DokumentExcel excel;
    private final MessageSource meddelanden;

    FaststalldRapportController(FaststallelseService faststallelser, DokumentWord word, DokumentExcel excel,
            MessageSource meddelanden) {
        this.faststallelser = faststallelser;
        this.word = word;
        this.excel = excel;
        this.meddelanden = meddelanden;
    }

    @GetMapping("/rapporter/{id}")
    String showFaststalld(@PathVariable long id, Model model) {
        model.addAttribute("rapport", faststallelser.las(id));
        return FASTSTALLD;
    }

    @GetMapping("/rapporter/{id}.pdf")
    void exportPdf(@PathVariable long id, HttpServletResponse svar) throws IOException {
        byte[] pdf = faststallelser.pdf(id);
        Nedladdning.bilaga(svar, Nedladdning.PDF, filnamn(id, "pdf"));
        svar.setContentLength(pdf.length);
        svar.getOutputStream().write(pdf);
    }

    @GetMapping("/rapporter/{id}.docx")
    void exportWord(@PathVariable long id, HttpServletResponse svar) throws IOException {
        Dokument dokument = faststallelser.dokument(id);
        String sidfot = faststallelser.sidfot(id);
        Nedladdning.bilaga(svar, Nedladdning.WORD, filnamn(id, "docx"));
        word.skriv(dokument, sidfot, svar.getOutputStream());
    }

    @GetMapping("/rapporter/{id}.xlsx")
    void exportExcel(@PathVariable long id, HttpServletResponse svar) throws IOException {
        Dokument dokument = faststallelser.dokument(id);
        Nedladdning.bilaga(svar, Nedladdning.EXCEL, filnamn(id, "xlsx"));
        excel.skriv(dokument, svar.getOutputStream());
    }

    @PostMapping("/rapporter/{id}/publicera")
    String publicera(@PathVariable long id, RedirectAttributes redirect) {
        try {
            faststallelser.publicera(id);
            redirect.addFlashAttribute("meddelande", text("faststallelse.publicerad"));
        } catch (FaststallelseService.RedanPubliceradException e) {
            redirect.addFlashAttribute("meddelande", text("faststallelse.fel.redanPublicerad"));
        }
        return "redirect:/rapporter/" + id;
    }

    @GetMapping("/namnder/{namndId}/rapporter")
    String showRapporter(@PathVariable long namndId, Model model) {
        model.addAttribute("lista", faststallelser.lista(namndId));
        return RAPPORTER;
    }

    private static String filnamn(long id, String filtyp) {
        return "faststalld-rapport-" + id + "." + filtyp;
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
