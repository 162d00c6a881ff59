package se.malbild.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.bedomning.BedomningService;
import se.malbild.bedomning.RapporttextService;
import se.malbild.bedomning.StatuslistaService;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.OppnaData;
import se.malbild.dokument.Tabell;
import se.malbild.ekonomi.EkonomiskUppfoljningService;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.Kon;
import se.malbild.mal.MalvardeRepository;
import se.malbild.mal.NamndmalRepository;
import se.malbild.mal.Utfall;
import se.malbild.mal.UtfallRepository;
import se.malbild.nyckeltal.NyckeltalKategori;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.NyckeltalUppfoljning;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * Assembles a committee's delårsrapport at a follow-up point from the live follow-up data, as seed 001 presents it:
 * nämndens uppdrag; samlad bedömning och analys; ekonomi; volymutveckling; personal; händelser av väsentlig
 * betydelse; förväntad utveckling; ekonomiska tabeller; målredovisning med prognos; strategiska utvecklingsuppdrag;
 * internkontroll; nämndindikatorer. A section without content is left out. Everything is read through the modules'
 * services, the economy once; the report costs the same number of statements however large the committee's plan.
 */
@Service
@Transactional(readOnly = true)
public class DelarsrapportService {

    /** The indicator with the number of households with ekonomiskt bistånd, in the demo plan and seed 004. */
    static final String HUSHALL = "HUSHALL_EKB";
    /** The indicator with the number of those households with a long-term need (more than two years). */
    static final String LANGVARIGA_HUSHALL = "HUSHALL_LANGVARIGT_EKB";

    private final UppfoljningAtkomst atkomst;
    private final EkonomiskUppfoljningService ekonomi;
    private final BedomningService bedomningar;
    private final RapporttextService rapporttexter;
    private final StatuslistaService statuslistor;
    private final NyckeltalUppfoljning nyckeltal;
    private final NamndmalRepository namndmal;
    private final IndikatorRepository indikatorer;
    private final MalvardeRepository malvarden;
    private final UtfallRepository utfall;
    private final DelarsrapportEkonomi ekonomidel;
    private final DelarsrapportMal maldel;
    private final DelarsrapportNyckeltal nyckeltalsdel;
    private final Delarsrapportceller celler;

    DelarsrapportService(UppfoljningAtkomst atkomst, EkonomiskUppfoljningService ekonomi, BedomningService bedomningar,
            RapporttextService rapporttexter, StatuslistaService statuslistor, NyckeltalUppfoljning nyckeltal,
            NamndmalRepository namndmal, IndikatorRepository indikatorer, MalvardeRepository malvarden,
            UtfallRepository utfall, DelarsrapportEkonomi ekonomidel, DelarsrapportMal maldel,
            DelarsrapportNyckeltal nyckeltalsdel, Delarsrapportceller celler) {
        this.atkomst = atkomst;
        this.ekonomi = ekonomi;
        this.bedomningar = bedomningar;
        this.rapporttexter = rapporttexter;
        this.statuslistor = statuslistor;
        this.nyckeltal = nyckeltal;
        this.namndmal = namndmal;
        this.indikatorer = indikatorer;
        this.malvarden = malvarden;
        this.utfall = utfall;
        this.ekonomidel = ekonomidel;
        this.maldel = maldel;
        this.nyckeltalsdel = nyckeltalsdel;
        this.celler = celler;
    }

    /** The live delårsrapport: 404 for an unknown committee or point, 403 when the user may not read it. */
    public Dokument las(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Uppfoljningspunkt punkt = ratt.punkt();
        int ar = punkt.getAr();

        EkonomiskUppfoljningService.Uppfoljning ekonomin = ekonomi.las(namnd, punkt);
        List<BedomningService.Mal> bedomda = bedomningar.mal(namnd, punkt, ekonomin);
        RapporttextService.Sida texter = rapporttexter.las(namndId, punktId);
        StatuslistaService.Sida listor = statuslistor.las(namndId, punktId);
        List<NyckeltalUppfoljning.Varde> nyckeltalen = nyckeltal.vidPunkten(namnd, punkt);
        List<Utfall> allaUtfall = new ArrayList<>(utfall.findHelarByNamnd(namnd, ar - 2, ar - 1));
        allaUtfall.addAll(utfall.findByNamndAndPeriod(namnd, ar, punkt.utfallsmanad()));
        DelarsrapportMal.Underlag mal = new DelarsrapportMal.Underlag(namndmal.findGallande(namnd, ar),
                indikatorer.findGallande(namnd, ar), malvarden.findByNamndAndPlanAr(namnd, ar), allaUtfall, bedomda);

        Fotnoter fotnoter = new Fotnoter();
        List<OppnaData.Indikatorvarde> indikatorvarden = new ArrayList<>();
        List<Avsnitt> avsnitt = new ArrayList<>();
        lagg(avsnitt, uppdrag(namnd));
        lagg(avsnitt, text("samlad-bedomning", "delarsrapport.avsnitt.samladBedomning", texter,
                se.malbild.bedomning.Avsnitt.SAMLAD_BEDOMNING));
        lagg(avsnitt, ekonomidel.ekonomi(ekonomin, punkt));
        lagg(avsnitt, nyckeltalsdel.avsnitt("volymer", "delarsrapport.avsnitt.volymer", NyckeltalKategori.VOLYM,
                nyckeltalen, punkt, fotnoter));
        lagg(avsnitt, nyckeltalsdel.avsnitt("personal", "delarsrapport.avsnitt.personal", NyckeltalKategori.PERSONAL,
                nyckeltalen, punkt, fotnoter));
        lagg(avsnitt, text("handelser", "delarsrapport.avsnitt.handelser", texter,
                se.malbild.bedomning.Avsnitt.HANDELSER));
        lagg(avsnitt, text("forvantad-utveckling", "delarsrapport.avsnitt.forvantadUtveckling", texter,
                se.malbild.bedomning.Avsnitt.FORVANTAD_UTVECKLING));
        lagg(avsnitt, ekonomidel.ekonomiskaTabeller(ekonomin, punkt,
                texter.texter().stream().filter(t -> t.avsnitt() == se.malbild.bedomning.Avsnitt.VERKSAMHET).toList(),
                hushall(allaUtfall, punkt)));
        lagg(avsnitt, maldel.malredovisning(mal, listor.aktiviteter(), fotnoter));
        lagg(avsnitt, lista("strategiska-uppdrag", "delarsrapport.avsnitt.strategiskaUppdrag",
                "delarsrapport.uppdrag.tabell", "delarsrapport.kolumn.uppdrag", listor.uppdrag(), false));
        lagg(avsnitt, lista("internkontroll", "delarsrapport.avsnitt.internkontroll",
                "delarsrapport.internkontroll.tabell", "delarsrapport.kolumn.kontrollmoment", listor.kontrollmoment(), true));
        lagg(avsnitt, maldel.namndindikatorer(mal, punkt, fotnoter, indikatorvarden));

        OppnaData oppnaData = new OppnaData(namnd.getKommun().getScbKod(), namnd.getKod(), ar, punkt.getManad(),
                indikatorvarden, ekonomidel.oppnaData(ekonomin), malresultat(bedomda, mal.indikatorer()));
        return new Dokument("DELARSRAPPORT", celler.t("delarsrapport.titel", punkt.getNamn()), namnd.getKommun().getNamn(),
                namnd.getNamn(), avsnitt, fotnoter.alla(), oppnaData);
    }

    /** Whether each assessed nämndmål was reached, for open data and the public results site. */
    private List<OppnaData.Malresultat> malresultat(List<BedomningService.Mal> bedomda,
            List<Indikator> indikatorlista) {
        Map<Long, String> koder = new HashMap<>();
        indikatorlista.forEach(i -> koder.put(i.getId(), i.getKod()));
        return bedomda.stream().map(b -> new OppnaData.Malresultat(b.kod(), b.titel(), b.malomrade(),
                b.kommunovergripandeMal(), b.status() == null ? null : b.status().name(),
                b.status() == null ? null : celler.status(b.status()).text(),
                b.motivering() == null || b.motivering().isBlank() ? null : b.motivering(),
                b.indikatorer().stream().map(r -> koder.get(r.indikatorId())).filter(Objects::nonNull).toList()))
                .toList();
    }

    private static void lagg(List<Avsnitt> avsnitt, Avsnitt ett) {
        if (ett != null) {
            avsnitt.add(ett);
        }
    }

    /** Nämndens uppdrag: förvaltning, ordförande, förvaltningschef, and the remit from the reglemente. */
    private Avsnitt uppdrag(Namnd namnd) {
        List<Block> block = new ArrayList<>();
        List<Block.Faktum> fakta = new ArrayList<>();
        faktum(fakta, "delarsrapport.fakta.forvaltning", namnd.getForvaltning());
        faktum(fakta, "delarsrapport.fakta.ordforande", namnd.getOrdforande());
        faktum(fakta, "delarsrapport.fakta.forvaltningschef", namnd.getForvaltningschef());
        if (!fakta.isEmpty()) {
            block.add(new Block.Fakta(fakta));
        }
        if (!namnd.getUppdrag().isEmpty()) {
            block.add(new Block.Punktlista(celler.t("delarsrapport.uppdrag.ingress"), namnd.getUppdrag()));
        }
        return block.isEmpty() ? null
                : new Avsnitt("uppdrag", celler.t("delarsrapport.avsnitt.uppdrag"), block);
    }

    private void faktum(List<Block.Faktum> fakta, String nyckel, String varde) {
        if (varde != null && !varde.isBlank()) {
            fakta.add(new Block.Faktum(celler.t(nyckel), varde, null));
        }
    }

    /** A section of typed report text; null when nothing is written. */
    private Avsnitt text(String id, String rubrik, RapporttextService.Sida texter, se.malbild.bedomning.Avsnitt avsnitt) {
        List<Block> block = texter.texter().stream()
                .filter(t -> t.avsnitt() == avsnitt && t.verksamhetId() == null)
                .flatMap(t -> Delarsrapportceller.block(t.block()).stream())
                .toList();
        return block.isEmpty() ? null : new Avsnitt(id, celler.t(rubrik), block);
    }

    /** Strategiska utvecklingsuppdrag or internkontroll: a table of status and comment; null when the list is empty. */
    private Avsnitt lista(String id, String rubrik, String tabellrubrik, String kolumn,
            List<StatuslistaService.Rad> rader, boolean numrera) {
        if (rader.isEmpty()) {
            return null;
        }
        Tabell tabell = maldel.statustabell(id + "-tabell", celler.t(tabellrubrik), celler.t(kolumn), rader, numrera);
        return new Avsnitt(id, celler.t(rubrik), List.of(tabell));
    }

    /**
     * The number of households with ekonomiskt bistånd, total and long-term, for the two previous years and the
     * point's period, from the indicators {@value #HUSHALL} and {@value #LANGVARIGA_HUSHALL} (the data model has no
     * other record of long-term households).
     */
    private List<DelarsrapportEkonomi.Hushall> hushall(List<Utfall> allaUtfall, Uppfoljningspunkt punkt) {
        int ar = punkt.getAr();
        List<DelarsrapportEkonomi.Hushall> hushall = new ArrayList<>();
        hushall.add(new DelarsrapportEkonomi.Hushall(String.valueOf(ar - 2), DelarsrapportEkonomi.Kostnad.OKAND,
                total(allaUtfall, HUSHALL, ar - 2, null), total(allaUtfall, LANGVARIGA_HUSHALL, ar - 2, null)));
        hushall.add(new DelarsrapportEkonomi.Hushall(String.valueOf(ar - 1),
                DelarsrapportEkonomi.Kostnad.BOKSLUT_FOREGAENDE_AR,
                total(allaUtfall, HUSHALL, ar - 1, null), total(allaUtfall, LANGVARIGA_HUSHALL, ar - 1, null)));
        hushall.add(new DelarsrapportEkonomi.Hushall(celler.period(punkt), DelarsrapportEkonomi.Kostnad.PERIODEN,
                total(allaUtfall, HUSHALL, ar, punkt.utfallsmanad()),
                total(allaUtfall, LANGVARIGA_HUSHALL, ar, punkt.utfallsmanad())));
        return hushall;
    }

    private static BigDecimal total(List<Utfall> alla, String kod, int ar, Integer manad) {
        return alla.stream()
                .filter(u -> kod.equals(u.getIndikator().getKod()) && u.getAr() == ar && Objects.equals(u.getManad(), manad)
                        && u.getEnhet() == null && u.getKon() == Kon.T && !u.isIngetUtfall())
                .map(Utfall::getVarde).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
