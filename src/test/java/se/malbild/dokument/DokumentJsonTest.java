package se.malbild.dokument;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DokumentJsonTest {

    private final DokumentJson json = new DokumentJson();

    @Test
    void aDocumentWithEveryKindOfBlockReadsBackEqual() {
        Dokument dokument = Provrapport.delarsrapport();

        Dokument igen = json.las(json.json(dokument));

        assertThat(igen).isEqualTo(dokument);
        List<Class<?>> slag = igen.avsnitt().stream()
                .flatMap(a -> java.util.stream.Stream.concat(a.block().stream(),
                        a.underavsnitt().stream().flatMap(u -> u.block().stream())))
                .<Class<?>>map(Object::getClass).distinct().toList();
        assertThat(slag).contains(Block.Stycke.class, Block.Punktlista.class, Block.Fakta.class, Block.Statusrad.class,
                Tabell.class, Diagram.class);
    }

    @Test
    void numbersAreWrittenPlainAndReadBackWithTheirScale() {
        String text = json.json(Provrapport.delarsrapport());

        assertThat(text).contains("\"tal\":15.86", "\"tal\":2.0", "\"tal\":-4400.00", "26358000.00").doesNotContain("E+");
        Dokument igen = json.las(text);
        Tabell indikatorer = (Tabell) igen.avsnitt().get(3).block().get(0);
        assertThat(indikatorer.rader().get(0).celler().get(0).tal()).isEqualTo(new BigDecimal("2.0")).hasScaleOf(1);
        assertThat(indikatorer.rader().get(0).celler().get(1).tal()).isEqualTo(new BigDecimal("15.86")).hasScaleOf(2);
        Block.Fakta fakta = (Block.Fakta) igen.avsnitt().get(1).block().get(0);
        assertThat(fakta.fakta().get(1).tal()).isEqualTo(new BigDecimal("-4400.00")).hasScaleOf(2);
        assertThat(igen.oppnaData().ekonomi().get(0).budgetPeriod()).isEqualTo(new BigDecimal("26358000.00"));
    }

    @Test
    void theSameDocumentAlwaysGivesTheSameStringOnOneLine() {
        String forsta = json.json(Provrapport.delarsrapport());
        String andra = json.json(Provrapport.delarsrapport());
        String viaLasning = json.json(json.las(forsta));

        assertThat(andra).isEqualTo(forsta);
        assertThat(viaLasning).isEqualTo(forsta);
        assertThat(forsta).doesNotContain("\n").startsWith("{\"typ\":\"DELARSRAPPORT\",\"titel\":");
        assertThat(DokumentJson.sha256(viaLasning)).isEqualTo(DokumentJson.sha256(forsta));
    }

    @Test
    void aChangedFigureChangesTheFingerprint() {
        String fore = json.json(Provrapport.delarsrapport());
        String efter = json.json(Provrapport.delarsrapport(new BigDecimal("-4363"), new BigDecimal("15.87"),
                Provrapport.DELVIS, "Nämnden prognostiserar ett resultat i balans."));

        assertThat(DokumentJson.sha256(efter)).isNotEqualTo(DokumentJson.sha256(fore));
    }

    @Test
    void sha256IsTheHexOfTheUtf8Bytes() {
        assertThat(DokumentJson.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(DokumentJson.sha256("Målbild")).hasSize(64).matches("[0-9a-f]{64}")
                .isNotEqualTo(DokumentJson.sha256("Malbild"));
    }

    @Test
    void goalResultsReadBackEqualAndChangeTheFingerprint() {
        Dokument utan = Provrapport.delarsrapport();
        Dokument med = medMalresultat(utan, "UPPFYLLS_DELVIS", "Uppfylls delvis");

        Dokument igen = json.las(json.json(med));

        assertThat(igen).isEqualTo(med);
        OppnaData.Malresultat mal = igen.oppnaData().malresultat().get(0);
        assertThat(mal.status()).isEqualTo("UPPFYLLS_DELVIS");
        assertThat(mal.indikatorer()).containsExactly("N00914");
        assertThat(json.json(igen)).isEqualTo(json.json(med));
        assertThat(DokumentJson.sha256(json.json(medMalresultat(utan, "UPPFYLLS", "Uppfylls"))))
                .isNotEqualTo(DokumentJson.sha256(json.json(med)));
    }

    @Test
    void aSnapshotWrittenBeforeGoalResultsExistedReadsWithNone() {
        String text = json.json(Provrapport.delarsrapport());
        String aldre = text.replace(",\"malresultat\":[]", "");
        assertThat(aldre).isNotEqualTo(text).doesNotContain("malresultat");

        Dokument igen = json.las(aldre);

        assertThat(igen.oppnaData().malresultat()).isEmpty();
        assertThat(igen.oppnaData().indikatorer()).isEqualTo(Provrapport.delarsrapport().oppnaData().indikatorer());
    }

    private static Dokument medMalresultat(Dokument d, String status, String statustext) {
        OppnaData o = d.oppnaData();
        OppnaData ny = new OppnaData(o.scbKod(), o.namndKod(), o.ar(), o.manad(), o.indikatorer(), o.ekonomi(),
                List.of(new OppnaData.Malresultat("AN1", "Hög egenförsörjningsgrad", "Samhälle",
                        "Fler ska gå till arbete eller studier", status, statustext,
                        "Fler hushåll är självförsörjande.", List.of("N00914")),
                        new OppnaData.Malresultat("AN2", "Ej bedömt mål", "Samhälle", "Fler ska gå till arbete",
                                null, null, null, List.of())));
        return new Dokument(d.typ(), d.titel(), d.kommun(), d.namnd(), d.avsnitt(), d.fotnoter(), ny);
    }
}
