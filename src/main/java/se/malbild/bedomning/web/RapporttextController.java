package se.malbild.bedomning.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.bedomning.RapporttextService;
import se.malbild.bedomning.SamtidigtSparadException;
import se.malbild.uppfoljning.FelStatusException;

/** The report texts of a committee at a follow-up point. */
@Controller
class RapporttextController {

    static final String TEXTER = "bedomning/texter-form";

    private final RapporttextService rapporttexter;
    private final BedomningMeddelanden texter;

    RapporttextController(RapporttextService rapporttexter, BedomningMeddelanden texter) {
        this.rapporttexter = rapporttexter;
        this.texter = texter;
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/texter")
    String initTextForm(@PathVariable long namndId, @PathVariable long punktId, Model model) {
        RapporttextService.Sida sida = rapporttexter.las(namndId, punktId);
        model.addAttribute("sida", sida);
        model.addAttribute("textForm", TextForm.av(sida));
        return TEXTER;
    }

    @PostMapping("/namnder/{namndId}/uppfoljning/{punktId}/texter")
    String processTextForm(@PathVariable long namndId, @PathVariable long punktId,
            @ModelAttribute("textForm") TextForm form, Model model, RedirectAttributes redirect) {
        String sidan = "redirect:/namnder/" + namndId + "/uppfoljning/" + punktId + "/texter";
        RapporttextService.Resultat resultat;
        try {
            resultat = rapporttexter.spara(namndId, punktId, form.inmatningar());
        } catch (FelStatusException e) {
            redirect.addFlashAttribute("meddelande", texter.text("bedomning.lasbar"));
            return sidan;
        } catch (SamtidigtSparadException e) {
            RapporttextService.Sida sida = rapporttexter.las(namndId, punktId);
            form.ordna(sida);
            model.addAttribute("sida", sida);
            model.addAttribute("fel", List.of(texter.text("bedomning.samtidigt")));
            return TEXTER;
        }
        if (resultat.lyckades()) {
            redirect.addFlashAttribute("meddelande", texter.text("bedomning.texter.sparat", resultat.sparade()));
            return sidan;
        }
        List<TextForm.Rad> skickade = List.copyOf(form.getRader());
        Map<String, RapporttextService.Konflikt> konflikter = new HashMap<>();
        resultat.konflikter().forEach(k -> {
            TextForm.Rad rad = skickade.get(k.rad());
            rad.setVersion(k.version() < 0 ? null : k.version());
            rad.setVal("MITT");
            konflikter.put(nyckel(rad), k);
        });
        RapporttextService.Sida sida = rapporttexter.las(namndId, punktId);
        form.ordna(sida);
        model.addAttribute("sida", sida);
        model.addAttribute("fel", texter.sammanfattning(resultat.fel()));
        model.addAttribute("felfalt", texter.perFalt(resultat.fel(), i -> nyckel(skickade.get(i))));
        model.addAttribute("konflikter", konflikter);
        return TEXTER;
    }

    /** A section's identity on the page, as the template builds it: avsnitt and verksamhet, e.g. "VERKSAMHET-17". */
    static String nyckel(TextForm.Rad rad) {
        return rad.getAvsnitt() + "-" + (rad.getVerksamhetId() == null ? "" : rad.getVerksamhetId());
    }
}
