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
import se.malbild.bedomning.Listtyp;
import se.malbild.bedomning.PlanpostException;
import se.malbild.bedomning.SamtidigtSparadException;
import se.malbild.bedomning.StatuslistaService;
import se.malbild.bedomning.Textregler;
import se.malbild.uppfoljning.FelStatusException;

/** Status of strategic assignments, activities and kontrollmoment at a follow-up point; adding activities and moments. */
@Controller
class StatuslistaController {

    static final String LISTOR = "bedomning/uppdrag-och-kontroll";

    private final StatuslistaService listor;
    private final BedomningMeddelanden texter;

    StatuslistaController(StatuslistaService listor, BedomningMeddelanden texter) {
        this.listor = listor;
        this.texter = texter;
    }

    @ModelAttribute("nyaSlag")
    List<Listtyp> nyaSlag() {
        return List.of(Listtyp.AKTIVITET, Listtyp.KONTROLLMOMENT);
    }

    @ModelAttribute("kommentarLangd")
    int kommentarLangd() {
        return Textregler.KOMMENTAR;
    }

    @ModelAttribute("planpostLangd")
    int planpostLangd() {
        return Textregler.PLANPOST;
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/uppdrag-och-kontroll")
    String initStatuslistaForm(@PathVariable long namndId, @PathVariable long punktId, Model model) {
        StatuslistaService.Sida sida = listor.las(namndId, punktId);
        model.addAttribute("sida", sida);
        model.addAttribute("statuslistaForm", StatuslistaForm.av(sida));
        model.addAttribute("planpostForm", new PlanpostForm());
        return LISTOR;
    }

    @PostMapping("/namnder/{namndId}/uppfoljning/{punktId}/uppdrag-och-kontroll")
    String processStatuslistaForm(@PathVariable long namndId, @PathVariable long punktId,
            @ModelAttribute("statuslistaForm") StatuslistaForm form, Model model, RedirectAttributes redirect) {
        String sidan = sidan(namndId, punktId);
        StatuslistaService.Resultat resultat;
        try {
            resultat = listor.spara(namndId, punktId, form.inmatningar());
        } catch (FelStatusException e) {
            redirect.addFlashAttribute("meddelande", texter.text("bedomning.lasbar"));
            return sidan;
        } catch (SamtidigtSparadException e) {
            StatuslistaService.Sida sida = listor.las(namndId, punktId);
            form.ordna(sida);
            visa(model, sida, new PlanpostForm());
            model.addAttribute("fel", List.of(texter.text("bedomning.samtidigt")));
            return LISTOR;
        }
        if (resultat.lyckades()) {
            redirect.addFlashAttribute("meddelande", texter.text("bedomning.listor.sparat", resultat.sparade()));
            return sidan;
        }
        List<StatuslistaForm.Rad> skickade = List.copyOf(form.getRader());
        Map<String, StatuslistaService.Konflikt> konflikter = new HashMap<>();
        resultat.konflikter().forEach(k -> {
            StatuslistaForm.Rad rad = skickade.get(k.rad());
            rad.setVersion(k.version() < 0 ? null : k.version());
            rad.setVal("MITT");
            konflikter.put(nyckel(rad), k);
        });
        StatuslistaService.Sida sida = listor.las(namndId, punktId);
        form.ordna(sida);
        visa(model, sida, new PlanpostForm());
        model.addAttribute("fel", texter.sammanfattning(resultat.fel()));
        model.addAttribute("felfalt", texter.perFalt(resultat.fel(), i -> nyckel(skickade.get(i))));
        model.addAttribute("konflikter", konflikter);
        return LISTOR;
    }

    @PostMapping("/namnder/{namndId}/uppfoljning/{punktId}/uppdrag-och-kontroll/ny")
    String processPlanpostForm(@PathVariable long namndId, @PathVariable long punktId,
            @ModelAttribute("planpostForm") PlanpostForm form, Model model, RedirectAttributes redirect) {
        String sidan = sidan(namndId, punktId);
        try {
            listor.laggTill(namndId, punktId, form.getSlag(), form.getText());
        } catch (FelStatusException e) {
            redirect.addFlashAttribute("meddelande", texter.text("bedomning.lasbar"));
            return sidan;
        } catch (PlanpostException | SamtidigtSparadException e) {
            StatuslistaService.Sida sida = listor.las(namndId, punktId);
            visa(model, sida, form);
            model.addAttribute("statuslistaForm", StatuslistaForm.av(sida));
            String orsak = e instanceof PlanpostException p ? texter.text(p.nyckel(), p.argument().toArray())
                    : texter.text("bedomning.samtidigt");
            model.addAttribute("fel", List.of(orsak));
            model.addAttribute("nyFel", Map.of(form.getSlag().name(), orsak));
            return LISTOR;
        }
        redirect.addFlashAttribute("meddelande", texter.text("bedomning.ny.tillagd." + form.getSlag().name()));
        return sidan;
    }

    private static void visa(Model model, StatuslistaService.Sida sida, PlanpostForm planpost) {
        model.addAttribute("sida", sida);
        model.addAttribute("planpostForm", planpost);
    }

    /** A row's identity on the page, as the template builds it: list and id, e.g. "KONTROLLMOMENT-17". */
    static String nyckel(StatuslistaForm.Rad rad) {
        return rad.getListtyp() + "-" + rad.getId();
    }

    private static String sidan(long namndId, long punktId) {
        return "redirect:/namnder/" + namndId + "/uppfoljning/" + punktId + "/uppdrag-och-kontroll";
    }
}
