package se.malbild.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The one HTML rendering of a report, read back as a browser and as an XML parser would. */
class DokumentHtmlTest {

    private final DokumentHtml renderare = Provdokument.html();
    private final String html = renderare.fragment(Provdokument.allaBlock());
    private final Document sida = Jsoup.parseBodyFragment(html);

    @Test
    void headingsFollowTheDepthOfTheSectionsDownToH6() {
        assertThat(sida.select("h1").eachText()).containsExactly("Delårsrapport per 31 augusti 2022");
        assertThat(sida.selectFirst(".overrubrik").text()).isEqualTo("Linköpings kommun · Arbetsmarknadsnämnden");
        assertThat(sida.getElementById("ekonomi").tagName()).isEqualTo("h2");
        assertThat(sida.getElementById("niva-2").tagName()).isEqualTo("h3");
        assertThat(sida.getElementById("niva-3").tagName()).isEqualTo("h4");
        assertThat(sida.getElementById("niva-4").tagName()).isEqualTo("h5");
        assertThat(sida.getElementById("niva-5").tagName()).isEqualTo("h6");
        assertThat(sida.getElementById("niva-6").tagName()).as("no h7 in HTML").isEqualTo("h6");
        assertThat(sida.select("section:has(> #niva-3) > section > #niva-4")).hasSize(1);
    }

    @Test
    void theTableOfContentsLinksToEveryTopLevelSectionAndTheFootnotes() {
        List<String> lankar = sida.select("nav.innehall a").eachAttr("href");

        assertThat(lankar).containsExactly("#ekonomi", "#mal", "#fotnoter");
        assertThat(lankar).allSatisfy(l -> assertThat(sida.getElementById(l.substring(1))).isNotNull());
        assertThat(sida.select("nav.innehall a").eachText()).containsExactly("Ekonomi", "Målredovisning", "Fotnoter");
        assertThat(sida.selectFirst("nav.innehall").attr("aria-label")).isEqualTo("Innehåll");
    }

    @Test
    void everyIdIsUnique() {
        List<String> ider = sida.select("[id]").eachAttr("id");

        assertThat(ider).doesNotHaveDuplicates();
    }

    @Test
    void paragraphsListsAndFactsAreShownAsText() {
        assertThat(sida.select("p.stycke strong").eachText()).containsExactly("Kommentar");
        assertThat(sida.select("p.stycke").eachText()).contains("Kommentar Prognosen visar ett överskott på 6 087 tkr.",
                Provdokument.FARLIGT);
        assertThat(sida.select("script")).as("user text is never markup").isEmpty();
        assertThat(sida.select("ul li").eachText()).containsExactly("Arbetsmarknadsåtgärder", "Ekonomiskt bistånd & stöd");
        assertThat(sida.select("dl.fakta dt").eachText()).containsExactly("Prognos helår", "Förvaltning");
        assertThat(sida.select("dl.fakta dd").eachText()).containsExactly("306 516", "Arbetsmarknadsförvaltningen");
    }

    @Test
    void aStatusIsAlwaysIconAndWordsExceptWhenItHasNoIcon() {
        Element kanEj = sida.selectFirst(".statusrad .status-kan-ej-bedomas");
        assertThat(kanEj.selectFirst("svg").attr("aria-hidden")).isEqualTo("true");
        assertThat(kanEj.text()).isEqualTo("Kan ej bedömas");
        assertThat(kanEj.parent().text()).isEqualTo("Status Kan ej bedömas");
        assertThat(sida.select(".statusrad p").eachText()).contains("Mätningen är inställd.");

        Element pagar = sida.selectFirst(".status-ingen");
        assertThat(pagar.select("svg")).isEmpty();
        assertThat(pagar.text()).isEqualTo("Pågår");

        Element tabell = sida.getElementById("resultat");
        assertThat(tabell.select("td .status")).hasSize(3).allSatisfy(s -> {
            assertThat(s.select("svg")).hasSize(1);
            assertThat(s.text()).isNotBlank();
        });
        assertThat(tabell.select("td .status").eachText()).containsExactly("Ja", "Delvis", "Nej");
        assertThat(tabell.select("td .status").eachAttr("class"))
                .containsExactly("status status-uppfylls", "status status-delvis", "status status-ej");
    }

    @Test
    void tablesHaveCaptionScopedHeadersRowGroupsContextAndFootnoteLinks() {
        Element rulle = sida.getElementById("resultat");
        assertThat(rulle.attr("tabindex")).isEqualTo("0");
        assertThat(rulle.attr("role")).isEqualTo("region");
        assertThat(rulle.attr("aria-label")).isEqualTo("Resultat januari–augusti, tkr");
        Element tabell = rulle.selectFirst("table");

        assertThat(tabell.selectFirst("caption").text()).isEqualTo("Resultat januari–augusti, tkr");
        assertThat(tabell.select("thead th")).hasSize(5).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        assertThat(tabell.select("thead th").eachAttr("class")).containsExactly("namn", "tal", "tal", "tal", "text");
        assertThat(tabell.select("tbody")).hasSize(2);
        assertThat(tabell.select("tbody").get(0).select("th[scope=rowgroup]").text()).isEqualTo("Individ och familj");
        assertThat(tabell.select("tbody").get(0).selectFirst("th[scope=rowgroup]").attr("colspan")).isEqualTo("5");
        assertThat(tabell.select("tbody th[scope=row]").eachText())
                .containsExactly("Ekonomiskt bistånd1", "Ekonomiskt bistånd: varav kvinnor", "Summa");
        assertThat(tabell.select("tbody th[scope=row] .visuellt-dold").eachText()).containsExactly("Ekonomiskt bistånd:");
        assertThat(tabell.select("tbody tr").eachAttr("class")).containsExactly("grupp", "rad", "spec", "summa");

        Element forsta = tabell.select("tbody tr.rad").first();
        assertThat(forsta.select("td").eachText()).containsExactly("200 345", "204 345", "−4 400", "Ja");
        assertThat(forsta.select("td").eachAttr("class")).containsExactly("tal", "tal", "tal", "text");
        Element spec = tabell.selectFirst("tbody tr.spec");
        assertThat(spec.select("td").eachAttr("class")).as("words in a column of figures align with them")
                .containsExactly("text hoger", "tal", "text hoger", "text");

        List<Element> noter = tabell.select("sup a");
        assertThat(noter).extracting(Element::text).containsExactly("1", "2");
        assertThat(noter).allSatisfy(a -> {
            assertThat(sida.selectFirst(a.attr("href"))).isNotNull();
            assertThat(a.attr("aria-label")).startsWith("Fotnot ");
        });
        assertThat(sida.selectFirst("#fotnot-2").text()).isEqualTo("Svarsfrekvensen blev 7 %");
        assertThat(sida.getElementById("ekonomi").select("sup a").attr("href")).isEqualTo("#fotnot-1");
    }

    @Test
    void aChartIsAFigureWithANamedSvgAndItsDataAsATable() {
        Element figur = sida.getElementById("kostnad");
        assertThat(figur.tagName()).isEqualTo("figure");
        Element svg = figur.selectFirst("svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-label")).isEqualTo("Kostnad ekonomiskt bistånd, rullande 12 månader");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Kostnad ekonomiskt bistånd, rullande 12 månader");
        assertThat(figur.selectFirst("figcaption").text()).isEqualTo("Kostnad ekonomiskt bistånd, rullande 12 månader");

        Element data = figur.nextElementSibling();
        assertThat(data.tagName()).isEqualTo("details");
        assertThat(data.selectFirst("summary").text())
                .isEqualTo("Visa diagrammets data som tabell: Kostnad ekonomiskt bistånd, rullande 12 månader");
        assertThat(data.select("table caption").text()).isEqualTo("Kostnad ekonomiskt bistånd, rullande 12 månader, tkr");
        assertThat(data.select("tbody tr")).hasSize(12);
        assertThat(data.select("tbody tr").last().select("td").eachText()).containsExactly("311 200", "306 516");

        assertThat(sida.getElementById("hushall").select("svg[role=img]")).hasSize(1);
        assertThat(sida.getElementById("hushall").nextElementSibling()).as("no table given, none shown").isNull();
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        assertThat(renderare.fragment(Provdokument.allaBlock())).isEqualTo(html);
        assertThat(Provdokument.html().fragment(Provdokument.allaBlock())).isEqualTo(html);
    }

    @Test
    void theHtmlIsWellFormedXml() throws Exception {
        byte[] xml = ("<rot>" + html + "</rot>").getBytes(StandardCharsets.UTF_8);
        DocumentBuilderFactory fabrik = DocumentBuilderFactory.newInstance();
        fabrik.setNamespaceAware(true);

        org.w3c.dom.Document dom = fabrik.newDocumentBuilder().parse(new ByteArrayInputStream(xml));

        assertThat(dom.getElementsByTagName("table").getLength()).isEqualTo(2);
        assertThat(dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).as("charts and icons")
                .isGreaterThanOrEqualTo(2 + 5);
        assertThat(html).doesNotContain("&nbsp;").doesNotContainPattern("\\sth:[a-z]+=");
    }
}
