package se.malbild.dokument;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** Swedish text of the exports, from the message bundle {@code i18n/export}. */
final class Exporttexter {

    static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final MessageSource meddelanden;

    Exporttexter(MessageSource meddelanden) {
        this.meddelanden = meddelanden;
    }

    String t(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
