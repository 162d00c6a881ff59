package se.malbild.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.malbild.kolada.Koladafiler.del;
import static se.malbild.kolada.Koladafiler.post;
import static se.malbild.kolada.Koladafiler.sida;
import static se.malbild.kolada.Koladafiler.texter;

import java.util.List;
import org.junit.jupiter.api.Test;

class KoladaLasareTest {

    @Test
    void readsEveryPageLinkedByNextUrl() {
        List<KoladaLasare.Post> poster = KoladaLasare.las(Koladafiler.n31807());

        assertThat(poster).hasSize(45);
        assertThat(poster).extracting(KoladaLasare.Post::kommun).contains("0580", "1283");
        assertThat(poster).filteredOn(p -> p.kommun().equals("1283") && p.period() == 2022).singleElement()
                .satisfies(p -> {
                    assertThat(p.varde()).isEqualByComparingTo("2090");
                    assertThat(p.kalla()).isEqualTo("n31807-sida-2.json");
                });
    }

    @Test
    void keepsAMissingValueAsNull() {
        List<KoladaLasare.Post> poster = KoladaLasare.las(List.of(Koladafiler.demo("u31462-sida-1.json")));

        assertThat(poster).filteredOn(p -> p.kommun().equals("0181") && p.period() == 2020).singleElement()
                .satisfies(p -> assertThat(p.varde()).isNull());
    }

    @Test
    void readsWomenMenAndTotalAsSeparateValues() {
        List<KoladaLasare.Post> poster = KoladaLasare.las(List.of(Koladafiler.demo("n02280-sida-1.json")));

        assertThat(poster).hasSize(9 * 5 * 3);
        assertThat(poster).filteredOn(p -> p.kommun().equals("0580") && p.period() == 2018)
                .extracting(KoladaLasare.Post::kon, p -> p.varde().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("K", "77.4"),
                        org.assertj.core.groups.Tuple.tuple("M", "80.6"), org.assertj.core.groups.Tuple.tuple("T", "79.0"));
    }

    @Test
    void keepsDecimalsExactly() {
        var poster = KoladaLasare.las(List.of(new Sida("a.json", sida(post("N1", "9800", 2021, del("T", "0.1")), null))));

        assertThat(poster.get(0).varde()).isEqualByComparingTo("0.1").hasToString("0.1");
    }

    @Test
    void marksADeletedValue() {
        var poster = KoladaLasare.las(List.of(new Sida("a.json", sida(post("N1", "9800", 2021, Koladafiler.borttagen("T")), null))));

        assertThat(poster).singleElement().satisfies(p -> assertThat(p.borttagen()).isTrue());
    }

    @Test
    void malformedJsonNamesThePage() {
        KoladaException fel = catchThrowableOfType(KoladaException.class,
                () -> KoladaLasare.las(List.of(new Sida("sida1.json", sida(post("N1", "9800", 2021, del("T", "1")), "https://x/2")),
                        new Sida("sida2.json", "{\"values\": [ {\"kpi\": "))));

        assertThat(texter(fel)).singleElement().asString().startsWith("Sidan 2 (sida2.json) är inte giltig JSON");
    }

    @Test
    void aWrongShapeNamesWhatIsMissing() {
        KoladaException fel = catchThrowableOfType(KoladaException.class,
                () -> KoladaLasare.las(List.of(new Sida("a.json", "{\"count\": 1, \"values\": {}}"))));

        assertThat(texter(fel)).containsExactly("Sidan 1 (a.json): values saknas eller har fel form för Kolada v3.");
    }

    @Test
    void anUnknownGenderNamesTheItem() {
        KoladaException fel = catchThrowableOfType(KoladaException.class, () -> KoladaLasare.las(List.of(new Sida("a.json",
                sida(post("N1", "9800", 2021, del("T", "1")) + ", " + post("N1", "9800", 2022, del("T", "1"), del("X", "2")), null)))));

        assertThat(texter(fel)).containsExactly("Sidan 1 (a.json), values[1].values[1].gender: okänt kön \"X\" (T, K eller M).");
    }

    @Test
    void aValueThatIsNotANumberNamesTheItem() {
        KoladaException fel = catchThrowableOfType(KoladaException.class, () -> KoladaLasare.las(List.of(new Sida("a.json",
                sida(post("N1", "9800", 2021, del("T", "\"många\"")), null)))));

        assertThat(texter(fel)).containsExactly("Sidan 1 (a.json), values[0].values[0].value: värdet \"många\" är inte ett tal.");
    }

    @Test
    void aPageThatLeadsBackIsALoop() {
        KoladaException fel = catchThrowableOfType(KoladaException.class, () -> KoladaLasare.las(List.of(
                new Sida("https://k/1", sida(post("N1", "9800", 2021, del("T", "1")), "https://k/2")),
                new Sida("https://k/2", sida(post("N1", "9800", 2022, del("T", "1")), "https://k/2")))));

        assertThat(texter(fel)).containsExactly("Sidan 2 (https://k/2): next_url https://k/2 pekar på en sida som redan har "
                + "lästs – sidorna bildar en slinga.");
    }

    @Test
    void aMissingNextPageIsReported() {
        KoladaException fel = catchThrowableOfType(KoladaException.class,
                () -> KoladaLasare.las(List.of(Koladafiler.demo("n31807-sida-1.json"))));

        assertThat(texter(fel)).singleElement().asString()
                .startsWith("Sidan 1 (n31807-sida-1.json) hänvisar till en nästa sida (https://api.kolada.se/v3/data/kpi/N31807/");
    }
}
