package se.malbild.redovisning.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.redovisning.MappningException;
import se.malbild.redovisning.MappningService;
import se.malbild.redovisning.RedovisningImportException;
import se.malbild.redovisning.Teckenkodning;

/**
 * A nämnd's mapping from accounts and objects to verksamheter: list, add and remove rules, change the settings, and
 * replace all rules from a CSV file or download them as one. For controllers and administrators.
 */
@Controller
@RequestMapping("/namnder/{namndId}/redovisat/mappning")
class MappningController {

    static final String MAPPNING = "redovisning/mappning";
    private static final String TILL_SIDAN = "redirect:/namnder/{namndId}/redovisat/mappning";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MappningService mappningar;
    private final MessageSource meddelanden;

    MappningController(MappningService mappningar, MessageSource meddelanden) {
        this.mappningar = mappningar;
        this.meddelanden = meddelanden;
    }

    @ModelAttribute("oversikt")
    MappningService.Oversikt oversikt(@PathVariable long namndId, Authentication inloggning) {
        Behorighet.kravControllerEllerAdmin(inloggning);
        return mappningar.oversikt(namndId);
    }

    @ModelAttribute("teckenkodningar")
    List<Teckenkodning> teckenkodningar() {
        return Arrays.asList(Teckenkodning.values());
    }

    @GetMapping
    String showMappning(Model model) {
        return visa(model);
    }

    @PostMapping("/regler")
    String processRegelForm(@PathVariable long namndId, @Valid @ModelAttribute("regelForm") RegelForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return visa(model);
        }
        Long verksamhetId = null;
        if (!RegelForm.INTE_NAMNDEN.equals(form.verksamhet())) {
            try {
                verksamhetId = Long.valueOf(form.verksamhet());
            } catch (NumberFormatException e) {
                result.rejectValue("verksamhet", "redovisning.regel.verksamhet.okand");
                return visa(model);
            }
        }
        try {
            mappningar.laggTillRegel(namndId,
                    new MappningService.NyRegel(form.fran(), form.till(), form.objekt(), verksamhetId));
        } catch (MappningException e) {
            switch (e.getOrsak()) {
                case KONTON_I_FEL_ORDNING -> result.rejectValue("kontoTill", "redovisning.regel.konto.ordning");
                case REGELN_FINNS_REDAN -> result.rejectValue("kontoFran", "redovisning.regel.finnsRedan");
                case OKAND_VERKSAMHET, OGILTIG_INSTALLNING ->
                        result.rejectValue("verksamhet", "redovisning.regel.verksamhet.okand");
            }
            return visa(model);
        }
        redirect.addFlashAttribute("meddelande", text("redovisning.regel.tillagd"));
        return TILL_SIDAN;
    }

    @PostMapping("/regler/{regelId}/ta-bort")
    String taBortRegel(@PathVariable long namndId, @PathVariable long regelId, RedirectAttributes redirect) {
        mappningar.taBortRegel(namndId, regelId);
        redirect.addFlashAttribute("meddelande", text("redovisning.regel.borttagen"));
        return TILL_SIDAN;
    }

    @PostMapping("/installning")
    String processInstallningForm(@PathVariable long namndId,
            @Valid @ModelAttribute("installningForm") InstallningForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return visa(model);
        }
        try {
            mappningar.sparaInstallning(namndId, form.installning());
        } catch (MappningException e) {
            result.reject("redovisning.installning.ogiltig");
            return visa(model);
        }
        redirect.addFlashAttribute("meddelande", text("redovisning.installning.sparad"));
        return TILL_SIDAN;
    }

    @PostMapping("/fil")
    String processRegelfil(@PathVariable long namndId, @RequestParam("fil") MultipartFile fil,
            @RequestParam(name = "teckenkodning", defaultValue = "AUTOMATISK") Teckenkodning teckenkodning, Model model,
            RedirectAttributes redirect) throws IOException {
        String filnamn = fil.getOriginalFilename() == null || fil.getOriginalFilename().isBlank() ? "fil"
                : fil.getOriginalFilename();
        if (fil.isEmpty()) {
            model.addAttribute("filnamn", filnamn);
            model.addAttribute("filfel", List.of(text("redovisning.import.ingenFil")));
            return visa(model);
        }
        try {
            int antal = mappningar.lasInRegler(namndId, fil.getBytes(), teckenkodning);
            redirect.addFlashAttribute("meddelande", text("redovisning.mappning.fil.klar", filnamn, antal));
            return TILL_SIDAN;
        } catch (RedovisningImportException e) {
            model.addAttribute("filnamn", filnamn);
            model.addAttribute("filfel", e.getFel().stream().map(Object::toString).toList());
            return visa(model);
        }
    }

    @GetMapping("/regler.csv")
    ResponseEntity<byte[]> showReglerSomCsv(@PathVariable long namndId) {
        byte[] csv = mappningar.reglerSomCsv(namndId).getBytes(StandardCharsets.UTF_8);
        byte[] medBom = new byte[BOM.length + csv.length];
        System.arraycopy(BOM, 0, medBom, 0, BOM.length);
        System.arraycopy(csv, 0, medBom, BOM.length, csv.length);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("mappning-" + namndId + ".csv").build().toString())
                .body(medBom);
    }

    /** The page with whichever forms the request did not bring (the one it did keeps its values and errors). */
    private String visa(Model model) {
        MappningService.Oversikt oversikt = (MappningService.Oversikt) model.getAttribute("oversikt");
        if (!model.containsAttribute("regelForm")) {
            model.addAttribute("regelForm", RegelForm.tomt());
        }
        if (!model.containsAttribute("installningForm")) {
            model.addAttribute("installningForm", InstallningForm.av(oversikt.installning()));
        }
        return MAPPNING;
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
