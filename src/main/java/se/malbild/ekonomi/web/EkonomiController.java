package se.malbild.ekonomi.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.malbild.ekonomi.EkonomiskUppfoljningService;
import se.malbild.ekonomi.Prognosformular;

/** The economy follow-up of a nämnd at a point, and the history of its forecasts; for everyone who may read it. */
@Controller
class EkonomiController {

    static final String EKONOMI = "ekonomi/ekonomisk-uppfoljning";
    static final String HISTORIK = "ekonomi/prognoshistorik";

    private final EkonomiskUppfoljningService ekonomi;
    private final Prognosformular prognoser;
    private final Ekonomivy vy;

    EkonomiController(EkonomiskUppfoljningService ekonomi, Prognosformular prognoser, Ekonomivy vy) {
        this.ekonomi = ekonomi;
        this.prognoser = prognoser;
        this.vy = vy;
    }

    /** @param hushall the number of households for the cost per household, as typed (optional) */
    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/ekonomi")
    String showEkonomi(@PathVariable long namndId, @PathVariable long punktId,
            @RequestParam(name = "hushall", defaultValue = "") String hushall, Model model) {
        model.addAttribute("sida", vy.av(ekonomi.sida(namndId, punktId), hushall));
        return EKONOMI;
    }

    @GetMapping("/namnder/{namndId}/uppfoljning/{punktId}/ekonomi/prognoshistorik")
    String showHistorik(@PathVariable long namndId, @PathVariable long punktId, Model model) {
        model.addAttribute("historik", prognoser.historik(namndId, punktId));
        return HISTORIK;
    }
}
