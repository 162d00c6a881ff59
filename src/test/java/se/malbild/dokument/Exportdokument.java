package se.malbild.dokument;

import java.math.BigDecimal;
import java.util.ArrayList;
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

/** A hand-built report with every kind of block, with seed 004's figures, for the export tests. */
final class Exportdokument {

    static final String TITEL = "Internbudget 2022";
    static final String KOMMUN = "Linköpings kommun";
    static final String NAMND = "Arbetsmarknadsnämnden";
    static final String ELAK_TEXT = "=HYPERLINK(\"http://example.com\",\"klicka\")";

    private Exportdokument() {
    }

    /** The application's message bundles for documents and exports, without starting Spring. */
    static ResourceBundleMessageSource meddelanden() {
        ResourceBundleMessageSource meddelanden = new ResourceBundleMessageSource();
        meddelanden.setBasenames("i18n/dokument", "i18n/export");
        meddelanden.setDefaultEncoding("UTF-8");
        meddelanden.setFallbackToSystemLocale(false);
        return meddelanden;
    }

    /** The PDF printer with the application's templates and bundles, without starting Spring. */
    static DokumentPdf pdf() {
        ClassLoaderTemplateResolver mallar = new ClassLoaderTemplateResolver();
        mallar.setPrefix("templates/");
        mallar.setSuffix(".html");
        mallar.setTemplateMode(TemplateMode.HTML);
        mallar.setCharacterEncoding("UTF-8");
        SpringTemplateEngine motor = new SpringTemplateEngine();
        motor.setTemplateResolver(mallar);
        motor.setTemplateEngineMessageSource(meddelanden());
        return new DokumentPdf(motor, new DiagramSvg(), meddelanden());
    }

    /** Every block kind: paragraph, list, facts, status, tables with groups, sub-rows and sums, chart, footnotes. */
    static Dokument alla() {
        return dokument(List.of());
    }

    /** {@link #alla()} with one more section holding a table of {@code antal} rows, long enough for several pages. */
    static Dokument medLangTabell(int antal) {
        List<Rad> rader = new ArrayList<>();
        for (int i = 1; i <= antal; i++) {
            rader.add(new Rad("Verksamhet " + i, Radslag.RAD, List.of(tal(1000 + i), tal(-i), Cell.text("Ja"))));
        }
        Tabell lang = new Tabell("lang", "Alla verksamheter", List.of("Verksamhet", "Budget 2022", "Avvikelse", "Klar"),
                rader);
        return dokument(List.of(new Avsnitt("verksamheter", "Verksamheter", List.of(lang))));
    }

    private static Dokument dokument(List<Avsnitt> extra) {
        Tabell driftsammandrag = new Tabell("driftsammandrag", "Driftsammandrag",
                List.of("Verksamhet, tkr", "Bokslut 2020", "Budget 2021", "Budget 2022", "Plan 2023"),
                List.of(
                        new Rad("Ekonomiskt bistånd", Radslag.RAD, List.of(tal(233_690), tal(230_085), tal(235_085), tal(230_085)),
                                List.of(), "Verksamheter", null),
                        new Rad("Flytt bostadsvårdare från AN till SON", Radslag.SPEC,
                                List.of(Cell.text(""), Cell.text(""), tal(-2_400), tal(-2_400)), List.of(1), "Verksamheter",
                                "Ekonomiskt bistånd"),
                        new Rad("Arbetsmarknadsåtgärder", Radslag.RAD, List.of(tal(196_734), tal(221_780), tal(227_062), tal(225_145)),
                                List.of(), "Verksamheter", null),
                        new Rad("Summa nettokostnader", Radslag.SUMMA, List.of(tal(430_424), tal(451_865), tal(462_147), tal(455_230))),
                        new Rad("varav intäkter", Radslag.SPEC, List.of(tal(-40_370), tal(-36_780), tal(-31_700), tal(-4_400)),
                                List.of(), null, "Summa nettokostnader"),
                        new Rad("Avvikelse mot budgetram", Radslag.SUMMA,
                                List.of(Cell.text(""), Cell.text(""), tal(-1), tal(0)))));
        Tabell indikatorer = new Tabell("indikatorer-1", "Nämndindikatorer för Professionellt bemötande och hög tillgänglighet",
                List.of("Indikator", "Utfall 2020", "Utfall 2021", "Målvärde 2022", "Måluppfyllelse"),
                List.of(
                        new Rad("Tillgänglighet", Radslag.RAD, List.of(Cell.text("I.U.").medFotnoter(List.of(2)),
                                new Cell("15,86", new BigDecimal("15.86"), Talformat.SOM_SKRIVET, List.of(), null),
                                Cell.tal(new BigDecimal("2.0"), Talformat.PROCENT1),
                                Cell.status(new Status(Status.Ikon.DELVIS, "Uppfylls delvis")))),
                        new Rad("Kvinnor", Radslag.SPEC, List.of(Cell.text(ELAK_TEXT), Cell.text("-10"),
                                Cell.text("@summa"), Cell.status(new Status(Status.Ikon.UPPFYLLS, "Uppfylls"))),
                                List.of(), null, "Tillgänglighet"),
                        new Rad("+46 13 20 60 00", Radslag.SPEC, List.of(Cell.text("\tflik"), Cell.text("\rretur"),
                                Cell.text("Ja"), Cell.status(new Status(Status.Ikon.EJ, "Uppfylls ej"))),
                                List.of(), null, "Tillgänglighet")));
        Tabell diagramtabell = new Tabell("diagram-bistand-tabell", "Kostnad ekonomiskt bistånd, rullande 12 månader",
                List.of("Månad", "Kostnad, tkr"),
                List.of(new Rad("sep 2021", Radslag.RAD, List.of(tal(236_120))),
                        new Rad("okt 2021", Radslag.RAD, List.of(tal(235_004))),
                        new Rad("nov 2021", Radslag.RAD, List.of(tal(233_871)))));
        Diagram diagram = new Diagram("diagram-bistand", "Kostnad ekonomiskt bistånd, rullande 12 månader", Diagram.Typ.LINJE,
                "tkr", List.of("sep 2021", "okt 2021", "nov 2021"),
                List.of(new Diagram.Serie("Kostnad", List.of(new BigDecimal("236120"), new BigDecimal("235004"),
                        new BigDecimal("233871")))),
                diagramtabell);

        List<Avsnitt> avsnitt = new ArrayList<>(List.of(
                new Avsnitt("uppdrag", "Nämndens uppdrag", List.of(
                        new Stycke("Arbetsmarknadsnämnden ansvarar för arbetsmarknadsfrågor och ekonomiskt bistånd."),
                        new Fakta(List.of(new Faktum("Förvaltning", "Arbetsmarknadsförvaltningen", null),
                                new Faktum("Budget 2022", "462 147 tkr", new BigDecimal("462147")))),
                        new Punktlista("Nämnden ska särskilt:", List.of("minska långvarigt bistånd", "öka egenförsörjningen")))),
                new Avsnitt("ekonomi", "Ekonomi", List.of(1), List.of(
                        new Stycke("Kommentar", "Budgeten är i balans med en avvikelse om −4 400 tkr för intäkterna."),
                        driftsammandrag, diagram),
                        List.of(new Avsnitt("ekonomi-investeringar", "Investeringar", List.of(
                                new Stycke("Inga större investeringar planeras."))))),
                new Avsnitt("mal", "Måluppfyllelse", List.of(
                        new Statusrad("Status", new Status(Status.Ikon.DELVIS, "Uppfylls delvis"),
                                "Tillgängligheten har ökat men når inte målvärdet."),
                        new Statusrad("Uppdraget", new Status(Status.Ikon.INGEN, "Pågår"), null),
                        indikatorer),
                        List.of(new Avsnitt("mal-1", "Målområde: Medborgare", List.of(),
                                List.of(new Avsnitt("mal-1-1", "Professionellt bemötande", List.of(
                                        new Stycke("Åtgärder för ökad tillgänglighet pågår.")))))))));
        avsnitt.addAll(extra);
        return new Dokument("INTERNBUDGET", TITEL, KOMMUN, NAMND, avsnitt,
                List.of(new Dokument.Fotnot(1, "Beslut i KF den 28 september 2021."),
                        new Dokument.Fotnot(2, "Svarsfrekvensen blev 7 %.")),
                oppnaData());
    }

    static OppnaData oppnaData() {
        return new OppnaData("0580", "AN", 2022, null,
                List.of(new OppnaData.Indikatorvarde("N00945", "Andel hushåll, %", "%", 2021, null, "T", null, "UTFALL",
                                new BigDecimal("15.86"), ""),
                        new OppnaData.Indikatorvarde("N00945", "Andel hushåll, %", "%", 2021, null, "K", null, "UTFALL",
                                null, "I.U.")),
                List.of(new OppnaData.Ekonomirad("100", "Ekonomiskt bistånd", new BigDecimal("235085000"), null, null, null,
                        null, null)));
    }

    static Cell tal(long tal) {
        return Cell.tal(BigDecimal.valueOf(tal), Talformat.HELTAL);
    }
}
