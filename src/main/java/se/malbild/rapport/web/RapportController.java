package se.malbild.rapport.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.malbild.rapport.InternbudgetService;
import se.malbild.rapport.StartService;

@Controller
class RapportController {

    static final String START = "rapport/start";
    static final String INTERNBUDGET = "rapport/internbudget";

    private final StartService start;
    private final InternbudgetService internbudget;

    RapportController(StartService start, InternbudgetService internbudget) {
        this.start = start;
        this.internbudget = internbudget;
    }

    @GetMapping("/")
    String showStart(Model model) {
        model.addAttribute("kommuner", start.kommuner());
        return START;
    }

    @GetMapping("/kommuner/{scbKod}/namnder/{namndKod}/internbudget/{ar}")
    String showInternbudget(@PathVariable String scbKod, @PathVariable String namndKod, @PathVariable int ar, Model model) {
        model.addAttribute("ib", internbudget.las(scbKod, namndKod, ar));
        return INTERNBUDGET;
    }
}
