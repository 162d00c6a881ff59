package se.malbild.sakerhet.web;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.malbild.common.Inloggningstips;

/** The login page; Spring Security processes the form it posts back to the same address. */
@Controller
class InloggningController {

    static final String VIEW_LOGGA_IN = "sakerhet/logga-in";

    private final ObjectProvider<Inloggningstips> tips;

    InloggningController(ObjectProvider<Inloggningstips> tips) {
        this.tips = tips;
    }

    @GetMapping("/logga-in")
    String showLoggaIn(Model model) {
        List<String> rader = tips.stream().flatMap(t -> t.rader().stream()).toList();
        if (!rader.isEmpty()) {
            model.addAttribute("demoAnvandare", rader);
        }
        return VIEW_LOGGA_IN;
    }
}
