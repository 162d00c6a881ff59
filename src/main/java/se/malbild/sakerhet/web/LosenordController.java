package se.malbild.sakerhet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.LosenordsbyteException;
import se.malbild.sakerhet.MalbildAnvandare;

/** Any logged-in user changes its own password here; a user who must change it is sent here by the security chain. */
@Controller
@RequestMapping("/konto/losenord")
class LosenordController {

    static final String VIEW_BYT_LOSENORD = "sakerhet/byt-losenord";

    private final AnvandareService anvandareService;
    private final SecurityContextRepository securityContextRepository;
    private final MessageSource messages;

    LosenordController(AnvandareService anvandareService, SecurityContextRepository securityContextRepository,
            MessageSource messages) {
        this.anvandareService = anvandareService;
        this.securityContextRepository = securityContextRepository;
        this.messages = messages;
    }

    @ModelAttribute("masteBytaLosenord")
    boolean masteBytaLosenord(@AuthenticationPrincipal MalbildAnvandare anvandare) {
        return anvandare != null && anvandare.isMasteBytaLosenord();
    }

    @GetMapping
    String initLosenordForm(Model model) {
        model.addAttribute("losenordForm", LosenordForm.tomt());
        return VIEW_BYT_LOSENORD;
    }

    @PostMapping
    String processLosenordForm(@AuthenticationPrincipal MalbildAnvandare anvandare,
            @Valid @ModelAttribute("losenordForm") LosenordForm form, BindingResult result,
            Authentication authentication, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirectAttributes, Locale locale) {
        if (!result.hasFieldErrors("bekraftaLosenord") && !form.bekraftelsenStammer()) {
            result.rejectValue("bekraftaLosenord", "sakerhet.losenord.bekrafta.stammerInte");
        }
        if (result.hasErrors()) {
            return VIEW_BYT_LOSENORD;
        }
        MalbildAnvandare uppdaterad;
        try {
            uppdaterad = anvandareService.bytLosenord(anvandare.getId(), form.nuvarandeLosenord(), form.nyttLosenord());
        } catch (LosenordsbyteException e) {
            e.getFel().forEach(fel -> avvisa(fel, result));
            return VIEW_BYT_LOSENORD;
        }
        ersattInloggad(authentication, uppdaterad, request, response);
        redirectAttributes.addFlashAttribute("meddelande", messages.getMessage("sakerhet.losenord.bytt", null, locale));
        return "redirect:/";
    }

    private static void avvisa(LosenordsbyteException.Fel fel, BindingResult result) {
        switch (fel) {
            case NUVARANDE_STAMMER_INTE ->
                    result.rejectValue("nuvarandeLosenord", "sakerhet.losenord.nuvarande.stammerInte");
            case FOR_KORT -> result.rejectValue("nyttLosenord", "sakerhet.losenord.nytt.forKort");
            case SAMMA_SOM_NUVARANDE -> result.rejectValue("nyttLosenord", "sakerhet.losenord.nytt.sammaSomNuvarande");
        }
    }

    /** The session keeps the user without the demand to change password, so the rest of Målbild opens. */
    private void ersattInloggad(Authentication authentication, MalbildAnvandare uppdaterad, HttpServletRequest request,
            HttpServletResponse response) {
        UsernamePasswordAuthenticationToken ny =
                UsernamePasswordAuthenticationToken.authenticated(uppdaterad, null, authentication.getAuthorities());
        ny.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(ny);
        SecurityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
    }
}
