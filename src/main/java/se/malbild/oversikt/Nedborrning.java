package se.malbild.oversikt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.bedomning.BedomningService;
import se.malbild.common.NotFoundException;
import se.malbild.common.SvenskFormat;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.MalvardeRepository;
import se.malbild.mal.MalvardeText;
import se.malbild.mal.Utfall;
import se.malbild.mal.UtfallRepository;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.UppfoljningspunktRepository;

/**
 * From the overview down: a committee's nämndmål per målområde at a point with status, motivation, analysis and
 * indicators (read through {@link BedomningService}, as the delårsrapport reads them), and an indicator's history:
 * every full-year outcome and every point's outcome with its breakdowns, and its targets. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class Nedborrning {

    /** A committee at a point: whether the follow-up is submitted, and its nämndmål per målområde. */
    public record Namndsida(String scbKod, String kommun, long namndId, String namnd, long punktId, String punkt,
            OversiktService.Datalage lage, List<Malomrade> omraden) {

        public boolean harSiffror() {
            return lage != OversiktService.Datalage.EJ_INLAMNAD;
        }
    }

    public record Malomrade(String namn, List<BedomningService.Mal> mal) {
    }

    /** An indicator's history. */
    public record Indikatorsida(String scbKod, String kommun, long namndId, String namnd, Long punktId, String namndmal,
            long indikatorId, String indikator, String kalla, List<Malvarderad> malvarden, List<Utfallsrad> utfall) {
    }

    public record Malvarderad(int planAr, int ar, String malvarde) {
    }

    /** One stored outcome: its period, breakdown, value as printed and the id of its change history. */
    public record Utfallsrad(int ar, String period, String kon, String enhet, String varde, String kommentar, long utfallId) {
    }

    private final OversiktService oversikt;
    private final UppfoljningAtkomst atkomst;
    private final BedomningService bedomningar;
    private final IndikatorRepository indikatorer;
    private final MalvardeRepository malvarden;
    private final UtfallRepository utfall;
    private final UppfoljningspunktRepository punkter;
    private final MalvardeText malvardeText;

    Nedborrning(OversiktService oversikt, UppfoljningAtkomst atkomst, BedomningService bedomningar,
            IndikatorRepository indikatorer, MalvardeRepository malvarden, UtfallRepository utfall,
            UppfoljningspunktRepository punkter, MalvardeText malvardeText) {
        this.oversikt = oversikt;
        this.atkomst = atkomst;
        this.bedomningar = bedomningar;
        this.indikatorer = indikatorer;
        this.malvarden = malvarden;
        this.utfall = utfall;
        this.punkter = punkter;
        this.malvardeText = malvardeText;
    }

    /** 404 when the committee is not the municipality's or the point not its; 403 for a registrator. */
    public Namndsida namnd(String scbKod, long namndId, long punktId) {
        oversikt.kontrolleraLasning();
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        kontrolleraKommun(scbKod, namnd);
        Uppfoljningspunkt punkt = ratt.punkt();
        OversiktService.Datalage lage = switch (ratt.status()) {
            case OPPEN -> OversiktService.Datalage.EJ_INLAMNAD;
            case INLAMNAD -> OversiktService.Datalage.INLAMNAD;
            case FASTSTALLD -> OversiktService.Datalage.FASTSTALLD;
        };
        Map<String, List<BedomningService.Mal>> perOmrade = new LinkedHashMap<>();
        for (BedomningService.Mal mal : bedomningar.mal(namnd, punkt, null)) {
            perOmrade.computeIfAbsent(mal.malomrade(), o -> new ArrayList<>()).add(mal);
        }
        List<Malomrade> omraden = perOmrade.entrySet().stream().map(e -> new Malomrade(e.getKey(), e.getValue())).toList();
        return new Namndsida(namnd.getKommun().getScbKod(), namnd.getKommun().getNamn(), namnd.getId(), namnd.getNamn(),
                punkt.getId(), punkt.getNamn(), lage, omraden);
    }

    /** The indicator's outcomes of every year and period, and the targets of the plan of the point's year. */
    public Indikatorsida indikator(String scbKod, long namndId, long indikatorId, Long punktId) {
        oversikt.kontrolleraLasning();
        Namnd namnd = atkomst.namndForLasning(namndId);
        kontrolleraKommun(scbKod, namnd);
        Indikator indikator = indikatorer.findById(indikatorId)
                .filter(i -> i.getNamndmal().getNamnd().getId().equals(namnd.getId()))
                .orElseThrow(() -> new NotFoundException("Indikatorn " + indikatorId + " hör inte till " + namnd.getNamn()));
        Map<String, String> punktnamn = new HashMap<>();
        punkter.findByKommun(namnd.getKommun()).forEach(p -> punktnamn.put(p.getAr() + "-" + p.getManad(), p.getNamn()));
        Integer planAr = punktId == null ? null : punkter.findById(punktId)
                .filter(p -> p.getKommun().getId().equals(namnd.getKommun().getId()))
                .map(Uppfoljningspunkt::getAr).orElseThrow(() -> new NotFoundException("Punkten " + punktId + " finns inte"));

        List<Utfall> egna = new ArrayList<>(utfall.findByNamnd(namnd).stream()
                .filter(u -> u.getIndikator().getId().equals(indikator.getId())).toList());
        egna.sort(Comparator.comparingInt(Utfall::getAr)
                .thenComparing(u -> u.getManad() == null ? 13 : u.getManad())
                .thenComparing(u -> u.getEnhet() == null ? "" : u.getEnhet().getNamn())
                .thenComparing(Utfall::getKon));
        List<Utfallsrad> rader = new ArrayList<>();
        for (Utfall u : egna) {
            String period = u.getManad() == null ? oversikt.t("oversikt.indikator.helar", u.getAr())
                    : punktnamn.getOrDefault(u.getAr() + "-" + u.getManad(),
                            oversikt.t("oversikt.indikator.manad", u.getAr(), u.getManad()));
            String varde = u.isIngetUtfall() ? oversikt.t("oversikt.indikator.iu")
                    : u.getVarde() == null ? "" : SvenskFormat.somSkrivet(u.getVarde());
            rader.add(new Utfallsrad(u.getAr(), period, oversikt.t("oversikt.kon." + u.getKon()),
                    u.getEnhet() == null ? oversikt.t("oversikt.indikator.helaNamnden") : u.getEnhet().getNamn(), varde,
                    Objects.requireNonNullElse(u.getKommentar(), ""), u.getId()));
        }
        int ar = planAr != null ? planAr : egna.stream().mapToInt(Utfall::getAr).max().orElse(indikator.getFranAr());
        List<Malvarderad> mal = malvarden.findByNamndAndPlanAr(namnd, ar).stream()
                .filter(m -> m.getIndikator().getId().equals(indikator.getId()))
                .sorted(Comparator.comparingInt(m -> m.getAr()))
                .map(m -> new Malvarderad(m.getPlanAr(), m.getAr(), malvardeText.text(m))).toList();
        return new Indikatorsida(namnd.getKommun().getScbKod(), namnd.getKommun().getNamn(), namnd.getId(), namnd.getNamn(),
                punktId, indikator.getNamndmal().getTitel(), indikator.getId(), indikator.getNamn(), indikator.getKalla(),
                mal, rader);
    }

    private static void kontrolleraKommun(String scbKod, Namnd namnd) {
        if (!namnd.getKommun().getScbKod().equals(scbKod)) {
            throw new NotFoundException("Nämnden " + namnd.getId() + " hör inte till kommunen " + scbKod);
        }
    }
}
