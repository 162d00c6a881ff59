package se.malbild.resultat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public results site, without login and without JavaScript: the municipalities with published results, and per
 * municipality its committees' goals and indicators. Pages may be cached by anyone for a while; the ETag (see
 * {@link ResultatWebb}) lets a cache ask cheaply whether a page changed.
 */
@Controller
class ResultatController {

    /** A newly published report shows within ten minutes. */
    static final String CACHE = CacheControl.maxAge(10, TimeUnit.MINUTES).cachePublic().getHeaderValue();
    /** A logged-in user's page carries their name and a CSRF token in the header: never in a shared cache. */
    static final String PRIVAT = CacheControl.noCache().cachePrivate().getHeaderValue();

    private final ResultatService resultat;
    private final Jamforelser jamforelser;

    ResultatController(ResultatService resultat, Jamforelser jamforelser) {
        this.resultat = resultat;
        this.jamforelser = jamforelser;
    }

    @GetMapping("/resultat")
    String kommuner(Model model, HttpServletRequest fraga, HttpServletResponse svar) {
        cache(fraga, svar);
        model.addAttribute("kommuner", resultat.kommuner());
        return "resultat/kommuner";
    }

    @GetMapping("/resultat/{scbKod}")
    String kommun(@PathVariable String scbKod, @RequestParam(required = false) Integer ar, Model model,
            HttpServletRequest fraga, HttpServletResponse svar) {
        ResultatService.Kommunsida sida = resultat.kommun(scbKod, ar);
        cache(fraga, svar);
        model.addAttribute("sida", sida);
        model.addAttribute("jamforelser", jamforelser.av(sida));
        return "resultat/kommun";
    }

    private static void cache(HttpServletRequest fraga, HttpServletResponse svar) {
        svar.setHeader(HttpHeaders.CACHE_CONTROL, fraga.getUserPrincipal() == null ? CACHE : PRIVAT);
    }
}
