package se.malbild.kolada;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The demo's Kolada fixture pages and the Swedish texts of errors, for tests. */
final class Koladafiler {

    private static final ResourceBundleMessageSource MEDDELANDEN = new ResourceBundleMessageSource();

    static {
        MEDDELANDEN.setBasename("i18n/kolada");
        MEDDELANDEN.setDefaultEncoding("UTF-8");
        MEDDELANDEN.setDefaultLocale(Locale.ROOT);
    }

    private Koladafiler() {
    }

    static Sida demo(String fil) {
        return new Sida(fil, text("/demo/kolada/" + fil));
    }

    static List<Sida> n31807() {
        return List.of(demo("n31807-sida-1.json"), demo("n31807-sida-2.json"));
    }

    static String text(String resurs) {
        try (InputStream in = Koladafiler.class.getResourceAsStream(resurs)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page in the v3 shape with the given items ("values") and next_url (null for none). */
    static String sida(String varden, String nasta) {
        return "{\"count\": 1, \"values\": [" + varden + "], \"next_url\": " + (nasta == null ? "null" : "\"" + nasta + "\"")
                + ", \"previous_url\": null}";
    }

    /** One item: a KPI value for a municipality and year, with gender parts given as JSON objects. */
    static String post(String kpi, String kommun, int ar, String... delar) {
        return "{\"kpi\": \"" + kpi + "\", \"municipality\": \"" + kommun + "\", \"period\": " + ar + ", \"values\": ["
                + String.join(", ", delar) + "]}";
    }

    static String del(String kon, String varde) {
        return "{\"gender\": \"" + kon + "\", \"count\": 1, \"status\": \"\", \"value\": " + varde + ", \"isdeleted\": false}";
    }

    static String borttagen(String kon) {
        return "{\"gender\": \"" + kon + "\", \"count\": 1, \"status\": \"\", \"value\": null, \"isdeleted\": true}";
    }

    static List<String> texter(KoladaException e) {
        return e.getFel().stream().map(f -> f.text(MEDDELANDEN)).toList();
    }
}
