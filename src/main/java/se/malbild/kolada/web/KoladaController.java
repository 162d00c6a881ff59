package se.malbild.kolada.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.common.SvenskFormat;
import se.malbild.kolada.Jamforelsegrupper;
import se.malbild.kolada.KoladaAdmin;
import se.malbild.kolada.KoladaException;
import se.malbild.kolada.KoladaImport;
import se.malbild.kolada.KoladaUtfall;
import se.malbild.kolada.Sida;

/**
 * Admin pages for Kolada: import pages of Kolada v3 JSON (or fetch them when enabled), link indicators to KPIs, fill
 * their outcomes, and set the municipality's peer group. Errors are listed and nothing is saved then.
 */
@Controller
class KoladaController {

    static final String KOMMUNER = "kolada/kommuner";
    static final String SIDA = "kolada/kolada";

    private final KoladaAdmin admin;
    private final KoladaImport importer;
    private final KoladaUtfall utfall;
    private final Jamforelsegrupper grupper;
    private final MessageSource meddelanden;

    KoladaController(KoladaAdmin admin, KoladaImport importer, KoladaUtfall utfall, Jamforelsegrupper grupper,
            MessageSource meddelanden) {
        this.admin = admin;
        this.importer = importer;
        this.utfall = utfall;
        this.grupper = grupper;
        this.meddelanden = meddelanden;
    }

    @GetMapping("/admin/kolada")
    String showKommuner(Model model) {
        model.addAttribute("kommuner", admin.kommuner());
        return KOMMUNER;
    }

    @GetMapping("/admin/kolada/{scbKod}")
    String showKolada(@PathVariable String scbKod, Model model) {
        return visa(scbKod, model, List.of());
    }

    @PostMapping("/admin/kolada/{scbKod}/import")
    String processImport(@PathVariable String scbKod, @RequestParam(name = "filer", required = false) List<MultipartFile> filer,
            Model model, RedirectAttributes redirect) throws IOException {
        List<Sida> sidor = new ArrayList<>();
        for (MultipartFile fil : filer == null ? List.<MultipartFile>of() : filer) {
            if (!fil.isEmpty()) {
                String namn = fil.getOriginalFilename() == null || fil.getOriginalFilename().isBlank() ? "fil.json"
                        : fil.getOriginalFilename();
                sidor.add(new Sida(namn, new String(fil.getBytes(), StandardCharsets.UTF_8)));
            }
        }
        try {
            var resultat = importer.importera(sidor);
            redirect.addFlashAttribute("meddelande", text("kolada.import.klar", resultat.sidor(), resultat.sparade(),
                    resultat.borttagna()));
            return "redirect:/admin/kolada/" + scbKod;
        } catch (KoladaException e) {
            return visa(scbKod, model, fel(e));
        }
    }

    @PostMapping("/admin/kolada/{scbKod}/hamta")
    String processHamta(@PathVariable String scbKod, @RequestParam String kpier, @RequestParam String ar, Model model,
            RedirectAttributes redirect) {
        List<String> kpiLista = delar(kpier);
        List<Integer> arLista;
        try {
            arLista = delar(ar).stream().map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            return visa(scbKod, model, List.of(text("kolada.hamta.felAr", ar)));
        }
        if (kpiLista.isEmpty() || arLista.isEmpty()) {
            return visa(scbKod, model, List.of(text("kolada.hamta.tomt")));
        }
        try {
            var resultat = importer.hamtaOchImportera(kpiLista, admin.kommunerForHamtning(scbKod), arLista);
            redirect.addFlashAttribute("meddelande", text("kolada.import.klar", resultat.sidor(), resultat.sparade(),
                    resultat.borttagna()));
            return "redirect:/admin/kolada/" + scbKod;
        } catch (KoladaException e) {
            return visa(scbKod, model, fel(e));
        }
    }

    @PostMapping("/admin/kolada/{scbKod}/grupp")
    String processGrupp(@PathVariable String scbKod, @RequestParam String namn, @RequestParam String medlemmar,
            Model model, RedirectAttributes redirect) {
        try {
            var grupp = grupper.spara(scbKod, namn, medlemmar);
            redirect.addFlashAttribute("meddelande", text("kolada.grupp.sparad", grupp.getNamn(), grupp.getMedlemmar().size()));
            return "redirect:/admin/kolada/" + scbKod;
        } catch (KoladaException e) {
            model.addAttribute("gruppNamn", namn);
            model.addAttribute("gruppMedlemmar", medlemmar);
            return visa(scbKod, model, fel(e));
        }
    }

    @PostMapping("/admin/kolada/{scbKod}/indikatorer/{id}/kpi")
    String processKpi(@PathVariable String scbKod, @PathVariable long id, @RequestParam(required = false) String kpi,
            Model model, RedirectAttributes redirect) {
        try {
            utfall.koppla(id, kpi);
            redirect.addFlashAttribute("meddelande", text(kpi == null || kpi.isBlank() ? "kolada.kpi.borttagen"
                    : "kolada.kpi.kopplad", kpi == null ? "" : kpi.strip().toUpperCase(Locale.ROOT)));
            return "redirect:/admin/kolada/" + scbKod;
        } catch (KoladaException e) {
            return visa(scbKod, model, fel(e));
        }
    }

    @PostMapping("/admin/kolada/{scbKod}/indikatorer/{id}/utfall")
    String processUtfall(@PathVariable String scbKod, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            var resultat = utfall.fyll(id);
            redirect.addFlashAttribute("meddelande", text("kolada.utfall.klar", resultat.indikator(), resultat.kpi(),
                    resultat.nya(), resultat.andrade(), resultat.oforandrade(), resultat.konflikter().size()));
            redirect.addFlashAttribute("konflikter", resultat.konflikter().stream()
                    .map(k -> text("kolada.utfall.konflikt", k.ar(), text("kolada.kon." + k.kon()), k.sparat(),
                            k.kolada(), k.kalla() == null ? text("kolada.utfall.ingenKalla") : k.kalla()))
                    .toList());
            return "redirect:/admin/kolada/" + scbKod;
        } catch (KoladaException e) {
            return visa(scbKod, model, fel(e));
        }
    }

    private String visa(String scbKod, Model model, List<String> fel) {
        KoladaAdmin.Sida sida = admin.sida(scbKod);
        model.addAttribute("sida", sida);
        model.addAttribute("inlasta", sida.inlasta().stream()
                .map(s -> new Inlast(s.kpi(), SvenskFormat.tal(java.math.BigDecimal.valueOf(s.varden()), 0, 0),
                        SvenskFormat.tal(java.math.BigDecimal.valueOf(s.kommuner()), 0, 0), s.franAr() + "–" + s.tillAr(),
                        TID.format(s.senast())))
                .toList());
        if (!model.containsAttribute("gruppNamn")) {
            model.addAttribute("gruppNamn", sida.grupp());
            model.addAttribute("gruppMedlemmar", sida.medlemmar());
        }
        model.addAttribute("fel", fel);
        return SIDA;
    }

    /** A stored KPI as printed: values, municipalities, years, last import. */
    record Inlast(String kpi, String varden, String kommuner, String ar, String senast) {
    }

    private static final java.time.format.DateTimeFormatter TID = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Europe/Stockholm"));

    private List<String> fel(KoladaException e) {
        return e.getFel().stream().map(f -> f.text(meddelanden)).toList();
    }

    private static List<String> delar(String text) {
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
