package se.malbild.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.malbild.kolada.Koladafiler.borttagen;
import static se.malbild.kolada.Koladafiler.del;
import static se.malbild.kolada.Koladafiler.post;
import static se.malbild.kolada.Koladafiler.sida;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class KoladaImportIT {

    @Autowired
    KoladaImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsEveryPageAndTheSameImportTwiceGivesTheSameValues() {
        List<Sida> sidor = List.of(
                new Sida("s1.json", sida(post("T9800", "9800", 2021, del("T", "12.5"), del("K", "11"), del("M", "14")), "https://k/2")),
                new Sida("s2.json", sida(post("T9800", "9801", 2021, del("T", "null")), null)));

        var forsta = importer.importera(sidor);
        Map<String, Object> innan = varden("T9800");
        var andra = importer.importera(sidor);

        assertThat(forsta).isEqualTo(new KoladaImport.Resultat(2, 4, 0));
        assertThat(andra.sparade()).isEqualTo(4);
        assertThat(varden("T9800")).isEqualTo(innan);
        assertThat(jdbc.queryForObject("select count(*) from kolada_varde where kpi = 'T9800'", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select varde from kolada_varde where kpi = 'T9800' and kommun = '9800' and kon = 'K'",
                BigDecimal.class)).isEqualByComparingTo("11");
        assertThat(jdbc.queryForObject("select varde from kolada_varde where kpi = 'T9800' and kommun = '9801'",
                BigDecimal.class)).isNull();
        assertThat(jdbc.queryForObject("select kalla from kolada_varde where kpi = 'T9800' and kommun = '9801'",
                String.class)).isEqualTo("s2.json");
    }

    @Test
    void aNewValueReplacesTheOldAndADeletedOneIsRemoved() {
        importer.importera(List.of(new Sida("a.json", sida(post("T9802", "9802", 2020, del("T", "1"), del("K", "2")), null))));

        var resultat = importer.importera(List.of(new Sida("b.json",
                sida(post("T9802", "9802", 2020, del("T", "5"), borttagen("K")), null))));

        assertThat(resultat.borttagna()).isEqualTo(1);
        assertThat(jdbc.queryForList("select kon, varde from kolada_varde where kpi = 'T9802'"))
                .singleElement().satisfies(rad -> {
                    assertThat(rad.get("kon")).isEqualTo("T");
                    assertThat((BigDecimal) rad.get("varde")).isEqualByComparingTo("5");
                });
    }

    @Test
    void aMalformedSecondPageWritesNothing() {
        importer.importera(List.of(new Sida("a.json", sida(post("T9803", "9803", 2020, del("T", "1")), null))));
        Map<String, Object> innan = varden("T9803");

        KoladaException fel = catchThrowableOfType(KoladaException.class, () -> importer.importera(List.of(
                new Sida("sida-1.json", sida(post("T9803", "9803", 2020, del("T", "99")) + ", "
                        + post("T9803", "9804", 2021, del("T", "7")), "https://k/2")),
                new Sida("sida-2.json", "{\"count\": 1, \"values\": [ { \"kpi\": \"T9803\", "))));

        assertThat(Koladafiler.texter(fel)).singleElement().asString().startsWith("Sidan 2 (sida-2.json) är inte giltig JSON");
        assertThat(varden("T9803")).isEqualTo(innan);
        assertThat(jdbc.queryForObject("select count(*) from kolada_varde where kpi = 'T9803'", Integer.class)).isEqualTo(1);
    }

    private Map<String, Object> varden(String kpi) {
        return Map.of("rader", jdbc.queryForList(
                "select kommun, period, kon, varde, antal, status from kolada_varde where kpi = ? order by kommun, period, kon", kpi));
    }
}
