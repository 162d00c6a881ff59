package se.malbild.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.malbild.dokument.Jamforelse.Skillnad;

class JamforelseTest {

    private static final String BALANS = "Nämnden prognostiserar ett resultat i balans.";

    private final Jamforelse jamforelse = new Jamforelse(meddelanden());

    @Test
    void theSameReportHasNoDifferences() {
        assertThat(jamforelse.skillnader(Provrapport.delarsrapport(), Provrapport.delarsrapport())).isEmpty();
    }

    @Test
    void aChangedCellIsNamedBySectionCaptionRowAndColumn() {
        Dokument efter = Provrapport.delarsrapport(new BigDecimal("-4400"), new BigDecimal("15.86"), Provrapport.DELVIS, BALANS);

        assertThat(jamforelse.skillnader(Provrapport.delarsrapport(), efter)).containsExactly(
                new Skillnad("Ekonomi › Resultat jan–aug › Flyktingmottagande › Avvikelse", h("−4 363"), h("−4 400")));
    }

    @Test
    void anIndicatorCellIsNamedWithItsGroupAndTheColumnsPeriod() {
        Dokument efter = Provrapport.delarsrapport(new BigDecimal("-4363"), new BigDecimal("17.2"), Provrapport.DELVIS, BALANS);

        assertThat(jamforelse.skillnader(Provrapport.delarsrapport(), efter)).containsExactly(new Skillnad(
                "Nämndindikatorer › Stark gemenskap och människor i arbete › Samhälle › "
                        + "Andel deltagare i arbete eller studier, % › Augusti 2022", "15,86", "17,2"));
    }

    @Test
    void aParagraphIsNamedByItsPositionAndAStatusByItsLabel() {
        Dokument efter = Provrapport.delarsrapport(new BigDecimal("-4363"), new BigDecimal("15.86"),
                new Status(Status.Ikon.UPPFYLLS, "Uppfylls"), "Nämnden prognostiserar ett underskott.");

        assertThat(jamforelse.skillnader(Provrapport.delarsrapport(), efter)).containsExactly(
                new Skillnad("Samlad bedömning och analys › stycke 2", BALANS, "Nämnden prognostiserar ett underskott."),
                new Skillnad("Målredovisning med prognos › Hög egenförsörjningsgrad › Status", "Uppfylls delvis", "Uppfylls"));
    }

    @Test
    void aValueHiddenByRoundingStillDiffersWithItsExactValueShown() {
        Dokument fore = medResultat(List.of(Provrapport.rad("Summa", Tabell.Radslag.SUMMA, "306516", "300429", "6087")));
        Dokument efter = medResultat(List.of(new Tabell.Rad("Summa", Tabell.Radslag.SUMMA, List.of(
                Tabell.Cell.tal(new BigDecimal("306516"), Talformat.HELTAL),
                Tabell.Cell.tal(new BigDecimal("300429.4"), Talformat.HELTAL),
                Tabell.Cell.tal(new BigDecimal("6087"), Talformat.HELTAL)))));

        assertThat(jamforelse.skillnader(fore, efter)).containsExactly(new Skillnad(
                "Ekonomi › Resultat jan–aug › Summa › Redovisat", h("300 429 (exakt 300429)"), h("300 429 (exakt 300429.4)")));
    }

    @Test
    void addedAndRemovedRowsAreReportedAsSuchWithoutShiftingTheOthers() {
        Dokument fore = medResultat(List.of(
                Provrapport.rad("Ekonomiskt bistånd", Tabell.Radslag.RAD, "205835", "205084", "751"),
                Provrapport.rad("Flyktingmottagande", Tabell.Radslag.RAD, "26358", "30720", "-4363"),
                Provrapport.rad("Summa", Tabell.Radslag.SUMMA, "306516", "300429", "6087")));
        Dokument efter = medResultat(List.of(
                Provrapport.rad("Arbetsmarknadsåtgärder", Tabell.Radslag.RAD, "50000", "49000", "1000"),
                Provrapport.rad("Ekonomiskt bistånd", Tabell.Radslag.RAD, "205835", "205084", "751"),
                Provrapport.rad("Summa", Tabell.Radslag.SUMMA, "306516", "300429", "6087")));

        assertThat(jamforelse.skillnader(fore, efter)).containsExactly(
                new Skillnad("Ekonomi › Resultat jan–aug › Flyktingmottagande",
                        h("Budget 26 358; Redovisat 30 720; Avvikelse −4 363"), null),
                new Skillnad("Ekonomi › Resultat jan–aug › Arbetsmarknadsåtgärder",
                        null, h("Budget 50 000; Redovisat 49 000; Avvikelse 1 000")));
    }

    @Test
    void breakdownRowsOfTheSameNameAreToldApartByWhatTheyBelongTo() {
        Dokument fore = Provrapport.delarsrapport();
        Tabell indikatorer = (Tabell) fore.avsnitt().get(3).block().get(0);
        List<Tabell.Rad> rader = new ArrayList<>(indikatorer.rader());
        Tabell.Rad kvinnor = rader.get(1);
        rader.set(1, new Tabell.Rad("Kvinnor", Tabell.Radslag.SPEC, List.of(Tabell.Cell.text("I.U."),
                Tabell.Cell.tal(new BigDecimal("14.9"), Talformat.SOM_SKRIVET), Tabell.Cell.text(""),
                kvinnor.celler().get(3)), List.of(), kvinnor.grupp(), kvinnor.kontext()));
        Dokument efter = ersattAvsnitt(fore, 3, new Avsnitt("indikatorer", "Nämndindikatorer", List.of(
                new Tabell(indikatorer.id(), indikatorer.rubrik(), indikatorer.kolumner(), rader))));

        assertThat(jamforelse.skillnader(fore, efter)).containsExactly(new Skillnad(
                "Nämndindikatorer › Stark gemenskap och människor i arbete › Samhälle › "
                        + "Andel deltagare i arbete eller studier, % › Kvinnor › Augusti 2022", "14,2", "14,9"));
    }

    @Test
    void anAddedSectionAndAnAddedParagraphAreReported() {
        Dokument fore = Provrapport.delarsrapport();
        Avsnitt samlad = fore.avsnitt().get(0);
        List<Block> block = new ArrayList<>(samlad.block());
        block.add(1, new Block.Stycke("Ny inledning."));
        Dokument efter = ersattAvsnitt(fore, 0, new Avsnitt(samlad.id(), samlad.rubrik(), block));
        List<Avsnitt> avsnitt = new ArrayList<>(efter.avsnitt());
        avsnitt.add(new Avsnitt("internkontroll", "Internkontroll", List.of(new Block.Stycke("Tolv kontrollmoment."))));
        efter = new Dokument(efter.typ(), efter.titel(), efter.kommun(), efter.namnd(), avsnitt, efter.fotnoter(),
                efter.oppnaData());

        assertThat(jamforelse.skillnader(fore, efter)).containsExactly(
                new Skillnad("Samlad bedömning och analys › stycke 2", BALANS, "Ny inledning."),
                new Skillnad("Samlad bedömning och analys › stycke 3", null, BALANS),
                new Skillnad("Internkontroll", null, "hela avsnittet"));
    }

    @Test
    void aChangedFactAndListItemAreNamedByLabelAndPosition() {
        Dokument fore = Provrapport.delarsrapport();
        Avsnitt ekonomi = fore.avsnitt().get(1);
        List<Block> block = new ArrayList<>(ekonomi.block());
        block.set(0, new Block.Fakta(List.of(new Block.Faktum("Prognos helår", h("468 846"), new BigDecimal("468846")),
                new Block.Faktum("Avvikelse", h("−4 400"), new BigDecimal("-4400.00")),
                new Block.Faktum("Förvaltning", "Arbetsmarknadsförvaltningen", null))));
        Avsnitt samlad = fore.avsnitt().get(0);
        Dokument efter = ersattAvsnitt(ersattAvsnitt(fore, 1, new Avsnitt(ekonomi.id(), ekonomi.rubrik(), block)), 0,
                new Avsnitt(samlad.id(), samlad.rubrik(), List.of(samlad.block().get(0), samlad.block().get(1),
                        new Block.Punktlista("Viktiga händelser:", List.of("Arena Arbetsmarknad breddinförs")))));

        assertThat(jamforelse.skillnader(fore, efter)).containsExactly(
                new Skillnad("Samlad bedömning och analys › punktlista 1 › punkt 2", "Lifecare införs", null),
                new Skillnad("Ekonomi › Prognos helår", h("464 446"), h("468 846")));
    }

    /** Numbers as printed: a non-breaking space between thousands. */
    private static String h(String text) {
        return text.replaceAll("(\\d) (\\d)", "$1\u00a0$2");
    }

    private static Dokument medResultat(List<Tabell.Rad> rader) {
        Dokument dokument = Provrapport.delarsrapport();
        Avsnitt ekonomi = dokument.avsnitt().get(1);
        List<Block> block = new ArrayList<>(ekonomi.block());
        block.set(1, new Tabell("resultat", "Resultat jan–aug", List.of("Verksamhet", "Budget", "Redovisat", "Avvikelse"), rader));
        return ersattAvsnitt(dokument, 1, new Avsnitt(ekonomi.id(), ekonomi.rubrik(), block));
    }

    private static Dokument ersattAvsnitt(Dokument dokument, int index, Avsnitt nytt) {
        List<Avsnitt> avsnitt = new ArrayList<>(dokument.avsnitt());
        avsnitt.set(index, nytt);
        return new Dokument(dokument.typ(), dokument.titel(), dokument.kommun(), dokument.namnd(), avsnitt,
                dokument.fotnoter(), dokument.oppnaData());
    }

    private static ResourceBundleMessageSource meddelanden() {
        ResourceBundleMessageSource meddelanden = new ResourceBundleMessageSource();
        meddelanden.setBasename("i18n/faststallelse");
        meddelanden.setDefaultEncoding("UTF-8");
        meddelanden.setFallbackToSystemLocale(false);
        return meddelanden;
    }
}
