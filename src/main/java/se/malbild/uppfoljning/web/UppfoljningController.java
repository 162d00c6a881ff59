package se.malbild.uppfoljning.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.uppfoljning.Andringslogg;
import se.malbild.uppfoljning.FelStatusException;
import se.malbild.uppfoljning.NyckeltalUppfoljning;
import se.malbild.uppfoljning.SamtidigAndringException;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.UtfallFormular;
import se.malbild.uppfoljning.UtfallService;

@Controller
class UppfoljningController {

    static final String OVERSIKT = "uppfoljning/oversikt";
    static final String UTFALL = "uppfoljning/utfall-form";
    static final String NYCKELTAL = "uppfoljning/nyckeltal-form";
    static final String ANDRINGAR = "uppfoljning/andringar";

    private final UppfoljningService uppfoljningar;
    private final UtfallFormular formular;
    private final UtfallService utfall;
    private final NyckeltalUppfoljning nyckeltal;
    private final Andringslogg andringslogg;
    private final MessageSource meddelanden;

    UppfoljningController(UppfoljningService uppfoljningar, UtfallFormular formular, UtfallService utfall,
            NyckeltalUppfoljning nyckeltal, Andringslogg andringslogg, MessageSource meddelanden) {
        this.andringslogg = andringslogg;
        this.nyckeltal = nyckeltal;
        this.uppfoljningar = uppfoljningar;
        this.formular = formular;
        this.utfall = utfall;
        this.meddelanden = meddelanden;
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/nyckeltal")
    String initNyckeltalForm(@PathVariable long namndId, @PathVariable long punktId, Model model) {
        NyckeltalUppfoljning.Sida sida = nyckeltal.las(namndId, punktId);
        model.addAttribute("sida", sida);
        model.addAttribute("nyckeltalForm", NyckeltalForm.av(sida));
        return NYCKELTAL;
    }

    @PostMapping("/namnder/{namndId}/uppfoljning/{punktId}/nyckeltal")
    String processNyckeltalForm(@PathVariable long namndId, @PathVariable long punktId,
            @ModelAttribute("nyckeltalForm") NyckeltalForm form, Model model, RedirectAttributes redirect) {
        NyckeltalUppfoljning.Resultat resultat;
        try {
            resultat = nyckeltal.spara(namndId, punktId, form.inmatningar());
        } catch (FelStatusException e) {
            redirect.addFlashAttribute("meddelande", text("uppfoljning.utfall.lasbar"));
            return "redirect:/namnder/" + namndId + "/uppfoljning";
        }
        if (resultat.lyckades()) {
            redirect.addFlashAttribute("meddelande", text("uppfoljning.utfall.sparat", resultat.sparade()));
            return "redirect:/namnder/" + namndId + "/uppfoljning/" + punktId + "/nyckeltal";
        }
        NyckeltalUppfoljning.Sida sida = nyckeltal.las(namndId, punktId);
        for (int i = 0; i < form.getRader().size() && i < sida.rader().size(); i++) {
            form.getRader().get(i).setVersion(sida.rader().get(i).version());
        }
        model.addAttribute("sida", sida);
        model.addAttribute("fel", Stream.concat(
                resultat.fel().stream().map(f -> f.namn() + ": " + text(f.nyckel())),
                resultat.konflikter().stream().map(k -> text("uppfoljning.nyckeltal.konflikt", k))).toList());
        return NYCKELTAL;
    }

    @GetMapping("/namnder/{namndId}/andringar")
    String showAndringar(@PathVariable long namndId, @RequestParam(required = false) String typ, Model model) {
        model.addAttribute("logg", andringslogg.forNamnd(namndId, typ));
        return ANDRINGAR;
    }

    @GetMapping("/namnder/{namndId}/historik/{objekttyp}/{objektId}")
    String showObjekthistorik(@PathVariable long namndId, @PathVariable String objekttyp, @PathVariable long objektId,
            Model model) {
        model.addAttribute("logg", andringslogg.forObjekt(namndId, objekttyp, objektId));
        return ANDRINGAR;
    }

    @GetMapping("/namnder/{namndId}/uppfoljning")
    String showOversikt(@PathVariable long namndId, Model model) {
        model.addAttribute("oversikt", uppfoljningar.oversikt(namndId));
        return OVERSIKT;
    }

    @PostMapping("/namnder/{namndId}/uppfoljning/{punktId}/lamna-in")
    String lamnaIn(@PathVariable long namndId, @PathVariable long punktId, RedirectAttributes redirect) {
        uppfoljningar.lamnaIn(namndId, punktId);
        redirect.addFlashAttribute("meddelande", text("uppfoljning.oversikt.inlamnad"));
        return "redirect:/namnder/" + namndId + "/uppfoljning";
    }

    @PostMapping("/namnder/{namndId}/uppfoljning/{punktId}/oppna")
    String oppnaIgen(@PathVariable long namndId, @PathVariable long punktId, RedirectAttributes redirect) {
        uppfoljningar.oppnaIgen(namndId, punktId);
        redirect.addFlashAttribute("meddelande", text("uppfoljning.oversikt.oppnad"));
        return "redirect:/namnder/" + namndId + "/uppfoljning";
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/utfall")
    String initUtfallForm(@PathVariable long namndId, @PathVariable long punktId, Model model) {
        UtfallFormular.Sida sida = formular.las(namndId, punktId);
        UtfallForm form = new UtfallForm();
        sida.rader().forEach(r -> {
            UtfallForm.Rad rad = new UtfallForm.Rad();
            rad.setIndikatorId(r.indikatorId());
            rad.setEnhetId(r.enhetId());
            rad.setKon(r.kon());
            rad.setVersion(r.version());
            rad.setVarde(r.varde());
            rad.setIngetUtfall(r.ingetUtfall());
            rad.setForklaring(r.forklaring());
            rad.setKalla(r.kalla());
            rad.setKommentar(r.kommentar());
            form.getRader().add(rad);
        });
        model.addAttribute("sida", sida);
        model.addAttribute("utfallForm", form);
        return UTFALL;
    }

    @PostMapping("/namnder/{namndId}/uppfoljning/{punktId}/utfall")
    String processUtfallForm(@PathVariable long namndId, @PathVariable long punktId,
            @ModelAttribute("utfallForm") UtfallForm form, Model model, RedirectAttributes redirect) {
        UtfallService.Resultat resultat;
        try {
            resultat = utfall.spara(namndId, punktId, form.inmatningar());
        } catch (FelStatusException e) {
            redirect.addFlashAttribute("meddelande", text("uppfoljning.utfall.lasbar"));
            return "redirect:/namnder/" + namndId + "/uppfoljning";
        } catch (SamtidigAndringException e) {
            model.addAttribute("sida", formular.las(namndId, punktId));
            model.addAttribute("fel", List.of(text("uppfoljning.utfall.samtidigt")));
            return UTFALL;
        }
        if (resultat.lyckades()) {
            redirect.addFlashAttribute("meddelande", text("uppfoljning.utfall.sparat", resultat.sparade())
                    + resultat.varningar().stream()
                            .map(v -> " " + text("uppfoljning.utfall.varning", v.indikator(),
                                    v.enhet() == null ? "" : " (" + v.enhet() + ")", v.summa(), v.total()))
                            .collect(Collectors.joining()));
            return "redirect:/namnder/" + namndId + "/uppfoljning/" + punktId + "/utfall";
        }
        resultat.konflikter().forEach(k -> {
            UtfallForm.Rad rad = form.getRader().get(k.rad());
            rad.setVersion(k.version() < 0 ? null : k.version());
            rad.setVal("MITT");
        });
        model.addAttribute("sida", formular.las(namndId, punktId));
        model.addAttribute("fel", resultat.fel().stream()
                .map(f -> text("uppfoljning.utfall.felrad", f.indikator(), f.uppdelning() == null || f.uppdelning().isEmpty()
                        ? "" : " (" + f.uppdelning() + ")", text(f.nyckel(), f.argument().toArray())))
                .toList());
        model.addAttribute("felrader", resultat.fel().stream().map(UtfallService.Fel::rad).toList());
        model.addAttribute("konflikter", resultat.konflikter());
        model.addAttribute("konfliktrader", resultat.konflikter().stream().map(UtfallService.Konflikt::rad).toList());
        return UTFALL;
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
