package se.malbild.rapport.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentExcel;
import se.malbild.dokument.DokumentPdf;
import se.malbild.dokument.DokumentWord;
import se.malbild.rapport.faststallelse.FaststallelseService;

/**
 * The live delårsrapport of a committee at a follow-up point, its exports, and the committee's adoption of it
 * (politicians and admins, once the follow-up is submitted).
 */
@Controller
class DelarsrapportController {

    static final String DELARSRAPPORT = "rapport/delarsrapport";

    private final FaststallelseService faststallelser;
    private final DokumentPdf pdf;
    private final DokumentWord word;
    private final DokumentExcel excel;
    private final MessageSource meddelanden;

    DelarsrapportController(FaststallelseService faststallelser, DokumentPdf pdf, DokumentWord word, DokumentExcel excel,
            MessageSource meddelanden) {
        this.faststallelser = faststallelser;
        this.pdf = pdf;
        this.word = word;
        this.excel = excel;
        this.meddelanden = meddelanden;
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/delarsrapport")
    String showDelarsrapport(@PathVariable long namndId, @PathVariable long punktId, Model model) {
        model.addAttribute("faststallForm", FaststallForm.tom());
        return visa(namndId, punktId, model);
    }

    @PostMapping("/namnder/{namndId}/uppfoljning/{punktId}/delarsrapport/faststall")
    String processFaststallForm(@PathVariable long namndId, @PathVariable long punktId,
            @Valid @ModelAttribute("faststallForm") FaststallForm form, BindingResult fel, Model model,
            RedirectAttributes redirect) {
        String sida = "redirect:/namnder/" + namndId + "/uppfoljning/" + punktId + "/delarsrapport";
        try {
            faststallelser.kontrolleraAttKanFaststallas(namndId, punktId);
            if (fel.hasErrors()) {
                return visa(namndId, punktId, model);
            }
            faststallelser.faststallDelarsrapport(namndId, punktId, form.beslut());
        } catch (FaststallelseService.RedanFaststalldException e) {
            redirect.addFlashAttribute("meddelande", text("faststallelse.fel.redanFaststalld"));
            return sida;
        } catch (FaststallelseService.InteInlamnadException e) {
            redirect.addFlashAttribute("meddelande", text("faststallelse.varforInte." + e.getStatus()));
            return sida;
        }
        redirect.addFlashAttribute("meddelande", text("faststallelse.faststalld", form.beslutsdatum().toString(),
                form.paragraf().strip()));
        return sida;
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/delarsrapport.pdf")
    void exportPdf(@PathVariable long namndId, @PathVariable long punktId, HttpServletResponse svar) throws IOException {
        Dokument dokument = faststallelser.levandeDelarsrapport(namndId, punktId);
        Nedladdning.bilaga(svar, Nedladdning.PDF, filnamn(namndId, punktId, "pdf"));
        pdf.skriv(dokument, null, svar.getOutputStream());
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/delarsrapport.docx")
    void exportWord(@PathVariable long namndId, @PathVariable long punktId, HttpServletResponse svar) throws IOException {
        Dokument dokument = faststallelser.levandeDelarsrapport(namndId, punktId);
        Nedladdning.bilaga(svar, Nedladdning.WORD, filnamn(namndId, punktId, "docx"));
        word.skriv(dokument, null, svar.getOutputStream());
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/delarsrapport.xlsx")
    void exportExcel(@PathVariable long namndId, @PathVariable long punktId, HttpServletResponse svar) throws IOException {
        Dokument dokument = faststallelser.levandeDelarsrapport(namndId, punktId);
        Nedladdning.bilaga(svar, Nedladdning.EXCEL, filnamn(namndId, punktId, "xlsx"));
        excel.skriv(dokument, svar.getOutputStream());
    }

    private String visa(long namndId, long punktId, Model model) {
        model.addAttribute("sida", faststallelser.delarsrapport(namndId, punktId));
        return DELARSRAPPORT;
    }

    private static String filnamn(long namndId, long punktId, String filtyp) {
        return "delarsrapport-" + namndId + "-" + punktId + "." + filtyp;
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
