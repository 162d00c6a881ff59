package se.malbild.kolada;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the pages of a Kolada v3 data response, {@code {"count", "values": [{"kpi", "municipality", "period",
 * "values": [{"gender", "count", "status", "value", "isdeleted"}]}], "next_url", "previous_url"}}, and checks them
 * all before anything is written. The pages are given in order; each but the last must name a next page, the last
 * none, and a next_url seen before is a loop. Errors name the page (number and source) and the item.
 */
final class KoladaLasare {

    /** One value to store, or to remove when {@code borttagen}. */
    record Post(String kpi, String kommun, int period, String kon, BigDecimal varde, Integer antal, String status,
            boolean borttagen, String kalla) {

        String nyckel() {
            return kpi + "|" + kommun + "|" + period + "|" + kon;
        }
    }

    private static final int FLEST_FEL = 20;
    private static final Pattern SCB_KOD = Pattern.compile("\\d{4}");
    private static final Set<String> KON = Set.of("T", "K", "M");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private KoladaLasare() {
    }

    /** All values of all pages, the last of equal keys winning; throws with every error found (at most 20). */
    static List<Post> las(List<Sida> sidor) {
        if (sidor.isEmpty()) {
            throw new KoladaException("kolada.fel.ingenSida");
        }
        List<KoladaFel> fel = new ArrayList<>();
        Map<String, Post> poster = new LinkedHashMap<>();
        Set<String> sedda = new HashSet<>();
        for (int i = 0; i < sidor.size() && fel.size() < FLEST_FEL; i++) {
            Sida sida = sidor.get(i);
            int nr = i + 1;
            JsonNode rot;
            try {
                rot = JSON.readTree(sida.text());
            } catch (JacksonException e) {
                fel.add(KoladaFel.av("kolada.fel.json", nr, sida.kalla(), e.getOriginalMessage()));
                continue;
            }
            if (rot == null || !rot.isObject() || !rot.path("values").isArray()) {
                fel.add(KoladaFel.av("kolada.fel.form", nr, sida.kalla(), "values"));
                continue;
            }
            lasVarden(rot.get("values"), nr, sida.kalla(), fel, poster);
            JsonNode nasta = rot.path("next_url");
            boolean harNasta = nasta.isString() && !nasta.asString().isBlank();
            if (!harNasta && !nasta.isNull() && !nasta.isMissingNode()) {
                fel.add(KoladaFel.av("kolada.fel.form", nr, sida.kalla(), "next_url"));
            } else if (harNasta && !sedda.add(nasta.asString())) {
                fel.add(KoladaFel.av("kolada.fel.slinga", nr, sida.kalla(), nasta.asString()));
            } else if (harNasta && i == sidor.size() - 1) {
                fel.add(KoladaFel.av("kolada.fel.sidaSaknas", nr, sida.kalla(), nasta.asString()));
            } else if (!harNasta && i < sidor.size() - 1) {
                fel.add(KoladaFel.av("kolada.fel.sistaSidan", nr, sida.kalla()));
            }
        }
        if (!fel.isEmpty()) {
            throw new KoladaException(fel.size() > FLEST_FEL ? fel.subList(0, FLEST_FEL) : fel);
        }
        return List.copyOf(poster.values());
    }

    /** The next page's URL of a page, or null when it has none or cannot be read (the reading reports that). */
    static String nastaUrl(String text) {
        try {
            JsonNode nasta = JSON.readTree(text).path("next_url");
            return nasta.isString() && !nasta.asString().isBlank() ? nasta.asString() : null;
        } catch (JacksonException | NullPointerException e) {
            return null;
        }
    }

    private static void lasVarden(JsonNode varden, int nr, String kalla, List<KoladaFel> fel, Map<String, Post> poster) {
        for (int i = 0; i < varden.size() && fel.size() < FLEST_FEL; i++) {
            JsonNode rad = varden.get(i);
            String stalle = "values[" + i + "]";
            if (!rad.isObject()) {
                fel.add(KoladaFel.av("kolada.fel.form", nr, kalla, stalle));
                continue;
            }
            String kpi = text(rad.path("kpi"));
            String kommun = text(rad.path("municipality"));
            JsonNode period = rad.path("period");
            if (kpi == null || kpi.isBlank()) {
                fel.add(KoladaFel.av("kolada.fel.form", nr, kalla, stalle + ".kpi"));
                continue;
            }
            if (kommun == null || !SCB_KOD.matcher(kommun).matches()) {
                fel.add(KoladaFel.av("kolada.fel.kommun", nr, kalla, stalle + ".municipality", String.valueOf(kommun)));
                continue;
            }
            Integer ar = period.canConvertToInt() && period.isIntegralNumber() ? period.intValue()
                    : period.isString() && period.asString().matches("\\d{4}") ? Integer.valueOf(period.asString()) : null;
            if (ar == null) {
                fel.add(KoladaFel.av("kolada.fel.period", nr, kalla, stalle + ".period", period.toString()));
                continue;
            }
            if (!rad.path("values").isArray()) {
                fel.add(KoladaFel.av("kolada.fel.form", nr, kalla, stalle + ".values"));
                continue;
            }
            JsonNode delar = rad.get("values");
            for (int j = 0; j < delar.size(); j++) {
                JsonNode del = delar.get(j);
                String delStalle = stalle + ".values[" + j + "]";
                if (!del.isObject()) {
                    fel.add(KoladaFel.av("kolada.fel.form", nr, kalla, delStalle));
                    continue;
                }
                String kon = text(del.path("gender"));
                if (kon == null || !KON.contains(kon)) {
                    fel.add(KoladaFel.av("kolada.fel.kon", nr, kalla, delStalle + ".gender", del.path("gender").toString()));
                    continue;
                }
                JsonNode vardeNod = del.path("value");
                BigDecimal varde;
                if (vardeNod.isNull() || vardeNod.isMissingNode()) {
                    varde = null;
                } else if (vardeNod.isNumber()) {
                    varde = vardeNod.decimalValue();
                } else {
                    fel.add(KoladaFel.av("kolada.fel.varde", nr, kalla, delStalle + ".value", vardeNod.toString()));
                    continue;
                }
                JsonNode antalNod = del.path("count");
                Integer antal = antalNod.isIntegralNumber() && antalNod.canConvertToInt() ? antalNod.intValue() : null;
                if (antal == null && !antalNod.isNull() && !antalNod.isMissingNode()) {
                    fel.add(KoladaFel.av("kolada.fel.form", nr, kalla, delStalle + ".count"));
                    continue;
                }
                JsonNode borttagen = del.path("isdeleted");
                if (!borttagen.isBoolean() && !borttagen.isNull() && !borttagen.isMissingNode()) {
                    fel.add(KoladaFel.av("kolada.fel.form", nr, kalla, delStalle + ".isdeleted"));
                    continue;
                }
                Post post = new Post(kpi.strip(), kommun, ar, kon, varde, antal, text(del.path("status")),
                        borttagen.isBoolean() && borttagen.booleanValue(), kalla);
                poster.remove(post.nyckel());
                poster.put(post.nyckel(), post);
            }
        }
    }

    private static String text(JsonNode nod) {
        return nod.isString() ? nod.asString() : null;
    }
}
