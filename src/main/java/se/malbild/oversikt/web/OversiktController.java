package se.malbild.oversikt.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import se.malbild.dokument.DiagramSvg;
import se.malbild.oversikt.Nedborrning;
import se.malbild.oversikt.OversiktService;

/**
 * The politicians' overview of a municipality and the pages below it; read-only, GET only. {@code ?utskrift} shows
 * the overview without navigation and filters, for printing.
 */
@Controller
class OversiktController {

    static final String OVERSIKT = "oversikt/oversikt";
    static final String NAMND = "oversikt/namnd";
    static final String INDIKATOR = "oversikt/indikator";

    private final OversiktService oversikt;
    private final Nedborrning nedborrning;
    private final DiagramSvg diagramSvg;

    OversiktController(OversiktService oversikt, Nedborrning nedborrning, DiagramSvg diagramSvg) {
        this.oversikt = oversikt;
        this.nedborrning = nedborrning;
        this.diagramSvg = diagramSvg;
    }

    @GetMapping("/kommuner/{scbKod}/oversikt")
    String showOversikt(@PathVariable String scbKod, @RequestParam(required = false) Integer ar,
            @RequestParam(required = false) Long punkt, WebRequest request, Model model) {
        OversiktService.Oversikt sida = oversikt.las(scbKod, ar, punkt);
        model.addAttribute("oversikt", sida);
        model.addAttribute("utskrift", request.getParameterMap().containsKey("utskrift"));
        model.addAttribute("trendSvg", sida.trender().stream().map(diagramSvg::svg).toList());
        return OVERSIKT;
    }

    @GetMapping("/kommuner/{scbKod}/oversikt/namnder/{namndId}")
    String showNamnd(@PathVariable String scbKod, @PathVariable long namndId, @RequestParam long punkt, Model model) {
        model.addAttribute("sida", nedborrning.namnd(scbKod, namndId, punkt));
        return NAMND;
    }

    @GetMapping("/kommuner/{scbKod}/oversikt/namnder/{namndId}/indikatorer/{indikatorId}")
    String showIndikator(@PathVariable String scbKod, @PathVariable long namndId, @PathVariable long indikatorId,
            @RequestParam(required = false) Long punkt, Model model) {
        model.addAttribute("sida", nedborrning.indikator(scbKod, namndId, indikatorId, punkt));
        return INDIKATOR;
    }
}
