package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.dokument.Talformat;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;
import se.malbild.organisation.VerksamhetTyp;
import se.malbild.sakerhet.AnvandareService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.UppfoljningspunktRepository;

/**
 * The controllers' deviation view: every nämnd of a municipality and its verksamheter at a follow-up point in one
 * table, with the period's and the year's deviation, the deviation forecast at the previous point, a threshold that
 * marks large deviations, sorting, and each row's forecast history with its träffsäkerhet. Controllers and
 * administrators only. Read with {@link EkonomiskUppfoljningService#lasAllaMedHistorik}: a fixed number of SQL
 * statements however many nämnder the municipality has.
 *
 * <p>Sorting keeps the nämnder together: the nämnder are ordered by their total's value in the column, and the
 * verksamheter within each nämnd by theirs; the nämnd's total stays last in its group. Unknown values sort last.
 */
@Service
@Transactional(readOnly = true)
public class Avvikelseoversikt {

    private static final BigDecimal HUNDRA = BigDecimal.valueOf(100);

    /** The columns one can sort by, named as in the query string ({@code sortera=arsavvikelse}). */
    public enum Kolumn {
        NAMN, ARSBUDGET, PERIODBUDGET, REDOVISAT, PERIODAVVIKELSE, PROGNOS, ARSAVVIKELSE, FORRA;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kolumn> av(String parameter) {
            for (Kolumn k : values()) {
                if (k.parameter().equals(parameter)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** What a row is: a verksamhet, one of the nämnd's internal units, or the nämnd's total. */
    public enum Radslag {
        VERKSAMHET, ENHET, SUMMA
    }

    /** An amount in kronor (null: not known), shown in tkr; {@link #tkr()} exact for Excel. */
    public record Belopp(BigDecimal kronor) {

        public BigDecimal tkr() {
            return kronor == null ? null : kronor.movePointLeft(3);
        }

        public boolean kant() {
            return kronor != null;
        }

        /** "−4 363", the Swedish way; empty when not known. */
        public String text() {
            return kronor == null ? "" : Talformat.HELTAL.text(tkr());
        }
    }

    /** One month's forecast of a row: the forecast, its year deviation and, once the year's result exists, its träffsäkerhet. */
    public record Historikpunkt(int manad, Belopp prognos, Belopp avvikelse, BigDecimal traffsakerhet) {

        /** "−2,6 %", or empty when it cannot be computed. */
        public String traffsakerhetText() {
            return traffsakerhet == null ? "" : Talformat.PROCENT1.text(traffsakerhet);
        }
    }

    /**
     * A row. {@code arsresultat} is the year's net result when all twelve months of actuals exist, else null (then
     * träffsäkerhet cannot be computed yet).
     */
    public record Rad(String id, String namnd, String namn, Radslag slag, Belopp arsbudget, Belopp periodbudget,
            Belopp redovisat, Belopp periodavvikelse, Belopp prognos, Belopp arsavvikelse, Belopp forra,
            boolean overTroskeln, List<Historikpunkt> historik, Belopp arsresultat) {

        Belopp varde(Kolumn kolumn) {
            return switch (kolumn) {
                case NAMN -> null;
                case ARSBUDGET -> arsbudget;
                case PERIODBUDGET -> periodbudget;
                case REDOVISAT -> redovisat;
                case PERIODAVVIKELSE -> periodavvikelse;
                case PROGNOS -> prognos;
                case ARSAVVIKELSE -> arsavvikelse;
                case FORRA -> forra;
            };
        }
    }

    /** A nämnd's rows, its total last. */
    public record Namndgrupp(long namndId, String namn, List<Rad> rader) {
    }

    /** A point one can choose. */
    public record Punktval(long id, String namn, boolean vald) {
    }

    /**
     * The view.
     *
     * @param troskel      the threshold in per cent of the budget (of the period for the period's deviation, of the
     *                     year for the year's)
     * @param troskelFel   the threshold as typed when it was not a number (the default is then used), else null
     * @param forraPunkt   the previous point's name, or null when the point is the year's first
     * @param forraManad   the previous point's month, or null
     */
    public record Oversikt(String scbKod, String kommun, List<Punktval> punkter, long punktId, String punkt, int ar,
            int manad, String forraPunkt, Integer forraManad, BigDecimal troskel, String troskelFel, boolean baraOver,
            Kolumn sortering, boolean fallande, List<Namndgrupp> grupper, int antalOver, int antalRader) {

        public String troskelText() {
            return troskel.stripTrailingZeros().toPlainString().replace('.', ',');
        }

        /** Whether the year's actuals exist, so that träffsäkerhet can be computed. */
        public boolean arsresultatFinns() {
            return grupper.stream().flatMap(g -> g.rader().stream()).anyMatch(r -> r.arsresultat().kant());
        }
    }

    private final KommunRepository kommuner;
    private final UppfoljningspunktRepository punkter;
    private final PrognosRepository prognoser;
    private final EkonomiskUppfoljningService ekonomi;
    private final AnvandareService anvandare;
    private final BigDecimal standardtroskel;

    Avvikelseoversikt(KommunRepository kommuner, UppfoljningspunktRepository punkter, PrognosRepository prognoser,
            EkonomiskUppfoljningService ekonomi, AnvandareService anvandare,
            @Value("${malbild.avvikelser.troskel:1}") BigDecimal standardtroskel) {
        this.kommuner = kommuner;
        this.punkter = punkter;
        this.prognoser = prognoser;
        this.ekonomi = ekonomi;
        this.anvandare = anvandare;
        this.standardtroskel = standardtroskel;
    }

    /**
     * The view for the municipality: 403 unless a controller or an administrator, 404 for an unknown municipality or a
     * point not its own.
     *
     * @param punktId  the point; null for the latest point at which forecasts were made (or the latest point)
     * @param troskel  the threshold as typed ("1", "2,5"); blank for the default
     * @param sortera  a {@link Kolumn#parameter()}; unknown or blank keeps the budget's order
     */
    public Oversikt oversikt(String scbKod, Long punktId, String troskel, boolean baraOver, String sortera,
            boolean fallande) {
        MalbildAnvandare vem = anvandare.inloggad().orElseThrow(() -> new AccessDeniedException("Inte inloggad"));
        if (vem.getRoll() != Roll.CONTROLLER && vem.getRoll() != Roll.ADMIN) {
            throw new AccessDeniedException(vem.getUsername() + " får inte se kommunens avvikelser");
        }
        Kommun kommun = kommuner.findByScbKod(scbKod)
                .orElseThrow(() -> new NotFoundException("Kommunen " + scbKod + " finns inte"));
        List<Uppfoljningspunkt> alla = punkter.findByKommun(kommun).stream()
                .sorted(Comparator.comparingInt(Uppfoljningspunkt::getAr).reversed()
                        .thenComparing(Comparator.comparingInt(Uppfoljningspunkt::getManad).reversed()))
                .toList();
        if (alla.isEmpty()) {
            throw new NotFoundException(kommun.getNamn() + " har inga uppföljningspunkter");
        }
        Uppfoljningspunkt punkt = punktId != null
                ? alla.stream().filter(p -> p.getId().equals(punktId)).findFirst()
                        .orElseThrow(() -> new NotFoundException("Uppföljningspunkten " + punktId + " finns inte i "
                                + kommun.getNamn()))
                : standardpunkt(kommun, alla);

        BigDecimal grans = standardtroskel;
        String fel = null;
        if (troskel != null && !troskel.isBlank()) {
            try {
                grans = new BigDecimal(troskel.strip().replace(',', '.').replace('\u2212', '-'));
                if (grans.signum() < 0) {
                    fel = troskel;
                    grans = standardtroskel;
                }
            } catch (NumberFormatException e) {
                fel = troskel;
            }
        }
        Optional<Kolumn> kolumn = Kolumn.av(sortera);

        List<EkonomiskUppfoljningService.MedHistorik> namnder = ekonomi.lasAllaMedHistorik(kommun, punkt);
        Integer forraManad = null;
        String forraNamn = null;
        for (EkonomiskUppfoljningService.MedHistorik n : namnder) {
            EkonomiskUppfoljningService.ForraPunkten f = n.uppfoljning().forraPunkten();
            if (f != null) {
                forraManad = f.manad();
                forraNamn = f.namn();
            }
        }
        List<Namndgrupp> grupper = new ArrayList<>();
        int antalOver = 0;
        int antalRader = 0;
        for (EkonomiskUppfoljningService.MedHistorik n : namnder) {
            List<Rad> rader = rader(n, grans, forraManad);
            antalRader += rader.size();
            antalOver += (int) rader.stream().filter(Rad::overTroskeln).count();
            if (baraOver) {
                rader = rader.stream().filter(Rad::overTroskeln).toList();
            }
            if (!rader.isEmpty()) {
                grupper.add(new Namndgrupp(n.namndId(), n.namn(), rader));
            }
        }
        if (kolumn.isPresent()) {
            grupper = sorterade(grupper, kolumn.get(), fallande);
        }
        long valdId = punkt.getId();
        List<Punktval> val = alla.stream().map(p -> new Punktval(p.getId(), p.getNamn(), p.getId() == valdId)).toList();
        return new Oversikt(kommun.getScbKod(), kommun.getNamn(), val, valdId, punkt.getNamn(), punkt.getAr(),
                punkt.getManad(), forraNamn, forraManad, grans, fel, baraOver, kolumn.orElse(null),
                kolumn.isPresent() && fallande, grupper, antalOver, antalRader);
    }

    /** The latest point at which any forecast was made, or the latest point. */
    private Uppfoljningspunkt standardpunkt(Kommun kommun, List<Uppfoljningspunkt> nyastForst) {
        Set<Long> medPrognos = new HashSet<>(prognoser.punkterMedPrognos(kommun));
        return nyastForst.stream().filter(p -> medPrognos.contains(p.getId())).findFirst().orElse(nyastForst.get(0));
    }

    private static List<Rad> rader(EkonomiskUppfoljningService.MedHistorik n, BigDecimal troskel, Integer forraManad) {
        EkonomiskUppfoljning.Tabeller tabeller = n.uppfoljning().tabeller();
        List<Rad> rader = new ArrayList<>();
        for (EkonomiskUppfoljning.Rad r : tabeller.rader()) {
            long id = r.underlag().verksamhetId();
            List<Historikpunkt> historik = new ArrayList<>();
            Belopp forra = new Belopp(null);
            BigDecimal resultat = n.arsresultat().get(id);
            for (EkonomiskUppfoljningService.Prognosmanad m : n.historik()) {
                Driftuppfoljning.Belopp b = m.tabeller().rader().stream().filter(x -> x.underlag().verksamhetId() == id)
                        .map(EkonomiskUppfoljning.Rad::belopp).findFirst().orElse(null);
                if (b != null && b.prognos() != null) {
                    historik.add(punkt(m.manad(), b, resultat));
                }
                if (b != null && forraManad != null && m.manad() == forraManad) {
                    forra = new Belopp(b.arsavvikelse());
                }
            }
            Radslag slag = r.underlag().typ() == VerksamhetTyp.KOMMUNAL_ENHET ? Radslag.ENHET : Radslag.VERKSAMHET;
            rader.add(rad("v" + id, n.namn(), r.underlag().namn(), slag, r.belopp(), forra, troskel, historik, resultat));
        }
        List<Historikpunkt> historik = new ArrayList<>();
        Belopp forra = new Belopp(null);
        for (EkonomiskUppfoljningService.Prognosmanad m : n.historik()) {
            Driftuppfoljning.Belopp b = m.tabeller().summaInklKommunalaEnheter();
            if (b.prognos() != null) {
                historik.add(punkt(m.manad(), b, n.arsresultatSumma()));
            }
            if (forraManad != null && m.manad() == forraManad) {
                forra = new Belopp(b.arsavvikelse());
            }
        }
        rader.add(rad("n" + n.namndId(), n.namn(), n.namn(), Radslag.SUMMA, tabeller.summaInklKommunalaEnheter(), forra,
                troskel, historik, n.arsresultatSumma()));
        return rader;
    }

    private static Historikpunkt punkt(int manad, Driftuppfoljning.Belopp b, BigDecimal resultat) {
        return new Historikpunkt(manad, new Belopp(b.prognos()), new Belopp(b.arsavvikelse()),
                Harledning.traffsakerhetProcent(b.arsbudget(), b.prognos(), resultat).orElse(null));
    }

    private static Rad rad(String id, String namnd, String namn, Radslag slag, Driftuppfoljning.Belopp b, Belopp forra,
            BigDecimal troskel, List<Historikpunkt> historik, BigDecimal resultat) {
        boolean over = over(b.periodavvikelse(), b.periodiseradBudget(), troskel)
                || over(b.arsavvikelse(), b.arsbudget(), troskel);
        return new Rad(id, namnd, namn, slag, new Belopp(b.arsbudget()), new Belopp(b.periodiseradBudget()),
                new Belopp(b.redovisat()), new Belopp(b.periodavvikelse()), new Belopp(b.prognos()),
                new Belopp(b.arsavvikelse()), forra, over, List.copyOf(historik), new Belopp(resultat));
    }

    /** |avvikelse| > troskel % of |budget|; unknown deviations never exceed. */
    static boolean over(BigDecimal avvikelse, BigDecimal budget, BigDecimal troskel) {
        if (avvikelse == null || budget == null) {
            return false;
        }
        return avvikelse.abs().multiply(HUNDRA).compareTo(budget.abs().multiply(troskel)) > 0;
    }

    private static List<Namndgrupp> sorterade(List<Namndgrupp> grupper, Kolumn kolumn, boolean fallande) {
        Comparator<Rad> ordning = radordning(kolumn, fallande);
        List<Namndgrupp> sorterade = new ArrayList<>();
        for (Namndgrupp g : grupper) {
            List<Rad> verksamheter = new ArrayList<>(g.rader().stream().filter(r -> r.slag() != Radslag.SUMMA).toList());
            verksamheter.sort(ordning);
            g.rader().stream().filter(r -> r.slag() == Radslag.SUMMA).forEach(verksamheter::add);
            sorterade.add(new Namndgrupp(g.namndId(), g.namn(), List.copyOf(verksamheter)));
        }
        Function<Namndgrupp, Rad> summa = g -> g.rader().stream().filter(r -> r.slag() == Radslag.SUMMA).findFirst()
                .orElse(g.rader().get(0));
        sorterade.sort(Comparator.comparing(summa, ordning));
        return sorterade;
    }

    private static Comparator<Rad> radordning(Kolumn kolumn, boolean fallande) {
        if (kolumn == Kolumn.NAMN) {
            Collator svenska = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
            Comparator<Rad> namn = Comparator.comparing(Rad::namn, svenska);
            return fallande ? namn.reversed() : namn;
        }
        Comparator<BigDecimal> tal = fallande ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder();
        return Comparator.comparing((Rad r) -> r.varde(kolumn).kronor(), Comparator.nullsLast(tal));
    }
}
