package se.malbild.oversikt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.bedomning.BedomningService;
import se.malbild.common.NotFoundException;
import se.malbild.common.SvenskFormat;
import se.malbild.dokument.Diagram;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Talformat;
import se.malbild.ekonomi.Driftuppfoljning;
import se.malbild.ekonomi.EkonomiskUppfoljningService;
import se.malbild.ekonomi.Ekonomitabeller;
import se.malbild.mal.Malstatus;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.rapport.StartService;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.UppfoljningStatus;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.UppfoljningspunktRepository;

/**
 * The politicians' overview of a municipality at a follow-up point: for every committee whether its follow-up is
 * submitted or adopted (with the decision), its goal fulfilment per målområde counted from the final assessments,
 * the change since the previous point, and the trend over all points. Only submitted and adopted follow-ups show
 * figures. Everything is read in a fixed number of queries, whatever the number of committees.
 */
@Service
@Transactional(readOnly = true)
public class OversiktService {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ISO_LOCAL_DATE;

    /** A follow-up point to choose. */
    public record Punktval(long id, String namn, int ar, int manad) {
    }

    /** Which data a committee's row shows: submitted, adopted (with the decision), or nothing yet. */
    public enum Datalage {
        EJ_INLAMNAD, INLAMNAD, FASTSTALLD
    }

    /** The goal fulfilment in one målområde. */
    public record Omrade(long id, String namn, Statusantal antal) {
    }

    /**
     * The budget position for the year: budget, forecast, deviation (budget minus forecast) in tkr and %, and the
     * change of the deviation since the previous forecast ("avvikelse −10 000 → 0 tkr"); texts as printed, null where
     * there is nothing to show.
     */
    public record Ekonomi(String budget, String prognos, String avvikelse, String avvikelseProcent, String andring) {
    }

    /**
     * One committee: what data it is, its goal fulfilment per målområde and in total, the change since the previous
     * point in words, its budget position, and (for an adopted follow-up) the decision.
     */
    public record Namndrad(long id, String namn, String kod, Datalage lage, String beslut, List<Omrade> omraden,
            Statusantal totalt, List<String> forandringar, Ekonomi ekonomi) {

        public boolean harSiffror() {
            return lage != Datalage.EJ_INLAMNAD;
        }
    }

    /** The page. */
    public record Oversikt(String scbKod, String kommun, List<Integer> aren, Integer ar, List<Punktval> punkter,
            Punktval punkt, Punktval foregaende, List<Namndrad> namnder, List<Diagram> trender) {

        /** The statuses in the order the columns show them. */
        public List<Malstatus> statusar() {
            return List.of(Malstatus.values());
        }
    }

    private final KommunRepository kommuner;
    private final NamndRepository namnder;
    private final UppfoljningspunktRepository punkter;
    private final UppfoljningService uppfoljningar;
    private final BedomningService bedomningar;
    private final EkonomiskUppfoljningService ekonomi;
    private final StartService rapporter;
    private final AnvandareService anvandare;
    private final MessageSource meddelanden;

    OversiktService(KommunRepository kommuner, NamndRepository namnder, UppfoljningspunktRepository punkter,
            UppfoljningService uppfoljningar, BedomningService bedomningar, EkonomiskUppfoljningService ekonomi,
            StartService rapporter, AnvandareService anvandare, MessageSource meddelanden) {
        this.ekonomi = ekonomi;
        this.kommuner = kommuner;
        this.namnder = namnder;
        this.punkter = punkter;
        this.uppfoljningar = uppfoljningar;
        this.bedomningar = bedomningar;
        this.rapporter = rapporter;
        this.anvandare = anvandare;
        this.meddelanden = meddelanden;
    }

    /**
     * The overview at the chosen point; without a choice the newest year and, in it, the last point any committee
     * has submitted, else the last point with assessments, else its first point. 404 for an unknown municipality or a point of another; 403 for a
     * registrator, who follows up their own committees elsewhere.
     */
    public Oversikt las(String scbKod, Integer ar, Long punktId) {
        kontrolleraLasning();
        Kommun kommun = kommun(scbKod);
        List<Uppfoljningspunkt> allaPunkter = new ArrayList<>(punkter.findByKommun(kommun));
        allaPunkter.sort(Comparator.comparingInt(Uppfoljningspunkt::getAr).thenComparingInt(Uppfoljningspunkt::getManad));
        List<Namnd> kommunensNamnder = namnder.findAllWithKommun().stream()
                .filter(n -> n.getKommun().getId().equals(kommun.getId())).toList();

        Map<Long, Map<Long, UppfoljningStatus>> lagen = new HashMap<>();
        uppfoljningar.statusar(kommun).forEach(s ->
                lagen.computeIfAbsent(s.punktId(), p -> new HashMap<>()).put(s.namndId(), s.status()));
        Map<Long, Map<Long, StartService.Delarsbeslut>> beslut = new HashMap<>();
        rapporter.delarsbeslut(kommun).forEach(b ->
                beslut.computeIfAbsent(b.punktId(), p -> new HashMap<>()).put(b.namndId(), b));
        Map<Long, Map<Long, Map<Long, Omrade>>> status = new HashMap<>();
        List<BedomningService.Statusantal> antal = new ArrayList<>(bedomningar.statusantal(kommun));
        antal.sort(Comparator.comparingInt(BedomningService.Statusantal::malomradeOrdning)
                .thenComparingLong(BedomningService.Statusantal::malomradeId));
        for (BedomningService.Statusantal a : antal) {
            status.computeIfAbsent(a.punktId(), p -> new HashMap<>())
                    .computeIfAbsent(a.namndId(), n -> new LinkedHashMap<>())
                    .merge(a.malomradeId(), new Omrade(a.malomradeId(), a.malomrade(), Statusantal.INGA.plus(a.status(), a.antal())),
                            (x, y) -> new Omrade(x.id(), x.namn(), x.antal().plus(y.antal())));
        }

        List<Integer> aren = allaPunkter.stream().map(Uppfoljningspunkt::getAr).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        Uppfoljningspunkt vald = valj(allaPunkter, aren, ar, punktId, lagen, status.keySet());
        if (vald == null) {
            return new Oversikt(kommun.getScbKod(), kommun.getNamn(), aren, ar, List.of(), null, null, List.of(), List.of());
        }
        int index = allaPunkter.indexOf(vald);
        Uppfoljningspunkt foregaende = index > 0 ? allaPunkter.get(index - 1) : null;

        Map<Long, EkonomiskUppfoljningService.Uppfoljning> ekonomin = ekonomi.lasAlla(kommun, vald);
        List<Namndrad> rader = new ArrayList<>();
        for (Namnd namnd : kommunensNamnder) {
            Datalage lage = lage(lagen, vald, namnd);
            if (lage == Datalage.EJ_INLAMNAD) {
                rader.add(new Namndrad(namnd.getId(), namnd.getNamn(), namnd.getKod(), lage, null, List.of(),
                        Statusantal.INGA, List.of(), null));
                continue;
            }
            List<Omrade> omraden = List.copyOf(status.getOrDefault(vald.getId(), Map.of())
                    .getOrDefault(namnd.getId(), Map.of()).values());
            Statusantal totalt = summa(omraden);
            List<String> forandringar = new ArrayList<>();
            if (foregaende != null) {
                if (lage(lagen, foregaende, namnd) == Datalage.EJ_INLAMNAD) {
                    forandringar.add(t("oversikt.andring.ingenForegaende", foregaende.getNamn()));
                } else {
                    Statusantal fore = summa(status.getOrDefault(foregaende.getId(), Map.of())
                            .getOrDefault(namnd.getId(), Map.of()).values());
                    forandringar.addAll(forandringar(fore, totalt, foregaende.getNamn()));
                }
            }
            StartService.Delarsbeslut b = lage == Datalage.FASTSTALLD
                    ? beslut.getOrDefault(vald.getId(), Map.of()).get(namnd.getId()) : null;
            String beslutstext = b == null ? null : t("oversikt.beslut", b.beslutsdatum().format(DATUM), b.paragraf());
            rader.add(new Namndrad(namnd.getId(), namnd.getNamn(), namnd.getKod(), lage, beslutstext, omraden, totalt,
                    forandringar, ekonomi(ekonomin.get(namnd.getId()))));
        }
        List<Punktval> aretsPunkter = allaPunkter.stream().filter(p -> p.getAr() == vald.getAr()).map(OversiktService::val)
                .toList();
        return new Oversikt(kommun.getScbKod(), kommun.getNamn(), aren, vald.getAr(), aretsPunkter, val(vald),
                foregaende == null ? null : val(foregaende), rader,
                trender(kommun, allaPunkter, kommunensNamnder, lagen, status, vald, ekonomin));
    }

    /** The overview is the politicians', controllers' and admins' view; registrators are refused. */
    void kontrolleraLasning() {
        Roll roll = anvandare.inloggad().orElseThrow(() -> new AccessDeniedException("Inte inloggad")).getRoll();
        if (roll == Roll.REGISTRATOR) {
            throw new AccessDeniedException("Översikten är för politiker, controller och administratörer");
        }
    }

    Kommun kommun(String scbKod) {
        return kommuner.findByScbKod(scbKod).orElseThrow(() -> new NotFoundException("Kommunen " + scbKod + " finns inte"));
    }

    private static Uppfoljningspunkt valj(List<Uppfoljningspunkt> alla, List<Integer> aren, Integer ar, Long punktId,
            Map<Long, Map<Long, UppfoljningStatus>> lagen, Set<Long> bedomda) {
        if (punktId != null) {
            return alla.stream().filter(p -> p.getId().equals(punktId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Uppföljningspunkten " + punktId + " finns inte i kommunen"));
        }
        if (alla.isEmpty()) {
            return null;
        }
        int valtAr = ar != null ? ar : aren.get(0);
        List<Uppfoljningspunkt> aret = alla.stream().filter(p -> p.getAr() == valtAr).toList();
        if (aret.isEmpty()) {
            throw new NotFoundException("Kommunen har inga uppföljningspunkter " + valtAr);
        }
        for (int i = aret.size() - 1; i >= 0; i--) {
            if (lagen.getOrDefault(aret.get(i).getId(), Map.of()).values().stream()
                    .anyMatch(s -> s != UppfoljningStatus.OPPEN)) {
                return aret.get(i);
            }
        }
        for (int i = aret.size() - 1; i >= 0; i--) {
            if (bedomda.contains(aret.get(i).getId())) {
                return aret.get(i);
            }
        }
        return aret.get(0);
    }

    private static Datalage lage(Map<Long, Map<Long, UppfoljningStatus>> lagen, Uppfoljningspunkt punkt, Namnd namnd) {
        UppfoljningStatus s = lagen.getOrDefault(punkt.getId(), Map.of()).getOrDefault(namnd.getId(), UppfoljningStatus.OPPEN);
        return switch (s) {
            case OPPEN -> Datalage.EJ_INLAMNAD;
            case INLAMNAD -> Datalage.INLAMNAD;
            case FASTSTALLD -> Datalage.FASTSTALLD;
        };
    }

    private static Statusantal summa(Iterable<Omrade> omraden) {
        Statusantal s = Statusantal.INGA;
        for (Omrade o : omraden) {
            s = s.plus(o.antal());
        }
        return s;
    }

    /** "+2 uppfylls", "−1 uppfylls ej" …; "oförändrat" when nothing changed. */
    private List<String> forandringar(Statusantal fore, Statusantal nu, String forePunkt) {
        List<String> texter = new ArrayList<>();
        for (Malstatus s : Malstatus.values()) {
            long skillnad = nu.av(s) - fore.av(s);
            if (skillnad != 0) {
                texter.add(t("oversikt.andring.status", (skillnad > 0 ? "+" : "\u2212") + Math.abs(skillnad),
                        t(s.nyckel()).toLowerCase(SVENSKA), forePunkt));
            }
        }
        if (texter.isEmpty()) {
            texter.add(t("oversikt.andring.oforandrat", forePunkt));
        }
        return texter;
    }

    /**
     * The trend over all the municipality's points: per point the statuses of the committees that have submitted or
     * adopted their follow-up, as a bar chart with the same values as a table.
     */
    private List<Diagram> trender(Kommun kommun, List<Uppfoljningspunkt> allaPunkter, List<Namnd> kommunensNamnder,
            Map<Long, Map<Long, UppfoljningStatus>> lagen, Map<Long, Map<Long, Map<Long, Omrade>>> status,
            Uppfoljningspunkt vald, Map<Long, EkonomiskUppfoljningService.Uppfoljning> valdEkonomi) {
        List<Diagram> trender = new ArrayList<>();
        Diagram statusar = statustrend(kommun, allaPunkter, kommunensNamnder, lagen, status);
        if (statusar != null) {
            trender.add(statusar);
        }
        Diagram avvikelser = avvikelsetrend(kommun, allaPunkter, kommunensNamnder, lagen, vald, valdEkonomi);
        if (avvikelser != null) {
            trender.add(avvikelser);
        }
        return trender;
    }

    /**
     * The deviation forecast for the year (budget minus forecast) summed over the committees that have submitted or
     * adopted their follow-up, per point with such data: one kommun-wide economy read per point, however many
     * committees.
     */
    private Diagram avvikelsetrend(Kommun kommun, List<Uppfoljningspunkt> allaPunkter, List<Namnd> kommunensNamnder,
            Map<Long, Map<Long, UppfoljningStatus>> lagen, Uppfoljningspunkt vald,
            Map<Long, EkonomiskUppfoljningService.Uppfoljning> valdEkonomi) {
        List<String> kategorier = new ArrayList<>();
        List<BigDecimal> varden = new ArrayList<>();
        List<Tabell.Rad> rader = new ArrayList<>();
        for (Uppfoljningspunkt p : allaPunkter) {
            List<Namnd> medData = kommunensNamnder.stream().filter(n -> lage(lagen, p, n) != Datalage.EJ_INLAMNAD).toList();
            if (medData.isEmpty()) {
                continue;
            }
            Map<Long, EkonomiskUppfoljningService.Uppfoljning> ekonomin = p.equals(vald) ? valdEkonomi : ekonomi.lasAlla(kommun, p);
            BigDecimal summa = null;
            for (Namnd n : medData) {
                EkonomiskUppfoljningService.Uppfoljning u = ekonomin.get(n.getId());
                Driftuppfoljning.Belopp b = u == null ? null : u.tabeller().summaInklKommunalaEnheter();
                if (b != null && b.arsavvikelse() != null && b.prognos() != null) {
                    summa = (summa == null ? BigDecimal.ZERO : summa).add(b.arsavvikelse());
                }
            }
            if (summa == null) {
                continue;
            }
            BigDecimal tkr = Ekonomitabeller.iTkr(summa);
            kategorier.add(p.getNamn());
            varden.add(tkr);
            rader.add(new Tabell.Rad(p.getNamn(), Tabell.Radslag.RAD, List.of(Tabell.Cell.tal(tkr, Talformat.HELTAL))));
        }
        if (rader.isEmpty()) {
            return null;
        }
        String rubrik = t("oversikt.trend.avvikelse", kommun.getNamn());
        return new Diagram("trend-avvikelse", rubrik, Diagram.Typ.STAPEL, t("oversikt.trend.tkr"), kategorier,
                List.of(new Diagram.Serie(t("oversikt.ekonomi.avvikelse"), varden)),
                new Tabell("trend-avvikelse-tabell", rubrik, List.of(t("oversikt.trend.punkt"), t("oversikt.ekonomi.avvikelse")),
                        rader));
    }

    private Diagram statustrend(Kommun kommun, List<Uppfoljningspunkt> allaPunkter, List<Namnd> kommunensNamnder,
            Map<Long, Map<Long, UppfoljningStatus>> lagen, Map<Long, Map<Long, Map<Long, Omrade>>> status) {
        List<String> kategorier = new ArrayList<>();
        Map<Malstatus, List<BigDecimal>> serier = new LinkedHashMap<>();
        for (Malstatus s : Malstatus.values()) {
            serier.put(s, new ArrayList<>());
        }
        List<Tabell.Rad> rader = new ArrayList<>();
        for (Uppfoljningspunkt p : allaPunkter) {
            Statusantal totalt = Statusantal.INGA;
            boolean harData = false;
            for (Namnd n : kommunensNamnder) {
                if (lage(lagen, p, n) != Datalage.EJ_INLAMNAD) {
                    harData = true;
                    totalt = totalt.plus(summa(status.getOrDefault(p.getId(), Map.of()).getOrDefault(n.getId(), Map.of()).values()));
                }
            }
            if (!harData) {
                continue;
            }
            kategorier.add(p.getNamn());
            List<Tabell.Cell> celler = new ArrayList<>();
            for (Malstatus s : Malstatus.values()) {
                BigDecimal varde = BigDecimal.valueOf(totalt.av(s));
                serier.get(s).add(varde);
                celler.add(Tabell.Cell.tal(varde, Talformat.HELTAL));
            }
            rader.add(new Tabell.Rad(p.getNamn(), Tabell.Radslag.RAD, celler));
        }
        if (kategorier.isEmpty()) {
            return null;
        }
        List<String> kolumner = new ArrayList<>();
        kolumner.add(t("oversikt.trend.punkt"));
        List<Diagram.Serie> diagramserier = new ArrayList<>();
        serier.forEach((s, varden) -> {
            kolumner.add(t(s.nyckel()));
            diagramserier.add(new Diagram.Serie(t(s.nyckel()), varden));
        });
        String rubrik = t("oversikt.trend.rubrik", kommun.getNamn());
        return new Diagram("trend", rubrik, Diagram.Typ.STAPEL, t("oversikt.trend.enhet"), kategorier, diagramserier,
                new Tabell("trend-tabell", rubrik, kolumner, rader));
    }

    /** Null when the committee has no budget for the year. */
    private Ekonomi ekonomi(EkonomiskUppfoljningService.Uppfoljning u) {
        if (u == null || u.tabeller().summaInklKommunalaEnheter() == null) {
            return null;
        }
        Driftuppfoljning.Belopp b = u.tabeller().summaInklKommunalaEnheter();
        if (b.arsbudget() == null || b.arsbudget().signum() == 0) {
            return null;
        }
        String ingen = t("oversikt.ekonomi.ingenPrognos");
        String procent = b.arsavvikelse() == null ? null : SvenskFormat.procent(b.arsavvikelse()
                .multiply(BigDecimal.valueOf(100)).divide(b.arsbudget().abs(), 1, RoundingMode.HALF_UP), 1);
        String andring = null;
        if (u.forraPunkten() != null && u.forraPunkten().avvikelse() != null && b.arsavvikelse() != null) {
            andring = t("oversikt.ekonomi.andring", tkr(u.forraPunkten().avvikelse()), tkr(b.arsavvikelse()),
                    u.forraPunkten().namn());
        }
        return new Ekonomi(tkr(b.arsbudget()), b.prognos() == null ? ingen : tkr(b.prognos()),
                b.arsavvikelse() == null ? ingen : tkr(b.arsavvikelse()), procent, andring);
    }

    private static String tkr(BigDecimal kronor) {
        return SvenskFormat.tal(Ekonomitabeller.iTkr(kronor), 0);
    }

    private static Punktval val(Uppfoljningspunkt p) {
        return new Punktval(p.getId(), p.getNamn(), p.getAr(), p.getManad());
    }

    String t(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
