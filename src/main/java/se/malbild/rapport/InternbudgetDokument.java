package se.malbild.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.Block.Faktum;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.OppnaData;
import se.malbild.dokument.Tabell;
import se.malbild.ekonomi.Investering;
import se.malbild.ekonomi.Investeringsram;
import se.malbild.mal.StrategisktUppdrag;
import se.malbild.mal.UppdragTyp;
import se.malbild.nyckeltal.Nyckeltal;
import se.malbild.nyckeltal.NyckeltalKategori;
import se.malbild.organisation.Namnd;

/**
 * A committee's internbudget as a {@link Dokument} with seed 004's structure: nämndens uppdrag, sammanfattning,
 * ekonomi (driftsammandrag with its specification and frame, investeringar), volymer, personal, mål och inriktning
 * and strategiska utvecklingsuppdrag, with the plan's targets, earlier outcomes and budget as open data.
 */
@Component
class InternbudgetDokument {

    static final String TYP = "INTERNBUDGET";

    private final EkonomiTabeller ekonomiTabeller;
    private final MalTabeller malTabeller;
    private final Texter texter;

    InternbudgetDokument(EkonomiTabeller ekonomiTabeller, MalTabeller malTabeller, Texter texter) {
        this.ekonomiTabeller = ekonomiTabeller;
        this.malTabeller = malTabeller;
        this.texter = texter;
    }

    /** Everything stored about the plan that the document shows. */
    record Underlag(Namnd namnd, Internbudget internbudget, EkonomiTabeller.Underlag ekonomi,
            List<Investering> investeringar, List<Investeringsram> investeringsramar, List<Nyckeltal> nyckeltal,
            MalTabeller.Underlag mal, List<StrategisktUppdrag> uppdrag) {
    }

    /** Footnotes are numbered in the order the document first mentions them, as the page reads top to bottom. */
    Dokument bygg(Underlag underlag) {
        Namnd namnd = underlag.namnd();
        Internbudget internbudget = underlag.internbudget();
        int ar = internbudget.getAr();
        Fotnoter fotnoter = new Fotnoter();

        Tabell driftsammandrag = ekonomiTabeller.driftsammandrag(internbudget, underlag.ekonomi(), fotnoter);
        Tabell investeringar = ekonomiTabeller.investeringar(internbudget, underlag.investeringar(),
                underlag.investeringsramar());
        Tabell volymer = malTabeller.nyckeltal("volymtabell", NyckeltalKategori.VOLYM, texter.t("rapport.ib.volymtabell"),
                ar, underlag.nyckeltal(), fotnoter);
        Tabell personal = malTabeller.nyckeltal("personaltabell", NyckeltalKategori.PERSONAL,
                texter.t("rapport.ib.personaltabell"), ar, underlag.nyckeltal(), fotnoter);
        MalTabeller.Mal mal = malTabeller.malomraden(internbudget, underlag.mal(), fotnoter);

        List<Avsnitt> avsnitt = new ArrayList<>();
        avsnitt.add(uppdrag(namnd));
        if (!internbudget.getSammanfattning().isEmpty()) {
            avsnitt.add(new Avsnitt("sammanfattning", texter.t("rapport.ib.sammanfattning"),
                    List.of(new Block.Punktlista(null, internbudget.getSammanfattning()))));
        }
        List<Block> ekonomi = new ArrayList<>();
        ekonomi.add(driftsammandrag);
        stycke(internbudget.getKommentarEkonomi()).ifPresent(ekonomi::add);
        if (!investeringar.tom()) {
            ekonomi.add(investeringar);
        }
        avsnitt.add(new Avsnitt("ekonomi", texter.t("rapport.ib.ekonomi"), ekonomi));
        if (!volymer.tom()) {
            avsnitt.add(nyckeltalsavsnitt("volymer", texter.t("rapport.ib.volymer"), volymer, internbudget.getKommentarVolym()));
        }
        if (!personal.tom()) {
            avsnitt.add(nyckeltalsavsnitt("personal", texter.t("rapport.ib.personal"), personal,
                    internbudget.getKommentarPersonal()));
        }
        avsnitt.add(new Avsnitt("mal", texter.t("rapport.ib.mal"),
                List.of(new Block.Stycke(texter.t("rapport.ib.obligatoriskForklaring"))), mal.malomraden()));
        uppdragen(underlag.uppdrag()).ifPresent(avsnitt::add);

        OppnaData oppnaData = new OppnaData(namnd.getKommun().getScbKod(), namnd.getKod(), ar, null,
                mal.indikatorvarden(), ekonomiTabeller.budget(internbudget, underlag.ekonomi()));
        return new Dokument(TYP, internbudget.getTitel(), namnd.getKommun().getNamn(), namnd.getNamn(), avsnitt,
                fotnoter.alla(), oppnaData);
    }

    private Avsnitt uppdrag(Namnd namnd) {
        List<Faktum> fakta = new ArrayList<>();
        if (namnd.getForvaltning() != null) {
            fakta.add(new Faktum(texter.t("dokument.ib.forvaltning"), namnd.getForvaltning(), null));
        }
        if (namnd.getOrdforande() != null) {
            fakta.add(new Faktum(texter.t("dokument.ib.ordforande"), namnd.getOrdforande(), null));
        }
        if (namnd.getForvaltningschef() != null) {
            fakta.add(new Faktum(texter.t("dokument.ib.forvaltningschef"), namnd.getForvaltningschef(), null));
        }
        List<Block> block = new ArrayList<>();
        if (!fakta.isEmpty()) {
            block.add(new Block.Fakta(fakta));
        }
        if (!namnd.getUppdrag().isEmpty()) {
            block.add(new Block.Punktlista(texter.t("rapport.ib.uppdragIngress"), namnd.getUppdrag()));
        }
        return new Avsnitt("uppdrag", texter.t("rapport.ib.uppdrag"), block);
    }

    private static Avsnitt nyckeltalsavsnitt(String id, String rubrik, Tabell tabell, String kommentar) {
        List<Block> block = new ArrayList<>();
        block.add(tabell);
        stycke(kommentar).ifPresent(block::add);
        return new Avsnitt(id, rubrik, block);
    }

    private Optional<Avsnitt> uppdragen(List<StrategisktUppdrag> uppdrag) {
        List<Avsnitt> delar = new ArrayList<>();
        List<String> kommungemensamma = texterAv(uppdrag, UppdragTyp.KOMMUNGEMENSAMT);
        if (!kommungemensamma.isEmpty()) {
            delar.add(new Avsnitt("uppdragen-kommungemensamma", texter.t("rapport.ib.kommungemensamma"),
                    List.of(new Block.Punktlista(null, kommungemensamma))));
        }
        List<String> namndspecifika = texterAv(uppdrag, UppdragTyp.NAMNDSPECIFIKT);
        if (!namndspecifika.isEmpty()) {
            delar.add(new Avsnitt("uppdragen-namndspecifika", texter.t("rapport.ib.namndspecifika"),
                    List.of(new Block.Punktlista(null, namndspecifika))));
        }
        return delar.isEmpty() ? Optional.empty()
                : Optional.of(new Avsnitt("uppdragen", texter.t("rapport.ib.uppdragsrubrik"), List.of(), delar));
    }

    private static Optional<Block> stycke(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(new Block.Stycke(text));
    }

    private static List<String> texterAv(List<StrategisktUppdrag> uppdrag, UppdragTyp typ) {
        return uppdrag.stream().filter(u -> u.getTyp() == typ).map(StrategisktUppdrag::getText).toList();
    }
}
