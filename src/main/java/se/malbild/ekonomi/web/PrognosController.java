package se.malbild.ekonomi.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.ekonomi.PrognosService;
import se.malbild.ekonomi.Prognosformular;
import se.malbild.uppfoljning.FelStatusException;
import se.malbild.uppfoljning.SamtidigAndringException;

/**
 * Forecast entry per verksamhet, for the whole nämnd and per investment, at a follow-up point and in a month of it.
 * Everyone who may read sees the page; controllers, the nämnd's registrators and administrators may save.
 */
@Controller
@RequestMapping("/namnder/{namndId}/uppfoljning/{punktId}/ekonomi/prognos")
class PrognosController {

    static final String PROGNOS = "ekonomi/prognos-form";

    private final Prognosformular formular;
    private final PrognosService prognoser;
    private final MessageSource meddelanden;

    PrognosController(Prognosformular formular, PrognosService prognoser, MessageSource meddelanden) {
        this.formular = formular;
        this.prognoser = prognoser;
        this.meddelanden = meddelanden;
    }

    @GetMapping
    String initPrognosForm(@PathVariable long namndId, @PathVariable long punktId,
            @RequestParam(name = "manad", required = false) Integer manad, Model model) {
        Prognosformular.Sida sida = formular.las(namndId, punktId, manad);
        PrognosForm form = new PrognosForm();
        form.setManad(sida.manad());
        sida.rader().forEach(r -> {
            PrognosForm.Rad rad = new PrognosForm.Rad();
            rad.setVerksamhetId(r.verksamhetId());
            rad.setLopnummer(r.lopnummer());
            rad.setPrognos(r.prognos());
            rad.setKostnader(r.kostnader());
            rad.setIntakter(r.intakter());
            rad.setKommentar(r.kommentar());
            form.getRader().add(rad);
        });
        sida.investeringar().forEach(i -> {
            PrognosForm.Investering rad = new PrognosForm.Investering();
            rad.setObjektId(i.objektId());
            rad.setLopnummer(i.lopnummer());
            rad.setRedovisatUtgifter(i.redovisatUtgifter());
            rad.setRedovisatInkomster(i.redovisatInkomster());
            rad.setPrognosUtgifter(i.prognosUtgifter());
            rad.setPrognosInkomster(i.prognosInkomster());
            rad.setKommentar(i.kommentar());
            form.getInvesteringar().add(rad);
        });
        model.addAttribute("sida", sida);
        model.addAttribute("prognosForm", form);
        return PROGNOS;
    }

    @PostMapping
    String processPrognosForm(@PathVariable long namndId, @PathVariable long punktId,
            @ModelAttribute("prognosForm") PrognosForm form, Model model, RedirectAttributes redirect) {
        PrognosService.Resultat resultat;
        try {
            resultat = prognoser.spara(namndId, punktId, form.getManad(), form.inmatningar(), form.investeringsinmatningar());
        } catch (FelStatusException e) {
            redirect.addFlashAttribute("meddelande", text("ekonomi.prognos.lasbar"));
            return "redirect:/namnder/{namndId}/uppfoljning/{punktId}/ekonomi";
        } catch (SamtidigAndringException e) {
            model.addAttribute("sida", formular.las(namndId, punktId, form.getManad()));
            model.addAttribute("fel", List.of(text("ekonomi.prognos.samtidigt")));
            return PROGNOS;
        }
        if (resultat.lyckades()) {
            redirect.addFlashAttribute("meddelande", text("ekonomi.prognos.sparat", String.valueOf(resultat.sparade())));
            return "redirect:/namnder/{namndId}/uppfoljning/{punktId}/ekonomi";
        }
        resultat.konflikter().forEach(k -> {
            if (k.investering()) {
                PrognosForm.Investering rad = form.getInvesteringar().get(k.rad());
                rad.setLopnummer(k.lopnummer() == 0 ? null : k.lopnummer());
                rad.setVal("MITT");
            } else {
                PrognosForm.Rad rad = form.getRader().get(k.rad());
                rad.setLopnummer(k.lopnummer() == 0 ? null : k.lopnummer());
                rad.setVal("MITT");
            }
        });
        model.addAttribute("sida", formular.las(namndId, punktId, form.getManad()));
        model.addAttribute("fel", resultat.fel().stream()
                .map(f -> text("ekonomi.prognos.felrad", namn(f.namn()), text(f.nyckel(), f.argument().toArray())))
                .toList());
        model.addAttribute("felrader", resultat.fel().stream().filter(f -> !f.investering()).map(PrognosService.Fel::rad).toList());
        model.addAttribute("felinvesteringar", resultat.fel().stream().filter(PrognosService.Fel::investering)
                .map(PrognosService.Fel::rad).toList());
        model.addAttribute("konflikter", resultat.konflikter().stream()
                .map(k -> text("ekonomi.prognos.konflikt", namn(k.namn()), k.sparat().isEmpty() ? "–" : k.sparat(), k.mitt()))
                .toList());
        model.addAttribute("konfliktrader", resultat.konflikter().stream().filter(k -> !k.investering())
                .map(PrognosService.Konflikt::rad).toList());
        model.addAttribute("konfliktinvesteringar", resultat.konflikter().stream().filter(PrognosService.Konflikt::investering)
                .map(PrognosService.Konflikt::rad).toList());
        return PROGNOS;
    }

    private String namn(String verksamhet) {
        return verksamhet == null ? text("ekonomi.helaNamnden") : verksamhet;
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
