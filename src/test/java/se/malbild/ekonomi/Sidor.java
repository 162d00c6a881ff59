package se.malbild.ekonomi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;

/** Reading the economy pages as a browser and a person would: tables by caption and row, forms as they are sent. */
final class Sidor {

    private Sidor() {
    }

    static MalbildAnvandare registrator(String namn, long namndId) {
        return new MalbildAnvandare(1, namn, namn, Roll.REGISTRATOR, Set.of(namndId));
    }

    static MalbildAnvandare controller(String namn) {
        return new MalbildAnvandare(4, namn, namn, Roll.CONTROLLER, Set.of());
    }

    static MalbildAnvandare admin(String namn) {
        return new MalbildAnvandare(2, namn, namn, Roll.ADMIN, Set.of());
    }

    static MalbildAnvandare politiker(String namn) {
        return new MalbildAnvandare(3, namn, namn, Roll.POLITIKER, Set.of());
    }

    static Document sida(MockMvc mvc, String url, MalbildAnvandare vem) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(vem))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The cells of the row named {@code rad} in the table whose caption starts with {@code tabell}, as a reader sees them. */
    static List<String> rad(Document sida, String tabell, String rad) {
        Element table = sida.select("table").stream()
                .filter(t -> t.selectFirst("caption") != null && text(t.selectFirst("caption")).startsWith(tabell))
                .findFirst().orElseThrow(() -> new AssertionError("Ingen tabell " + tabell + " på sidan"));
        Element tr = table.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th") != null && radnamn(r.selectFirst("th")).equals(rad))
                .findFirst().orElseThrow(() -> new AssertionError("Ingen rad " + rad + " i " + tabell));
        return tr.select("td").stream().map(Sidor::text).toList();
    }

    /** The row header without the visually hidden context ("Summa nettokostnader: "). */
    private static String radnamn(Element th) {
        Element kopia = th.clone();
        kopia.select(".visuellt-dold").remove();
        return text(kopia);
    }

    static String text(Element element) {
        return element.text().replace('\u00a0', ' ').strip();
    }

    /** The fields of the form whose action ends with {@code action}, as a browser would send them. */
    static MultiValueMap<String, String> formular(Document sida, String action) {
        MultiValueMap<String, String> falt = new LinkedMultiValueMap<>();
        Element form = sida.select("form[method=post]").stream().filter(f -> f.attr("action").endsWith(action))
                .findFirst().orElseThrow(() -> new AssertionError("Inget formulär " + action));
        for (Element input : form.select("input[name], textarea[name]")) {
            String typ = input.attr("type");
            if (input.hasAttr("disabled") || ((typ.equals("checkbox") || typ.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            falt.add(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
        }
        return falt;
    }

    /** The name of the field (e.g. "rader[2].prognos") whose label is {@code etikett}. */
    static String falt(Document sida, String etikett) {
        Element label = sida.select("label").stream().filter(l -> text(l).equals(etikett)).findFirst()
                .orElseThrow(() -> new AssertionError("Ingen etikett " + etikett));
        Element input = sida.getElementById(label.attr("for"));
        if (input == null) {
            throw new AssertionError("Etiketten " + etikett + " hör inte till något fält");
        }
        return input.attr("name");
    }
}
