package se.malbild.rapport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.malbild.dokument.Dokument;

/** Numbers footnotes in the order a page first mentions them; the same text keeps its number. */
final class Fotnoter {

    private final Map<String, Integer> nummer = new LinkedHashMap<>();

    /** The numbers of these texts, numbering new ones. */
    List<Integer> referera(List<String> texter) {
        List<Integer> referenser = new ArrayList<>();
        for (String text : texter) {
            if (text != null && !text.isBlank()) {
                referenser.add(nummer.computeIfAbsent(text.strip(), t -> nummer.size() + 1));
            }
        }
        return referenser;
    }

    List<Dokument.Fotnot> alla() {
        return nummer.entrySet().stream().map(e -> new Dokument.Fotnot(e.getValue(), e.getKey())).toList();
    }
}
