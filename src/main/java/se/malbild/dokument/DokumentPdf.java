package se.malbild.dokument;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a {@link Dokument} as an A4 PDF from the same HTML as the page: the template {@code dokument/utskrift} wraps
 * the document fragment in a print layout (running header, page numbers, table of contents with page numbers, table
 * headers repeated on every page), and openhtmltopdf lays it out. The PDF is tagged (PDF/UA) and declared PDF/A-3a,
 * in Swedish, with Liberation Sans embedded so that å, ä, ö and the minus sign print as on the page. Nothing outside
 * the document is loaded: no external resources, no scripts in the charts.
 */
@Component
public class DokumentPdf {

    static final String MALL = "dokument/utskrift";
    static final String TYPSNITT = "Liberation Sans";

    /** Liberation Sans (SIL Open Font License, see fonts/LICENSE-LiberationSans.txt), read once. */
    private static final List<Typsnitt> TYPSNITTEN = List.of(
            new Typsnitt(las("LiberationSans-Regular.ttf"), 400, FontStyle.NORMAL),
            new Typsnitt(las("LiberationSans-Bold.ttf"), 700, FontStyle.NORMAL),
            new Typsnitt(las("LiberationSans-Italic.ttf"), 400, FontStyle.ITALIC),
            new Typsnitt(las("LiberationSans-BoldItalic.ttf"), 700, FontStyle.ITALIC));
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** The fonts' metrics, read once and shared by every PDF (the store is thread-safe). */
    private final FSDefaultCacheStore typsnittsmatt = new FSDefaultCacheStore();
    private final ITemplateEngine mallar;
    private final DiagramSvg diagramSvg;
    private final Exporttexter texter;

    static {
        XRLog.setLoggerImpl(new PdfLogg());
    }

    public DokumentPdf(ITemplateEngine mallar, DiagramSvg diagramSvg, MessageSource meddelanden) {
        this.mallar = mallar;
        this.diagramSvg = diagramSvg;
        this.texter = new Exporttexter(meddelanden);
    }

    /**
     * Writes the PDF.
     *
     * @param sidfot a line printed in every page footer (for an adopted report: decision and fingerprint), or null
     */
    public void skriv(Dokument dokument, String sidfot, OutputStream ut) {
        org.jsoup.nodes.Document html = Jsoup.parse(html(dokument, sidfot));
        bokmarkenIHuvudet(html);
        namnForHjalpmedel(html);
        PdfRendererBuilder pdf = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(new W3CDom().fromJsoup(html), "about:blank")
                .useExternalResourceAccessControl((uri, typ) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, typ) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                        BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
                .useColorProfile(SRGB)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, typsnittsmatt)
                .withProducer(texter.t("export.skapare"))
                .toStream(ut);
        for (Typsnitt t : TYPSNITTEN) {
            pdf.useFont(() -> new ByteArrayInputStream(t.fil()), TYPSNITT, t.vikt(), t.stil(), true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE));
            pdf.useFont(() -> new ByteArrayInputStream(t.fil()), "sans-serif", t.vikt(), t.stil(), true,
                    EnumSet.of(FSFontUseCase.SVG));
        }
        try {
            pdf.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The print page as HTML, before layout. */
    String html(Dokument dokument, String sidfot) {
        Context context = new Context(Exporttexter.SVENSKA);
        context.setVariable("dokument", dokument);
        context.setVariable("vy", new DokumentHtml.Vy(diagramSvg));
        context.setVariable("sidfot", sidfot);
        context.setVariable("sidnummer", sidnummer());
        return mallar.process(MALL, context);
    }

    /** "Sida 3 av 12" as CSS content with the page counters, from the message {@code export.sida}. */
    private String sidnummer() {
        String monster = texter.t("export.sida", "\u0000", "\u0001");
        int sida = monster.indexOf('\u0000');
        int av = monster.indexOf('\u0001');
        return cssText(monster.substring(0, sida)) + " counter(page) " + cssText(monster.substring(sida + 1, av))
                + " counter(pages) " + cssText(monster.substring(av + 1));
    }

    private static String cssText(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\A ") + '"';
    }

    /** An HTML parser puts the unknown {@code <bookmarks>} in the body; the renderer reads it only in the head. */
    private static void bokmarkenIHuvudet(org.jsoup.nodes.Document html) {
        Element bokmarken = html.selectFirst("bookmarks");
        if (bokmarken != null) {
            html.head().appendChild(bokmarken);
        }
    }

    /**
     * What a tagged PDF needs beyond the page's markup: every link a title (its accessible name on the page) and every
     * drawing an alternative text: a chart its title, a status icon the words of its status.
     */
    private static void namnForHjalpmedel(org.jsoup.nodes.Document html) {
        for (Element lank : html.select("a[href]:not([title])")) {
            lank.attr("title", lank.hasAttr("aria-label") ? lank.attr("aria-label") : lank.text());
        }
        for (Element svg : html.select("svg:not([alt])")) {
            Element status = svg.closest(".status");
            Element statustext = status == null ? null : status.selectFirst(".statustext");
            if (statustext != null) {
                svg.attr("alt", statustext.text());
            } else if (svg.hasAttr("aria-label")) {
                svg.attr("alt", svg.attr("aria-label"));
            }
        }
    }

    private static byte[] las(String fil) {
        try (InputStream in = DokumentPdf.class.getResourceAsStream("/fonts/" + fil)) {
            if (in == null) {
                throw new IllegalStateException("Typsnittet " + fil + " saknas");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Typsnitt(byte[] fil, int vikt, FontStyle stil) {
    }
}
