package se.malbild.uppfoljning.web;

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
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningstyp;

/** Admins configure each municipality's follow-up points per year, with deadlines. */
@Controller
class PunktController {

    static final String PUNKTER = "uppfoljning/punkter";

    private final UppfoljningService uppfoljningar;
    private final MessageSource meddelanden;

    PunktController(UppfoljningService uppfoljningar, MessageSource meddelanden) {
        this.uppfoljningar = uppfoljningar;
        this.meddelanden = meddelanden;
    }

    @ModelAttribute
    void referensdata(@PathVariable String scbKod, Model model) {
        model.addAttribute("scbKod", scbKod);
        model.addAttribute("punkter", uppfoljningar.punkter(scbKod));
        model.addAttribute("typer", Uppfoljningstyp.values());
    }

    @GetMapping("/admin/kommuner/{scbKod}/uppfoljningspunkter")
    String initPunktForm(Model model) {
        model.addAttribute("punktForm", PunktForm.tom());
        return PUNKTER;
    }

    @PostMapping("/admin/kommuner/{scbKod}/uppfoljningspunkter")
    String processPunktForm(@PathVariable String scbKod, @Valid @ModelAttribute("punktForm") PunktForm form,
            BindingResult fel, RedirectAttributes redirect) {
        if (fel.hasErrors()) {
            return PUNKTER;
        }
        try {
            uppfoljningar.laggTillPunkt(scbKod, form.ar(), form.manad(), form.typ(), form.namn().strip(), form.sistaDag());
        } catch (UppfoljningService.PunktFinnsException e) {
            fel.rejectValue("manad", "uppfoljning.punkt.fel.finns");
            return PUNKTER;
        }
        redirect.addFlashAttribute("meddelande", meddelanden.getMessage("uppfoljning.punkt.tillagd",
                new Object[] {form.namn().strip()}, Locale.forLanguageTag("sv-SE")));
        return "redirect:/admin/kommuner/" + scbKod + "/uppfoljningspunkter";
    }
}
