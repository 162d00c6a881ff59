package se.malbild.rapport.web;

import jakarta.validation.Valid;
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
import se.malbild.rapport.faststallelse.FaststallelseService;

/** The committee's adoption of its internbudget for a year, recorded by a politician or admin. */
@Controller
class InternbudgetFaststallelseController {

    static final String INTERNBUDGET_FASTSTALLELSE = "rapport/internbudget-faststallelse";
    private static final String ADRESS = "/kommuner/{scbKod}/namnder/{namndKod}/internbudget/{ar}/faststallelse";

    private final FaststallelseService faststallelser;
    private final MessageSource meddelanden;

    InternbudgetFaststallelseController(FaststallelseService faststallelser, MessageSource meddelanden) {
        this.faststallelser = faststallelser;
        this.meddelanden = meddelanden;
    }

    @GetMapping(ADRESS)
    String initFaststallForm(@PathVariable String scbKod, @PathVariable String namndKod, @PathVariable int ar,
            Model model) {
        model.addAttribute("faststallForm", FaststallForm.tom());
        model.addAttribute("sida", faststallelser.internbudget(scbKod, namndKod, ar));
        return INTERNBUDGET_FASTSTALLELSE;
    }

    @PostMapping(ADRESS)
    String processFaststallForm(@PathVariable String scbKod, @PathVariable String namndKod, @PathVariable int ar,
            @Valid @ModelAttribute("faststallForm") FaststallForm form, BindingResult fel, Model model,
            RedirectAttributes redirect) {
        String tillbaka = "redirect:/kommuner/" + scbKod + "/namnder/" + namndKod + "/internbudget/" + ar + "/faststallelse";
        try {
            faststallelser.kontrolleraAttKanFaststallas(scbKod, namndKod, ar);
            if (fel.hasErrors()) {
                model.addAttribute("sida", faststallelser.internbudget(scbKod, namndKod, ar));
                return INTERNBUDGET_FASTSTALLELSE;
            }
            faststallelser.faststallInternbudget(scbKod, namndKod, ar, form.beslut());
            redirect.addFlashAttribute("meddelande", text("faststallelse.faststalld", form.beslutsdatum().toString(),
                    form.paragraf().strip()));
        } catch (FaststallelseService.RedanFaststalldException e) {
            redirect.addFlashAttribute("meddelande", text("faststallelse.fel.redanFaststalld"));
        }
        return tillbaka;
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
