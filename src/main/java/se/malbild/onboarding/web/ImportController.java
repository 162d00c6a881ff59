package se.malbild.onboarding.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.onboarding.ImportException;
import se.malbild.onboarding.PlanImportService;

/** Admin page: upload a committee plan in the import format. Errors are listed with their path; nothing is saved then. */
@Controller
class ImportController {

    static final String FORMULAR = "onboarding/import";

    private final PlanImportService importer;
    private final MessageSource meddelanden;

    ImportController(PlanImportService importer, MessageSource meddelanden) {
        this.importer = importer;
        this.meddelanden = meddelanden;
    }

    @GetMapping("/admin/import")
    String initImportForm() {
        return FORMULAR;
    }

    @PostMapping("/admin/import")
    String processImportForm(@RequestParam("fil") MultipartFile fil, Principal anvandare, Model model,
            RedirectAttributes redirect) throws IOException {
        String filnamn = fil.getOriginalFilename() == null ? "fil.json" : fil.getOriginalFilename();
        if (fil.isEmpty()) {
            model.addAttribute("fel", List.of(text("onboarding.import.ingenFil")));
            return FORMULAR;
        }
        try {
            var resultat = importer.importera(fil.getBytes(), filnamn, anvandare.getName());
            redirect.addFlashAttribute("meddelande", text("onboarding.import.klar", filnamn, resultat.namnd(),
                    resultat.kommun(), resultat.ar(), resultat.namndmal(), resultat.indikatorer()));
            return "redirect:/admin/import";
        } catch (ImportException e) {
            model.addAttribute("filnamn", filnamn);
            model.addAttribute("fel", e.getFel().stream().map(Object::toString).toList());
            return FORMULAR;
        }
    }

    @GetMapping(value = "/admin/import/schema", produces = "application/schema+json")
    @ResponseBody
    Resource showSchema() {
        return new ClassPathResource(PlanImportService.SCHEMA);
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
