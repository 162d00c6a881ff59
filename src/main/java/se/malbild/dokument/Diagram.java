package se.malbild.dokument;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart, drawn on the server as SVG, always followed by its data as a table for those who cannot or would rather
 * not read the chart.
 *
 * @param id         unique in the document
 * @param rubrik     the chart's title, also the caption of its table
 * @param typ        line or bar chart
 * @param enhet      the unit of the values axis ("tkr", "antal hushåll")
 * @param kategorier the labels along the category axis ("sep 2021", …, "aug 2022"; or years)
 * @param serier     the series, each with one value per category (null where there is none)
 * @param tabell     the same values as a table
 */
public record Diagram(String id, String rubrik, Typ typ, String enhet, List<String> kategorier, List<Serie> serier,
        Tabell tabell) implements Block {

    public Diagram {
        kategorier = List.copyOf(kategorier);
        serier = List.copyOf(serier);
    }

    public enum Typ {
        LINJE, STAPEL
    }

    /** A named series of values, one per category; values may be null. */
    public record Serie(String namn, List<BigDecimal> varden) {
    }
}
