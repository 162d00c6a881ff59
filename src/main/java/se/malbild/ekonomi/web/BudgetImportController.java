package se.malbild.ekonomi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.ekonomi.BudgetImportException;
import se.malbild.ekonomi.BudgetImportService;
import se.malbild.uppfoljning.FelStatusException;

/**
 * A controller or administrator imports the follow-up budget of the point's year (verksamheter with budget, split and
 * monthly profile; investment frames) from a CSV file, or downloads the current one to edit. Others get 403.
 */
@Controller
@RequestMapping("/namnder/{namndId}/uppfoljning/{punktId}/ekonomi/budget")
class BudgetImportController {

    static final String IMPORT = "ekonomi/budget-import";

    private final BudgetImportService importer;
    private final MessageSource meddelanden;

    BudgetImportController(BudgetImportService importer, MessageSource meddelanden) {
        this.importer = importer;
        this.meddelanden = meddelanden;
    }

    @ModelAttribute("sida")
    BudgetImportService.Importsida sida(@PathVariable long namndId, @PathVariable long punktId) {
        return importer.importsida(namndId, punktId);
    }

    @GetMapping
    String initImportForm() {
        return IMPORT;
    }

    @PostMapping
    String processImportForm(@PathVariable long namndId, @PathVariable long punktId,
            @RequestParam(name = "fil", required = false) MultipartFile fil, Model model, RedirectAttributes redirect)
            throws IOException {
        String filnamn = fil == null || fil.getOriginalFilename() == null || fil.getOriginalFilename().isBlank() ? "fil"
                : fil.getOriginalFilename();
        if (fil == null || fil.isEmpty()) {
            model.addAttribute("filnamn", filnamn);
            model.addAttribute("fel", List.of(text("ekonomi.budget.ingenFil")));
            return IMPORT;
        }
        try {
            BudgetImportService.Resultat resultat = importer.importera(namndId, punktId, fil.getBytes(), filnamn);
            redirect.addFlashAttribute("resultat", resultat);
            redirect.addFlashAttribute("meddelande", text("ekonomi.budget.klar", filnamn));
            return "redirect:/namnder/{namndId}/uppfoljning/{punktId}/ekonomi/budget";
        } catch (BudgetImportException e) {
            model.addAttribute("filnamn", filnamn);
            model.addAttribute("fel", e.getFel().stream()
                    .map(f -> f.rad() == 0 ? text(f.nyckel(), f.argument().toArray())
                            : text("ekonomi.budget.fel.rad", String.valueOf(f.rad()), text(f.nyckel(), f.argument().toArray())))
                    .toList());
            return IMPORT;
        } catch (FelStatusException e) {
            redirect.addFlashAttribute("meddelande", text("ekonomi.budget.lasbar"));
            return "redirect:/namnder/{namndId}/uppfoljning/{punktId}/ekonomi/budget";
        }
    }

    @GetMapping("/fil")
    ResponseEntity<byte[]> exportera(@PathVariable long namndId, @PathVariable long punktId,
            @ModelAttribute("sida") BudgetImportService.Importsida sida) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("uppfoljningsbudget-" + sida.ar() + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(importer.exportera(namndId, punktId));
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
