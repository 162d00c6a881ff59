package se.malbild.rapport;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Swedish UI text from the message bundles, for text the services put together. */
@Component
class Texter {

    static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    private final MessageSource meddelanden;

    Texter(MessageSource meddelanden) {
        this.meddelanden = meddelanden;
    }

    String t(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
