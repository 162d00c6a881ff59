package se.malbild.bedomning.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.malbild.bedomning.Fel;

/** Swedish texts for the controllers: messages, and errors for the summary and beside their fields. */
@Component
class BedomningMeddelanden {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final MessageSource meddelanden;

    BedomningMeddelanden(MessageSource meddelanden) {
        this.meddelanden = meddelanden;
    }

    String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }

    /** The error summary: "what: why", in the page's order. */
    List<String> sammanfattning(List<Fel> fel) {
        return fel.stream().map(f -> text("bedomning.fel.rad", f.vad(), orsak(f))).toList();
    }

    /**
     * Each error beside its field: keyed by the row's identity (from the row index of the submitted form) and the
     * field's name, e.g. "17.motivering".
     */
    Map<String, String> perFalt(List<Fel> fel, IntFunction<String> radnyckel) {
        Map<String, String> perFalt = new HashMap<>();
        fel.forEach(f -> perFalt.merge(radnyckel.apply(f.rad()) + "." + f.falt(), orsak(f), (a, b) -> a + " " + b));
        return perFalt;
    }

    private String orsak(Fel f) {
        return text(f.nyckel(), f.argument().toArray());
    }
}
