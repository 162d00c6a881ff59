package se.malbild.dokument;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.malbild.dokument.Block.Fakta;
import se.malbild.dokument.Block.Faktum;
import se.malbild.dokument.Block.Punktlista;
import se.malbild.dokument.Block.Statusrad;
import se.malbild.dokument.Block.Stycke;
import se.malbild.dokument.Tabell.Cell;
import se.malbild.dokument.Tabell.Rad;
import se.malbild.dokument.Tabell.Radslag;

/** Hand-built documents with every kind of block, and the renderer as the application configures it. */
final class Provdokument {

    static final String FARLIGT = "<script>alert('x')</script> & \"citat\"";

    private Provdokument() {
    }

    /** The renderer with the application's templates and message bundle, without starting Spring. */
    static DokumentHtml html() {
        ClassLoaderTemplateResolver mallar = new ClassLoaderTemplateResolver();
        mallar.setPrefix("templates/");
        mallar.setSuffix(".html");
        mallar.setTemplateMode(TemplateMode.HTML);
        mallar.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource meddelanden = new ResourceBundleMessageSource();
        meddelanden.setBasenames("i18n/dokument");
        meddelanden.setDefaultEncoding("UTF-8");
        meddelanden.setFallbackToSystemLocale(false);
        SpringTemplateEngine motor = new SpringTemplateEngine();
        motor.setTemplateResolver(mallar);
        motor.setTemplateEngineMessageSource(meddelanden);
        return new DokumentHtml(motor, new DiagramSvg());
    }

    /** Two line series over twelve months, figures in the hundreds of thousands. */
    static Diagram linjediagram(String serienamn) {
        List<String> manader = List.of("sep 2021", "okt 2021", "nov 2021", "dec 2021", "jan 2022", "feb 2022",
                "mar 2022", "apr 2022", "maj 2022", "jun 2022", "jul 2022", "aug 2022");
        List<BigDecimal> kostnad = tal(301_200, 302_950, 303_400, 305_100, 304_800, 306_000, 307_250, 306_900,
                308_400, 309_100, 310_500, 311_200);
        List<BigDecimal> budget = tal(300_000, 300_000, 300_000, 300_000, 306_516, 306_516, 306_516, 306_516,
                306_516, 306_516, 306_516, 306_516);
        Tabell tabell = new Tabell("kostnad-tabell", "Kostnad ekonomiskt bistånd, rullande 12 månader, tkr",
                List.of("Månad", serienamn, "Budget"),
                java.util.stream.IntStream.range(0, manader.size())
                        .mapToObj(i -> new Rad(manader.get(i), Radslag.RAD, List.of(
                                Cell.tal(kostnad.get(i), Talformat.HELTAL), Cell.tal(budget.get(i), Talformat.HELTAL))))
                        .toList());
        return new Diagram("kostnad", "Kostnad ekonomiskt bistånd, rullande 12 månader", Diagram.Typ.LINJE, "tkr",
                manader, List.of(new Diagram.Serie(serienamn, kostnad), new Diagram.Serie("Budget", budget)), tabell);
    }

    static Diagram stapeldiagram() {
        return new Diagram("hushall", "Antal hushåll med ekonomiskt bistånd", Diagram.Typ.STAPEL, "antal hushåll",
                List.of("2020", "2021", "aug 2022"),
                List.of(new Diagram.Serie("Totalt", tal(3_327, 3_380, 3_120)),
                        new Diagram.Serie("Långvarigt", java.util.Arrays.asList(new BigDecimal("1510"), new BigDecimal("1577"), null))),
                null);
    }

    /** A delårsrapport-like document: every block kind, sections six deep, footnotes on a heading, a row and a cell. */
    static Dokument allaBlock() {
        Tabell tabell = new Tabell("resultat", "Resultat januari–augusti, tkr",
                List.of("Verksamhet", "Redovisat", "Budget", "Avvikelse", "Mål uppnås"),
                List.of(
                        new Rad("Ekonomiskt bistånd", Radslag.RAD, List.of(
                                Cell.tal(new BigDecimal("200345"), Talformat.HELTAL),
                                Cell.tal(new BigDecimal("204345"), Talformat.HELTAL),
                                Cell.tal(new BigDecimal("-4400"), Talformat.HELTAL),
                                Cell.status(new Status(Status.Ikon.UPPFYLLS, "Ja"))), List.of(1), "Individ och familj", null),
                        new Rad("varav kvinnor", Radslag.SPEC, List.of(
                                Cell.text("I.U.").medFotnoter(List.of(2)),
                                Cell.tal(new BigDecimal("2.0"), Talformat.PROCENT1),
                                Cell.text(""),
                                Cell.status(new Status(Status.Ikon.DELVIS, "Delvis"))), List.of(), "Individ och familj",
                                "Ekonomiskt bistånd"),
                        new Rad("Summa", Radslag.SUMMA, List.of(
                                Cell.tal(new BigDecimal("464446"), Talformat.HELTAL),
                                Cell.tal(new BigDecimal("460046"), Talformat.HELTAL),
                                Cell.tal(new BigDecimal("-4400"), Talformat.HELTAL),
                                Cell.status(new Status(Status.Ikon.EJ, "Nej"))))));
        Avsnitt djupast = new Avsnitt("niva-6", "Sjätte nivån", List.of(new Stycke("Längst ned.")));
        Avsnitt femte = new Avsnitt("niva-5", "Femte nivån", List.of(new Stycke("Text.")), List.of(djupast));
        Avsnitt fjarde = new Avsnitt("niva-4", "Fjärde nivån", List.of(), List.of(femte));
        Avsnitt tredje = new Avsnitt("niva-3", "Tredje nivån", List.of(), List.of(fjarde));
        Avsnitt andra = new Avsnitt("niva-2", "Andra nivån", List.of(
                new Statusrad("Status", new Status(Status.Ikon.KAN_EJ_BEDOMAS, "Kan ej bedömas"), "Mätningen är inställd."),
                new Statusrad("Uppdraget", new Status(Status.Ikon.INGEN, "Pågår"), null)), List.of(tredje));
        Avsnitt ekonomi = new Avsnitt("ekonomi", "Ekonomi", List.of(1), List.of(
                new Stycke("Kommentar", "Prognosen visar ett överskott på 6 087 tkr."),
                new Stycke(FARLIGT),
                new Punktlista("Nämnden ska svara för:", List.of("Arbetsmarknadsåtgärder", "Ekonomiskt bistånd & stöd")),
                new Fakta(List.of(new Faktum("Prognos helår", "306 516", new BigDecimal("306516")),
                        new Faktum("Förvaltning", "Arbetsmarknadsförvaltningen", null))),
                tabell,
                linjediagram("Kostnad"),
                stapeldiagram()), List.of(andra));
        Avsnitt mal = new Avsnitt("mal", "Målredovisning", List.of(
                new Statusrad("Bedömning", new Status(Status.Ikon.DELVIS, "Uppfylls delvis"), null)));
        return new Dokument("DELARSRAPPORT", "Delårsrapport per 31 augusti 2022", "Linköpings kommun",
                "Arbetsmarknadsnämnden", List.of(ekonomi, mal),
                List.of(new Dokument.Fotnot(1, "Källa: Treserva"), new Dokument.Fotnot(2, "Svarsfrekvensen blev 7 %")),
                new OppnaData("0580", "AN", 2022, 8, List.of(), List.of()));
    }

    private static List<BigDecimal> tal(long... varden) {
        return java.util.Arrays.stream(varden).mapToObj(BigDecimal::valueOf).toList();
    }
}
