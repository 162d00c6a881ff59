package se.malbild.bedomning.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.malbild.bedomning.BedomningHistorik;

/** The history of an assessment, a report text or a status. */
@Controller
class BedomningHistorikController {

    static final String HISTORIK = "bedomning/historik";

    private final BedomningHistorik historik;

    BedomningHistorikController(BedomningHistorik historik) {
        this.historik = historik;
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/historik/{objekt}/{id}")
    String showHistorik(@PathVariable long namndId, @PathVariable long punktId, @PathVariable String objekt,
            @PathVariable long id, Model model) {
        model.addAttribute("historik", historik.las(namndId, punktId, BedomningHistorik.Objekt.av(objekt), id));
        return HISTORIK;
    }
}
