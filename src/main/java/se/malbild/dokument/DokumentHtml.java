package se.malbild.dokument;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link Dokument} as the HTML of its body: headings, table of contents, tables, charts, footnotes. The one
 * renderer of a report: the page, the stored snapshot of an adopted report and the PDF all use it.
 *
 * <p>The HTML is well-formed XML (every element closed, only XML's five entities) so that a PDF renderer can read
 * it, and the same document always gives the same bytes (no generated ids, no dates), so that a stored copy can be
 * fingerprinted. Text is always Swedish, whatever the request's locale.
 */
@Component
public class DokumentHtml {

    static final String MALL = "dokument/dokument";
    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    /** Whitespace between two tags that spans lines, left where the template's conditions removed markup. */
    private static final Pattern TOMMA_RADER = Pattern.compile(">(\\s*\\n)+([ \\t]*)<");

    private final ITemplateEngine mallar;
    private final DiagramSvg diagramSvg;

    public DokumentHtml(ITemplateEngine mallar, DiagramSvg diagramSvg) {
        this.mallar = mallar;
        this.diagramSvg = diagramSvg;
    }

    /** The document's HTML, without page frame; safe to insert into a page as is. */
    public String fragment(Dokument dokument) {
        Context context = new Context(SVENSKA);
        context.setVariable("d", dokument);
        context.setVariable("vy", new Vy(diagramSvg));
        return TOMMA_RADER.matcher(mallar.process(MALL, Set.of("dokument"), context).strip()).replaceAll(">\n$2<");
    }

    /**
     * What the template cannot decide by itself: which kind a block is, how a cell aligns, and a chart's SVG. Lives for
     * one rendering.
     */
    public static final class Vy {

        private final DiagramSvg diagramSvg;
        private final Map<Tabell, boolean[]> taligaKolumner = new IdentityHashMap<>();

        Vy(DiagramSvg diagramSvg) {
            this.diagramSvg = diagramSvg;
        }

        /** The block's kind, named as in the JSON form: stycke, punktlista, fakta, status, tabell, diagram. */
        public String slag(Block block) {
            if (block instanceof Block.Stycke) {
                return "stycke";
            } else if (block instanceof Block.Punktlista) {
                return "punktlista";
            } else if (block instanceof Block.Fakta) {
                return "fakta";
            } else if (block instanceof Block.Statusrad) {
                return "status";
            } else if (block instanceof Tabell) {
                return "tabell";
            }
            return "diagram";
        }

        public String svg(Diagram diagram) {
            return diagramSvg.svg(diagram);
        }

        /** A column of figures is aligned right, heading included. */
        public String kolumnklass(Tabell tabell, int kolumn) {
            return kolumn < taliga(tabell).length && taliga(tabell)[kolumn] ? "tal" : "text";
        }

        /**
         * A figure aligns right and never wraps ({@code tal}); words in a column of figures ("I.U.", "&lt;1 %") align
         * right with them but may wrap ({@code text hoger}); other words align left.
         */
        public String cellklass(Tabell tabell, int kolumn, Tabell.Cell cell) {
            if (cell.arTal()) {
                return "tal";
            }
            return kolumn < taliga(tabell).length && taliga(tabell)[kolumn] && cell.status() == null
                    ? "text hoger" : "text";
        }

        public String radklass(Tabell.Rad rad) {
            return rad.slag().name().toLowerCase(Locale.ROOT);
        }

        public String statusklass(Status status) {
            return "status status-" + status.ikon().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        private boolean[] taliga(Tabell tabell) {
            return taligaKolumner.computeIfAbsent(tabell, t -> {
                boolean[] taliga = new boolean[Math.max(0, t.kolumner().size() - 1)];
                for (Tabell.Rad rad : t.rader()) {
                    for (int i = 0; i < rad.celler().size() && i < taliga.length; i++) {
                        taliga[i] |= rad.celler().get(i).arTal();
                    }
                }
                return taliga;
            });
        }
    }
}
