package se.malbild.uppfoljning;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.malbild.mal.Kon;
import se.malbild.organisation.Enhet;

/** How a breakdown reads on the entry page and in its messages: "Kvinnor", "UAF", "Män, SOF". */
@Component
class Uppdelningstext {

    private final MessageSource meddelanden;

    Uppdelningstext(MessageSource meddelanden) {
        this.meddelanden = meddelanden;
    }

    /** Null for the total without an enhet. */
    String text(Enhet enhet, Kon kon) {
        String del = switch (kon) {
            case T -> null;
            case K -> meddelanden.getMessage("rapport.utfall.kvinnor", null, Locale.forLanguageTag("sv-SE"));
            case M -> meddelanden.getMessage("rapport.utfall.man", null, Locale.forLanguageTag("sv-SE"));
        };
        String namn = enhet == null ? null : enhet.getNamn();
        if (del == null) {
            return namn;
        }
        return namn == null ? del : del + ", " + namn;
    }
}
