package se.malbild.dokument;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import se.malbild.dokument.Block.Fakta;
import se.malbild.dokument.Block.Faktum;
import se.malbild.dokument.Block.Punktlista;
import se.malbild.dokument.Block.Statusrad;
import se.malbild.dokument.Block.Stycke;
import se.malbild.dokument.Tabell.Cell;
import se.malbild.dokument.Tabell.Rad;
import se.malbild.dokument.Tabell.Radslag;

/**
 * A small delårsrapport built by hand with seed 001's figures and every kind of block, for the tests of the JSON form
 * and of the comparison between an adopted and a live report.
 */
final class Provrapport {

    static final Status DELVIS = new Status(Status.Ikon.DELVIS, "Uppfylls delvis");

    private Provrapport() {
    }

    static Dokument delarsrapport() {
        return delarsrapport(new BigDecimal("-4363"), new BigDecimal("15.86"), DELVIS,
                "Nämnden prognostiserar ett resultat i balans.");
    }

    /** The same report with other values in three places a reader would look. */
    static Dokument delarsrapport(BigDecimal avvikelseFlykting, BigDecimal andelDeltagare, Status egenforsorjning,
            String samladBedomning) {
        Avsnitt samlad = new Avsnitt("samlad", "Samlad bedömning och analys", List.of(
                new Stycke("Arbetsmarknadsnämnden har under perioden haft fokus på egenförsörjning."),
                new Stycke(samladBedomning),
                new Punktlista("Viktiga händelser:", List.of("Arena Arbetsmarknad breddinförs", "Lifecare införs"))));
        Tabell resultat = new Tabell("resultat", "Resultat jan–aug", List.of("Verksamhet", "Budget", "Redovisat", "Avvikelse"),
                List.of(
                        rad("Ekonomiskt bistånd", Radslag.RAD, "205835", "205084", "751"),
                        rad("Flyktingmottagande", Radslag.RAD, "26358", "30720", avvikelseFlykting.toPlainString()),
                        rad("Summa", Radslag.SUMMA, "306516", "300429", "6087")));
        Avsnitt ekonomi = new Avsnitt("ekonomi", "Ekonomi", List.of(
                new Fakta(List.of(new Faktum("Prognos helår", "464\u00a0446", new BigDecimal("464446")),
                        new Faktum("Avvikelse", "−4\u00a0400", new BigDecimal("-4400.00")),
                        new Faktum("Förvaltning", "Arbetsmarknadsförvaltningen", null))),
                resultat,
                new Diagram("bistand", "Kostnad ekonomiskt bistånd, rullande 12 månader", Diagram.Typ.LINJE, "tkr",
                        List.of("jul 2022", "aug 2022"),
                        List.of(new Diagram.Serie("Kostnad", Arrays.asList(new BigDecimal("308.5"), null))),
                        new Tabell("bistand-tabell", "Kostnad ekonomiskt bistånd, rullande 12 månader",
                                List.of("Månad", "Kostnad"),
                                List.of(new Rad("jul 2022", Radslag.RAD, List.of(Cell.tal(new BigDecimal("308.5"), Talformat.DECIMAL1))),
                                        new Rad("aug 2022", Radslag.RAD, List.of(Cell.text(""))))))));
        Tabell indikatorer = new Tabell("indikatorer-1", "Stark gemenskap och människor i arbete",
                List.of("Indikator", "Utfall 2021", "Augusti 2022", "Målvärde 2022", "Mål uppnås"),
                List.of(new Rad("Andel deltagare i arbete eller studier, %", Radslag.RAD, List.of(
                                Cell.tal(new BigDecimal("2.0"), Talformat.PROCENT1),
                                Cell.tal(andelDeltagare, Talformat.SOM_SKRIVET).medFotnoter(List.of(1)),
                                Cell.text("Ska öka"),
                                Cell.status(new Status(Status.Ikon.UPPFYLLS, "Ja"))), List.of(1), "Samhälle", null),
                        new Rad("Kvinnor", Radslag.SPEC, List.of(
                                Cell.text("I.U."), Cell.tal(new BigDecimal("14.2"), Talformat.SOM_SKRIVET),
                                Cell.text(""), Cell.status(new Status(Status.Ikon.KAN_EJ_BEDOMAS, "Kan ej bedömas"))),
                                List.of(), "Samhälle", "Andel deltagare i arbete eller studier, %")));
        Avsnitt malredovisning = new Avsnitt("mal", "Målredovisning med prognos", List.of(), List.of(
                new Avsnitt("mal-1", "Hög egenförsörjningsgrad", List.of(2), List.of(
                        new Statusrad("Status", egenforsorjning, "Fler hushåll är självförsörjande."),
                        new Stycke("Analys", "Antalet hushåll minskar.")), List.of())));
        Avsnitt namndindikatorer = new Avsnitt("indikatorer", "Nämndindikatorer", List.of(indikatorer));
        OppnaData oppnaData = new OppnaData("9930", "AN", 2022, 8, List.of(
                new OppnaData.Indikatorvarde("N00914", "Andel deltagare i arbete eller studier, %", "%", 2022, 8, "T",
                        null, "UTFALL", andelDeltagare, ""),
                new OppnaData.Indikatorvarde("N00914", "Andel deltagare i arbete eller studier, %", "%", 2022, null, "T",
                        null, "MALVARDE", null, "I.U.")),
                List.of(new OppnaData.Ekonomirad("FLYKTINGMOTTAGANDE", "Flyktingmottagande", new BigDecimal("39537000"),
                        new BigDecimal("26358000.00"), new BigDecimal("30720000"), avvikelseFlykting.movePointRight(3),
                        new BigDecimal("45537000"), new BigDecimal("-6000000"))));
        return new Dokument("DELARSRAPPORT", "Delårsrapport per 31 augusti 2022", "Linköpings kommun",
                "Arbetsmarknadsnämnden", List.of(samlad, ekonomi, malredovisning, namndindikatorer),
                List.of(new Dokument.Fotnot(1, "Ny definition från 2022."), new Dokument.Fotnot(2, "Prognos.")), oppnaData);
    }

    static Rad rad(String namn, Radslag slag, String... tal) {
        return new Rad(namn, slag, Arrays.stream(tal).map(t -> Cell.tal(new BigDecimal(t), Talformat.HELTAL)).toList());
    }
}
