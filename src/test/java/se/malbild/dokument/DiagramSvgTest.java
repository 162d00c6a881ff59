package se.malbild.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Charts as SVG: the same bytes every time, text escaped, figures the Swedish way, series told apart without colour. */
class DiagramSvgTest {

    private final DiagramSvg ritare = new DiagramSvg();

    @Test
    void theSameDiagramGivesTheSameSvg() {
        Diagram diagram = Provdokument.linjediagram("Kostnad");

        assertThat(new DiagramSvg().svg(diagram)).isEqualTo(ritare.svg(diagram));
    }

    @Test
    void idsInsideTheSvgComeFromTheDiagramsIdNotFromTheClock() {
        String svg = ritare.svg(Provdokument.linjediagram("Kostnad"));
        List<String> ider = new ArrayList<>();
        Matcher m = Pattern.compile("id='([^']*)'").matcher(svg);
        while (m.find()) {
            ider.add(m.group(1));
        }

        assertThat(ider).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("kostnad-"));
    }

    @Test
    void namesWithMarkupAreEscapedAndTheSvgIsWellFormed() throws Exception {
        String svg = ritare.svg(Provdokument.linjediagram("<script>alert(1)</script> & co"));

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
        assertThat(texter(xml(svg))).contains("<script>alert(1)</script> & co", "Budget");
    }

    @Test
    void theChartIsAnImageNamedByItsTitleWhichItAlsoShows() throws Exception {
        Element svg = xml(ritare.svg(Provdokument.linjediagram("Kostnad"))).getDocumentElement();

        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("Kostnad ekonomiskt bistånd, rullande 12 månader");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Kostnad ekonomiskt bistånd, rullande 12 månader");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 720 380");
        assertThat(texter(svg.getOwnerDocument())).contains("Kostnad ekonomiskt bistånd, rullande 12 månader", "tkr",
                "Kostnad", "Budget");
        assertThat(String.join("", texter(svg.getOwnerDocument()))).as("category labels, wrapped where narrow")
                .contains("sep 2021", "aug 2022");
    }

    @Test
    void axisFiguresHaveSpacesBetweenThousandsAndADecimalComma() throws Exception {
        List<String> texter = texter(xml(ritare.svg(Provdokument.linjediagram("Kostnad"))));

        assertThat(texter).contains("300\u00a0000", "311\u00a0000");
        assertThat(texter).noneMatch(t -> t.matches("\\d{1,3},\\d{3}"));

        Diagram andelar = new Diagram("andel", "Andel i arbete", Diagram.Typ.LINJE, "%", List.of("2020", "2021"),
                List.of(new Diagram.Serie("Andel", List.of(new java.math.BigDecimal("1.25"), new java.math.BigDecimal("1.5")))),
                null);
        assertThat(texter(xml(ritare.svg(andelar)))).anyMatch(t -> t.matches("1,\\d+"));
    }

    @Test
    void linesDifferByDashAndMarkerAndBarsByPatternNotOnlyByColour() {
        String linjer = ritare.svg(Provdokument.linjediagram("Kostnad"));
        assertThat(linjer).as("the second series is dashed").contains("stroke-dasharray");
        assertThat(antal(linjer, "<g style='fill:rgb(0,72,122);stroke:none'")).as("filled markers of the first series")
                .isGreaterThanOrEqualTo(12);
        assertThat(antal(linjer, "<g style='stroke-width:1.0;stroke:rgb(160,74,0)")).as("open markers of the second")
                .isGreaterThanOrEqualTo(12);

        String staplar = ritare.svg(Provdokument.stapeldiagram());
        assertThat(staplar).as("the second series is striped").contains("<linearGradient").contains("spreadMethod='repeat'");
        assertThat(texter(staplar)).contains("Totalt", "Långvarigt", "antal hushåll", "3\u00a0500");
    }

    private static int antal(String text, String del) {
        return text.split(Pattern.quote(del), -1).length - 1;
    }

    private static Document xml(String svg) throws Exception {
        DocumentBuilderFactory fabrik = DocumentBuilderFactory.newInstance();
        fabrik.setNamespaceAware(true);
        return fabrik.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texter(String svg) {
        try {
            return texter(xml(svg));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texter(Document svg) {
        NodeList text = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texter = new ArrayList<>();
        for (int i = 0; i < text.getLength(); i++) {
            texter.add(text.item(i).getTextContent());
        }
        return texter;
    }
}
