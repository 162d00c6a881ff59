package se.malbild.kolada;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** What is wrong with a Kolada response and where, as a message key of {@code i18n/kolada} and its arguments. */
public record KoladaFel(String nyckel, List<Object> argument) {

    static KoladaFel av(String nyckel, Object... argument) {
        return new KoladaFel(nyckel, List.of(argument));
    }

    public String text(MessageSource meddelanden) {
        return meddelanden.getMessage(nyckel, argument.toArray(), Locale.forLanguageTag("sv-SE"));
    }
}
