package se.malbild.rapport.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentHtml;
import se.malbild.rapport.InternbudgetService;
import se.malbild.rapport.StartService;

@Controller
class RapportController {

    static final String START = "rapport/start";
    static final String INTERNBUDGET = "rapport/internbudget";

    private final StartService start;
    private final InternbudgetService internbudget;
    private final DokumentHtml dokumentHtml;

    RapportController(StartService start, InternbudgetService internbudget, DokumentHtml dokumentHtml) {
        this.start = start;
        this.internbudget = internbudget;
        this.dokumentHtml = dokumentHtml;
    }

    @GetMapping("/")
    String showStart(Model model) {
        model.addAttribute("kommuner", start.kommuner());
        return START;
    }

    /** The internbudget as the same document the PDF, Word and Excel exports are made from, with links to them. */
    @GetMapping("/kommuner/{scbKod}/namnder/{namndKod}/internbudget/{ar}")
    String showInternbudget(@PathVariable String scbKod, @PathVariable String namndKod, @PathVariable int ar, Model model) {
        Dokument dokument = internbudget.dokument(scbKod, namndKod, ar);
        model.addAttribute("dokument", dokument);
        model.addAttribute("dokumentHtml", dokumentHtml.fragment(dokument));
        model.addAttribute("scbKod", scbKod);
        model.addAttribute("namndKod", namndKod);
        model.addAttribute("ar", ar);
        return INTERNBUDGET;
    }
}
