package se.malbild.dokument;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;
import org.springframework.stereotype.Component;
import se.malbild.common.SvenskFormat;

/**
 * Draws a {@link Diagram} as SVG with JFreeChart and JFreeSVG, the same bytes for the same diagram: fixed size, ids in
 * the SVG derived from the diagram's id, coordinates rounded to two decimals. No text is rotated, so every label
 * stays a {@code <text>} element (JFreeSVG draws rotated text as outlines). Series differ in more than colour: lines
 * by marker and dash pattern, bars by fill pattern; a legend names them. Axis figures are written the Swedish way.
 */
@Component
public class DiagramSvg {

    /** The drawing's size in SVG user units; the page scales it to its width. */
    static final int BREDD = 720;
    static final int HOJD = 380;

    private static final Color TEXT = new Color(0x1b1b1b);
    private static final Color LINJE = new Color(0xb8c4cc);
    /** Colours with at least 4.5:1 against white, also far apart in lightness. */
    private static final Color[] FARGER = {new Color(0x00487a), new Color(0xa04a00), new Color(0x1b1b1b),
            new Color(0x6a2c91), new Color(0x2e6b30)};
    private static final float[][] STRECK = {null, {9f, 5f}, {2f, 4f}, {12f, 4f, 2f, 4f}, {5f, 3f}};
    private static final String TYPSNITT = Font.SANS_SERIF;

    /** The chart as an SVG element with {@code role="img"}, its title as accessible name. */
    public String svg(Diagram diagram) {
        SVGGraphics2D g2 = new SVGGraphics2D(BREDD, HOJD);
        g2.setDefsKeyPrefix(idDel(diagram.id()) + "-");
        g2.setGeomDoubleConverter(DiagramSvg::koordinat);
        diagram(diagram).draw(g2, new Rectangle2D.Double(0, 0, BREDD, HOJD));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, BREDD, HOJD), null, null);
        String namn = SVGUtils.escapeForXML(diagram.rubrik());
        int slutPaStarttagg = svg.indexOf('>');
        return "<svg role='img' aria-label='" + namn + "' focusable='false' class='diagramsvg'"
                + svg.substring("<svg".length(), slutPaStarttagg + 1)
                + "<title>" + namn + "</title>"
                + svg.substring(slutPaStarttagg + 1);
    }

    /** The chart itself, for outputs that draw it in another format (an image in Word). */
    public JFreeChart diagram(Diagram diagram) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Diagram.Serie serie : diagram.serier()) {
            for (int i = 0; i < diagram.kategorier().size(); i++) {
                BigDecimal varde = i < serie.varden().size() ? serie.varden().get(i) : null;
                data.addValue(varde, serie.namn(), diagram.kategorier().get(i));
            }
        }
        CategoryAxis kategoriaxel = new CategoryAxis(null);
        kategoriaxel.setTickLabelFont(new Font(TYPSNITT, Font.PLAIN, 12));
        kategoriaxel.setTickLabelPaint(TEXT);
        kategoriaxel.setAxisLinePaint(TEXT);
        kategoriaxel.setTickMarkPaint(TEXT);
        kategoriaxel.setMaximumCategoryLabelLines(2);
        kategoriaxel.setCategoryMargin(diagram.typ() == Diagram.Typ.STAPEL ? 0.2 : 0.0);
        kategoriaxel.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis vardeaxel = new NumberAxis(null);
        vardeaxel.setTickLabelFont(new Font(TYPSNITT, Font.PLAIN, 12));
        vardeaxel.setTickLabelPaint(TEXT);
        vardeaxel.setAxisLinePaint(TEXT);
        vardeaxel.setTickMarkPaint(TEXT);
        vardeaxel.setStandardTickUnits(svenskaSteg());
        vardeaxel.setAutoRangeIncludesZero(diagram.typ() == Diagram.Typ.STAPEL);

        CategoryPlot plot = new CategoryPlot(data, kategoriaxel, vardeaxel, ritare(diagram));
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(LINJE);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart diagrammet = new JFreeChart(null, new Font(TYPSNITT, Font.BOLD, 16), plot, false);
        TextTitle titel = new TextTitle(diagram.rubrik(), new Font(TYPSNITT, Font.BOLD, 16));
        titel.setPaint(TEXT);
        titel.setPadding(new RectangleInsets(4, 8, 8, 8));
        diagrammet.setTitle(titel);
        if (diagram.enhet() != null && !diagram.enhet().isBlank()) {
            TextTitle enhet = new TextTitle(diagram.enhet(), new Font(TYPSNITT, Font.PLAIN, 12), TEXT, RectangleEdge.TOP,
                    HorizontalAlignment.LEFT, VerticalAlignment.CENTER, new RectangleInsets(0, 8, 2, 0));
            diagrammet.addSubtitle(enhet);
        }
        LegendTitle teckenforklaring = new LegendTitle(plot);
        teckenforklaring.setItemFont(new Font(TYPSNITT, Font.PLAIN, 13));
        teckenforklaring.setItemPaint(TEXT);
        teckenforklaring.setFrame(BlockBorder.NONE);
        teckenforklaring.setBackgroundPaint(Color.WHITE);
        teckenforklaring.setPosition(RectangleEdge.BOTTOM);
        teckenforklaring.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        diagrammet.addLegend(teckenforklaring);
        diagrammet.setBackgroundPaint(Color.WHITE);
        diagrammet.setAntiAlias(true);
        diagrammet.setTextAntiAlias(true);
        diagrammet.setPadding(new RectangleInsets(4, 4, 4, 12));
        return diagrammet;
    }

    private static CategoryItemRenderer ritare(Diagram diagram) {
        int antal = diagram.serier().size();
        if (diagram.typ() == Diagram.Typ.STAPEL) {
            BarRenderer staplar = new BarRenderer();
            staplar.setBarPainter(new StandardBarPainter());
            staplar.setShadowVisible(false);
            staplar.setDrawBarOutline(true);
            staplar.setItemMargin(0.05);
            for (int i = 0; i < antal; i++) {
                Color farg = FARGER[i % FARGER.length];
                staplar.setSeriesPaint(i, monster(i, farg));
                staplar.setSeriesOutlinePaint(i, farg);
                staplar.setSeriesOutlineStroke(i, new BasicStroke(1.5f));
            }
            return staplar;
        }
        LineAndShapeRenderer linjer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < antal; i++) {
            Color farg = FARGER[i % FARGER.length];
            linjer.setSeriesPaint(i, farg);
            linjer.setSeriesStroke(i, streck(i));
            linjer.setSeriesShape(i, markor(i));
            linjer.setSeriesShapesFilled(i, i % 2 == 0);
        }
        linjer.setUseOutlinePaint(false);
        linjer.setDrawOutlines(true);
        return linjer;
    }

    /** Solid for the first series, then stripes in different directions, so bars differ without colour. */
    private static Paint monster(int serie, Color farg) {
        float[] riktning = switch (serie % FARGER.length) {
            case 0 -> null;
            case 1 -> new float[] {0, 0, 6, 6};
            case 2 -> new float[] {0, 0, 0, 6};
            case 3 -> new float[] {6, 0, 0, 6};
            default -> new float[] {0, 0, 6, 0};
        };
        if (riktning == null) {
            return farg;
        }
        return new LinearGradientPaint(riktning[0], riktning[1], riktning[2], riktning[3],
                new float[] {0f, 0.55f, 0.5501f, 1f}, new Color[] {farg, farg, Color.WHITE, Color.WHITE},
                CycleMethod.REPEAT);
    }

    private static Stroke streck(int serie) {
        float[] monster = STRECK[serie % STRECK.length];
        return monster == null
                ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, monster, 0f);
    }

    /** Circle, square, triangle, diamond, cross: a different marker per series. */
    private static Shape markor(int serie) {
        double r = 5;
        return switch (serie % 5) {
            case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(-r, -r, 2 * r, 2 * r);
            case 2 -> polygon(0, -r - 1, r + 1, r, -r - 1, r);
            case 3 -> polygon(0, -r - 1, r + 1, 0, 0, r + 1, -r - 1, 0);
            default -> polygon(-r, -r, 0, -2, r, -r, 2, 0, r, r, 0, 2, -r, r, -2, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    /** Tick sizes 1, 2 and 5 times a power of ten, each printed with the decimals it needs. */
    private static TickUnits svenskaSteg() {
        TickUnits steg = new TickUnits();
        for (int exponent = -3; exponent <= 12; exponent++) {
            for (int faktor : new int[] {1, 2, 5}) {
                BigDecimal storlek = BigDecimal.valueOf(faktor).scaleByPowerOfTen(exponent);
                int decimaler = Math.max(0, storlek.stripTrailingZeros().scale());
                steg.add(new NumberTickUnit(storlek.doubleValue(), new SvensktTal(decimaler), faktor == 2 ? 4 : 5));
            }
        }
        return steg;
    }

    private static String koordinat(double tal) {
        if (Double.isNaN(tal) || Double.isInfinite(tal)) {
            return "0";
        }
        return BigDecimal.valueOf(tal).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The diagram's id as a safe prefix for the ids inside the SVG. */
    private static String idDel(String id) {
        return id == null ? "diagram" : id.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** Axis figures through {@link SvenskFormat}: {@code 12 000}, {@code 2,5}, {@code −400}. */
    private static final class SvensktTal extends NumberFormat {

        private final int decimaler;

        SvensktTal(int decimaler) {
            this.decimaler = decimaler;
        }

        @Override
        public StringBuffer format(double tal, StringBuffer ut, FieldPosition position) {
            return ut.append(SvenskFormat.tal(BigDecimal.valueOf(tal), decimaler));
        }

        @Override
        public StringBuffer format(long tal, StringBuffer ut, FieldPosition position) {
            return ut.append(SvenskFormat.tal(BigDecimal.valueOf(tal), decimaler));
        }

        @Override
        public Number parse(String text, ParsePosition position) {
            throw new UnsupportedOperationException("Diagrammets axel läser inga tal");
        }

        @Override
        public boolean equals(Object annan) {
            return annan instanceof SvensktTal s && s.decimaler == decimaler;
        }

        @Override
        public int hashCode() {
            return decimaler;
        }
    }
}
