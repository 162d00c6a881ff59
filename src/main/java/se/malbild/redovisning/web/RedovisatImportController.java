package se.malbild.redovisning.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
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
import se.malbild.redovisning.MappningService;
import se.malbild.redovisning.RedovisningImportException;
import se.malbild.redovisning.RedovisningImportService;
import se.malbild.redovisning.Teckenkodning;

/**
 * A controller (or administrator) uploads a nämnd's actuals as SIE 4 or CSV. The result – rows, months and the new
 * totals per verksamhet – is shown after a redirect; a refused file is listed with its errors and line numbers.
 */
@Controller
@RequestMapping("/namnder/{namndId}/redovisat/import")
class RedovisatImportController {

    static final String IMPORT = "redovisning/import";

    private final RedovisningImportService importer;
    private final MappningService mappningar;
    private final MessageSource meddelanden;

    RedovisatImportController(RedovisningImportService importer, MappningService mappningar, MessageSource meddelanden) {
        this.importer = importer;
        this.mappningar = mappningar;
        this.meddelanden = meddelanden;
    }

    @ModelAttribute("namnd")
    MappningService.Namnduppgifter namnd(@PathVariable long namndId, Authentication inloggning) {
        Behorighet.kravControllerEllerAdmin(inloggning);
        return mappningar.namnduppgifter(namndId);
    }

    @ModelAttribute("teckenkodningar")
    List<Teckenkodning> teckenkodningar() {
        return Arrays.asList(Teckenkodning.values());
    }

    @GetMapping
    String initImportForm() {
        return IMPORT;
    }

    @PostMapping
    String processImportForm(@PathVariable long namndId, @RequestParam("fil") MultipartFile fil,
            @RequestParam(name = "teckenkodning", defaultValue = "AUTOMATISK") Teckenkodning teckenkodning,
            Authentication inloggning, Model model, RedirectAttributes redirect) throws IOException {
        String filnamn = fil.getOriginalFilename() == null || fil.getOriginalFilename().isBlank() ? "fil"
                : fil.getOriginalFilename();
        model.addAttribute("valdTeckenkodning", teckenkodning);
        if (fil.isEmpty()) {
            model.addAttribute("filnamn", filnamn);
            model.addAttribute("fel", List.of(text("redovisning.import.ingenFil")));
            return IMPORT;
        }
        try {
            var resultat = importer.importera(namndId, fil.getBytes(), filnamn, teckenkodning, inloggning.getName());
            redirect.addFlashAttribute("resultat", ResultatVy.av(resultat,
                    text("redovisning.format." + resultat.format().name()),
                    text("redovisning.teckenkodning." + resultat.teckenkodning().name())));
            redirect.addFlashAttribute("meddelande", text("redovisning.import.klar", filnamn));
            return "redirect:/namnder/{namndId}/redovisat/import";
        } catch (RedovisningImportException e) {
            model.addAttribute("filnamn", filnamn);
            model.addAttribute("fel", e.getFel().stream().map(Object::toString).toList());
            return IMPORT;
        }
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
