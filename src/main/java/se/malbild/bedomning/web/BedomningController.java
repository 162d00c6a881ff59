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
import se.malbild.bedomning.BedomningService;
import se.malbild.bedomning.SamtidigtSparadException;
import se.malbild.bedomning.Textregler;
import se.malbild.mal.Malstatus;
import se.malbild.uppfoljning.FelStatusException;

/** The goal-fulfilment assessment of a committee at a follow-up point. */
@Controller
class BedomningController {

    static final String BEDOMNING = "bedomning/bedomning-form";

    private final BedomningService bedomningar;
    private final BedomningMeddelanden texter;

    BedomningController(BedomningService bedomningar, BedomningMeddelanden texter) {
        this.bedomningar = bedomningar;
        this.texter = texter;
    }

    @ModelAttribute("malstatusar")
    List<Malstatus> malstatusar() {
        return List.of(Malstatus.values());
    }

    /** The longest texts the fields take, for their help texts and maxlength. */
    @ModelAttribute("granser")
    Map<String, Integer> granser() {
        return Map.of("motivering", Textregler.MOTIVERING, "analys", Textregler.ANALYS, "punkter", Textregler.PUNKTER,
                "punkt", Textregler.PUNKT);
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/bedomning")
    String initBedomningForm(@PathVariable long namndId, @PathVariable long punktId, Model model) {
        BedomningService.Sida sida = bedomningar.las(namndId, punktId);
        model.addAttribute("sida", sida);
        model.addAttribute("bedomningForm", BedomningForm.av(sida));
        return BEDOMNING;
    }

    @PostMapping("/namnder/{namndId}/uppfoljning/{punktId}/bedomning")
    String processBedomningForm(@PathVariable long namndId, @PathVariable long punktId,
            @ModelAttribute("bedomningForm") BedomningForm form, Model model, RedirectAttributes redirect) {
        String sidan = "redirect:/namnder/" + namndId + "/uppfoljning/" + punktId + "/bedomning";
        BedomningService.Resultat resultat;
        try {
            resultat = bedomningar.spara(namndId, punktId, form.inmatningar());
        } catch (FelStatusException e) {
            redirect.addFlashAttribute("meddelande", texter.text("bedomning.lasbar"));
            return sidan;
        } catch (SamtidigtSparadException e) {
            BedomningService.Sida sida = bedomningar.las(namndId, punktId);
            form.ordna(sida);
            model.addAttribute("sida", sida);
            model.addAttribute("fel", List.of(texter.text("bedomning.samtidigt")));
            return BEDOMNING;
        }
        if (resultat.lyckades()) {
            redirect.addFlashAttribute("meddelande", texter.text("bedomning.sparat", resultat.sparade()));
            return sidan;
        }
        List<BedomningForm.Rad> skickade = List.copyOf(form.getRader());
        Map<Long, BedomningService.Konflikt> konflikter = new HashMap<>();
        resultat.konflikter().forEach(k -> {
            BedomningForm.Rad rad = skickade.get(k.rad());
            rad.setVersion(k.version() < 0 ? null : k.version());
            rad.setVal("MITT");
            konflikter.put(k.namndmalId(), k);
        });
        BedomningService.Sida sida = bedomningar.las(namndId, punktId);
        form.ordna(sida);
        model.addAttribute("sida", sida);
        model.addAttribute("fel", texter.sammanfattning(resultat.fel()));
        model.addAttribute("felfalt", texter.perFalt(resultat.fel(), i -> String.valueOf(skickade.get(i).getNamndmalId())));
        model.addAttribute("konflikter", konflikter);
        return BEDOMNING;
    }
}
