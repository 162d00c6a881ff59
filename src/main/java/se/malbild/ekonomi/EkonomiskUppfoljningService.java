package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.organisation.VerksamhetTyp;
import se.malbild.redovisning.RedovisatPerManad;
import se.malbild.redovisning.RedovisningService;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.UppfoljningStatus;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.UppfoljningspunktRepository;

/**
 * Reads and computes a nämnd's economy follow-up at a point (no access checks: callers check): the follow-up budget
 * of the year (or, when none is imported, the internbudget's Budget column of that year), the actuals from the
 * finance system, the current forecasts, the investments; and from them, with {@link EkonomiskUppfoljning} and
 * {@link Driftuppfoljning}, the tables and the derived key figures. A fixed number of queries whatever the size.
 *
 * <p>Which verksamheter are rows: those with a budget for the year, and any other with actuals (this year up to the
 * point's month or last year) or a forecast; the budget's order first.
 */
@Service
@Transactional(readOnly = true)
public class EkonomiskUppfoljningService {

    /** The verksamhet whose costs the household key figures and the 12-month series are about. */
    public static final String EKONOMISKT_BISTAND = "EKONOMISKT_BISTAND";

    /** Where the budget comes from. */
    public enum Budgetkalla {
        /** Imported follow-up budget. */
        UPPFOLJNINGSBUDGET,
        /** The internbudget's Budget column of the year. */
        INTERNBUDGET,
        /** Neither exists. */
        SAKNAS
    }

    /** The previous follow-up point of the year and the deviations forecast then (null when no forecast was made). */
    public record ForraPunkten(long punktId, String namn, int manad, BigDecimal avvikelse, BigDecimal investeringsavvikelse) {
    }

    /** The comment of a current forecast; {@code verksamhet} null for the whole nämnd. */
    public record Prognoskommentar(String verksamhet, String kommentar) {
    }

    /** Whether "Träffsäkerhet i ekonomiprognos" could be computed, and if not, why. */
    public enum TraffsakerhetStatus {
        BERAKNAD, ARETS_REDOVISNING_SAKNAS, PROGNOS_SAKNAS, BUDGET_SAKNAS
    }

    /** "Träffsäkerhet i ekonomiprognos" at a point: the percentage when computed, with the amounts it rests on. */
    public record Traffsakerhet(TraffsakerhetStatus status, BigDecimal procent, BigDecimal budget, BigDecimal prognos,
            BigDecimal arsresultat) {
    }

    /**
     * Everything the economy page of a point shows, exact, in kronor.
     *
     * @param redovisatFinns         whether the nämnd has any actuals for January up to the point's month
     * @param bokslutForegaendeArFinns whether last year's actuals cover all twelve months
     * @param ekonomisktBistand      the net cost of {@link #EKONOMISKT_BISTAND} January up to the month, null without
     *                               actuals or without such a verksamhet
     * @param investeringskommentarer the comments of the investments' current forecasts, by the investment's name
     */
    public record Uppfoljning(long namndId, int ar, int manad, Budgetkalla budgetkalla, EkonomiskUppfoljning.Tabeller tabeller,
            ForraPunkten forraPunkten, List<EkonomiskUppfoljning.Investering> investeringar,
            EkonomiskUppfoljning.Investering investeringarSumma, boolean redovisatFinns, boolean bokslutForegaendeArFinns,
            Traffsakerhet traffsakerhet, BigDecimal ekonomisktBistand, List<Harledning.Tolvmanaderspunkt> tolvManader,
            List<Prognoskommentar> prognoskommentarer, List<Prognoskommentar> investeringskommentarer) {

        /** "Avvikelse mot budget, %" for the period, including the internal units. */
        public Optional<BigDecimal> avvikelseMotBudgetProcent() {
            return tabeller.avvikelseProcent();
        }
    }

    /** The economy page of a point: whose, its status, what the user may do, and the follow-up itself. */
    public record Sida(long namndId, String namnd, String kommun, long punktId, String punkt, int ar, int manad,
            UppfoljningStatus status, boolean farSkrivaPrognos, boolean farImporteraBudget, Uppfoljning uppfoljning) {

        public boolean redigerbar() {
            return status == UppfoljningStatus.OPPEN;
        }
    }

    private final UppfoljningAtkomst atkomst;
    private final Ekonomibehorighet behorighet;
    private final VerksamhetRepository verksamheter;
    private final UppfoljningsbudgetRepository budgetar;
    private final BudgetpostRepository budgetposter;
    private final DriftbudgetVaravRepository budgetvarav;
    private final PrognosRepository prognoser;
    private final InvesteringsobjektRepository investeringsobjekt;
    private final InvesteringsprognosRepository investeringsprognoser;
    private final UppfoljningspunktRepository punkter;
    private final RedovisningService redovisning;
    private final KommunensOrganisation kommunensData;

    EkonomiskUppfoljningService(UppfoljningAtkomst atkomst, Ekonomibehorighet behorighet,
            VerksamhetRepository verksamheter, UppfoljningsbudgetRepository budgetar,
            BudgetpostRepository budgetposter, DriftbudgetVaravRepository budgetvarav, PrognosRepository prognoser,
            InvesteringsobjektRepository investeringsobjekt, InvesteringsprognosRepository investeringsprognoser,
            UppfoljningspunktRepository punkter, RedovisningService redovisning, KommunensOrganisation kommunensData) {
        this.atkomst = atkomst;
        this.behorighet = behorighet;
        this.verksamheter = verksamheter;
        this.budgetar = budgetar;
        this.budgetposter = budgetposter;
        this.budgetvarav = budgetvarav;
        this.prognoser = prognoser;
        this.investeringsobjekt = investeringsobjekt;
        this.investeringsprognoser = investeringsprognoser;
        this.punkter = punkter;
        this.redovisning = redovisning;
        this.kommunensData = kommunensData;
    }

    /**
     * The economy page: 404 for an unknown nämnd or another municipality's point, 403 for a registrator of another
     * nämnd.
     */
    public Sida sida(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Uppfoljningspunkt punkt = ratt.punkt();
        return new Sida(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn(), punkt.getId(), punkt.getNamn(),
                punkt.getAr(), punkt.getManad(), ratt.status(), behorighet.farSkrivaPrognos(namnd),
                behorighet.farImporteraBudget(), las(namnd, punkt));
    }

    /** The economy follow-up of the nämnd at the point; the point must be of the nämnd's municipality. */
    public Uppfoljning las(Namnd namnd, Uppfoljningspunkt punkt) {
        int ar = punkt.getAr();
        List<Uppfoljningsbudget> uppfoljningsbudget = budgetar.findByNamndAndAr(namnd, ar);
        Budget budget = uppfoljningsbudget.isEmpty()
                ? budget(uppfoljningsbudget, budgetposter.findByNamndAndPlanAr(namnd, ar),
                        budgetvarav.findByNamndAndPlanAr(namnd, ar), ar)
                : budget(uppfoljningsbudget, List.of(), List.of(), ar);
        Indata indata = new Indata(namnd, verksamheter.findByNamndOrderByOrdning(namnd), budget,
                new Redovisat(redovisning.perManad(namnd, YearMonth.of(ar - 2, 1), YearMonth.of(ar, 12))),
                new Prognoser(prognoser.findByNamndAndAr(namnd, ar)),
                investeringsobjekt.findByNamndAndArOrderByOrdning(namnd, ar),
                investeringsprognoser.findByNamndAndAr(namnd, ar));
        return berakna(indata, punkt, forraPunkten(punkt));
    }

    /**
     * The economy follow-up of every nämnd of the municipality at the point, by nämnd id (nämnder in name order),
     * computed exactly as {@link #las} does, from inputs loaded once for the whole municipality: a fixed number of
     * SQL statements however many nämnder there are.
     */
    public Map<Long, Uppfoljning> lasAlla(Kommun kommun, Uppfoljningspunkt punkt) {
        Map<Long, Indata> indata = kommunensIndata(kommun, punkt);
        Optional<Uppfoljningspunkt> forra = forraPunkten(punkt);
        Map<Long, Uppfoljning> resultat = new LinkedHashMap<>();
        indata.forEach((id, d) -> resultat.put(id, berakna(d, punkt, forra)));
        return resultat;
    }

    /**
     * One month's current forecasts of a nämnd, computed into the tables as at the point (same budget and actuals,
     * that month's forecasts): the rows' and the total's year deviation as forecast then.
     */
    public record Prognosmanad(int manad, EkonomiskUppfoljning.Tabeller tabeller) {
    }

    /**
     * A nämnd's follow-up at a point with how its forecasts moved through the year, and the year's result per
     * verksamhet (net, kronor) once all twelve months of actuals exist (then {@code arsresultat} holds every row and
     * {@code arsresultatSumma} the total including the internal units; otherwise empty and null).
     */
    public record MedHistorik(long namndId, String kod, String namn, Uppfoljning uppfoljning, List<Prognosmanad> historik,
            Map<Long, BigDecimal> arsresultat, BigDecimal arsresultatSumma) {
    }

    /**
     * Every nämnd of the municipality at the point (in name order) with its forecast history: the months up to the
     * point's in which the nämnd made any forecast. The same fixed number of SQL statements as {@link #lasAlla}.
     */
    public List<MedHistorik> lasAllaMedHistorik(Kommun kommun, Uppfoljningspunkt punkt) {
        Map<Long, Indata> indata = kommunensIndata(kommun, punkt);
        Optional<Uppfoljningspunkt> forra = forraPunkten(punkt);
        List<MedHistorik> alla = new ArrayList<>();
        for (Indata d : indata.values()) {
            Uppfoljning uppfoljning = berakna(d, punkt, forra);
            int ar = punkt.getAr();
            int manad = punkt.getManad();
            List<EkonomiskUppfoljning.Underlag> underlag = uppfoljning.tabeller().rader().stream()
                    .map(EkonomiskUppfoljning.Rad::underlag).toList();
            List<Prognosmanad> historik = new ArrayList<>();
            for (int m = 1; m <= manad; m++) {
                int prognosmanad = m;
                if (!d.aktuella().verksamheter(m).isEmpty() || d.aktuella().senaste(null, m) != null) {
                    List<EkonomiskUppfoljning.Underlag> medPrognos = underlag.stream()
                            .map(u -> u.medPrognos(d.aktuella().senaste(u.verksamhetId(), prognosmanad))).toList();
                    historik.add(new Prognosmanad(m, EkonomiskUppfoljning.berakna(medPrognos, manad,
                            netto(d.aktuella().senaste(null, m)), d.budget().varav)));
                }
            }
            Map<Long, BigDecimal> arsresultat = new HashMap<>();
            BigDecimal summa = null;
            if (d.redovisat().heltAr(ar)) {
                summa = BigDecimal.ZERO;
                for (EkonomiskUppfoljning.Underlag u : underlag) {
                    BigDecimal resultat = netto(d.redovisat().summa(u.verksamhetId(), ar, 1, 12));
                    arsresultat.put(u.verksamhetId(), resultat);
                    if (u.typ() != VerksamhetTyp.MALPROGNOS) {
                        summa = summa.add(resultat);
                    }
                }
            }
            alla.add(new MedHistorik(d.namnd().getId(), d.namnd().getKod(), d.namnd().getNamn(), uppfoljning, historik,
                    arsresultat, summa));
        }
        return alla;
    }

    /** Each nämnd's inputs of the point's year, loaded for the whole municipality at once. */
    private Map<Long, Indata> kommunensIndata(Kommun kommun, Uppfoljningspunkt punkt) {
        if (!punkt.getKommun().getId().equals(kommun.getId())) {
            throw new IllegalArgumentException("Uppföljningspunkten hör till en annan kommun");
        }
        int ar = punkt.getAr();
        List<Namnd> namnder = kommunensData.namnder(kommun);
        Map<Long, List<Verksamhet>> verksamheterPerNamnd = new HashMap<>();
        Map<Long, Long> namndAvVerksamhet = new HashMap<>();
        for (Verksamhet v : kommunensData.verksamheter(kommun)) {
            Long namndId = v.getNamnd().getId();
            verksamheterPerNamnd.computeIfAbsent(namndId, n -> new ArrayList<>()).add(v);
            namndAvVerksamhet.put(v.getId(), namndId);
        }
        Map<Long, List<Uppfoljningsbudget>> uppfoljningsbudget = grupperade(budgetar.findByKommunAndAr(kommun, ar),
                b -> namndAvVerksamhet.get(b.getVerksamhet().getId()));
        Map<Long, List<Budgetpost>> poster = grupperade(budgetposter.findByKommunAndPlanAr(kommun, ar),
                b -> namndAvVerksamhet.get(b.getVerksamhet().getId()));
        Map<Long, List<DriftbudgetVarav>> varav = grupperade(budgetvarav.findByKommunAndPlanAr(kommun, ar),
                v -> v.getNamnd().getId());
        Map<Long, List<RedovisatPerManad>> redovisat = grupperade(
                redovisning.perManad(kommun, YearMonth.of(ar - 2, 1), YearMonth.of(ar, 12)),
                r -> namndAvVerksamhet.get(r.verksamhetId()));
        Map<Long, List<Prognos>> prognoserPerNamnd = grupperade(prognoser.findByKommunAndAr(kommun, ar),
                p -> p.getNamnd().getId());
        Map<Long, List<Investeringsobjekt>> objekt = grupperade(investeringsobjekt.findByKommunAndAr(kommun, ar),
                o -> o.getNamnd().getId());
        Map<Long, List<Investeringsprognos>> investeringsrader = grupperade(
                investeringsprognoser.findByKommunAndAr(kommun, ar), p -> p.getObjekt().getNamnd().getId());
        Map<Long, Indata> indata = new LinkedHashMap<>();
        for (Namnd namnd : namnder) {
            Long id = namnd.getId();
            List<Uppfoljningsbudget> ub = uppfoljningsbudget.getOrDefault(id, List.of());
            Budget budget = ub.isEmpty()
                    ? budget(ub, poster.getOrDefault(id, List.of()), varav.getOrDefault(id, List.of()), ar)
                    : budget(ub, List.of(), List.of(), ar);
            indata.put(id, new Indata(namnd, verksamheterPerNamnd.getOrDefault(id, List.of()), budget,
                    new Redovisat(redovisat.getOrDefault(id, List.of())),
                    new Prognoser(prognoserPerNamnd.getOrDefault(id, List.of())), objekt.getOrDefault(id, List.of()),
                    investeringsrader.getOrDefault(id, List.of())));
        }
        return indata;
    }

    private static <T> Map<Long, List<T>> grupperade(List<T> rader, java.util.function.Function<T, Long> namnd) {
        Map<Long, List<T>> grupper = new HashMap<>();
        for (T rad : rader) {
            Long id = namnd.apply(rad);
            if (id != null) {
                grupper.computeIfAbsent(id, n -> new ArrayList<>()).add(rad);
            }
        }
        return grupper;
    }

    /**
     * One nämnd's inputs of the year: its verksamheter in their order, the budget, the actuals of the year and the two
     * before it, every forecast of the year, the investment objects and their forecasts.
     */
    private record Indata(Namnd namnd, List<Verksamhet> verksamheter, Budget budget, Redovisat redovisat,
            Prognoser aktuella, List<Investeringsobjekt> objekt, List<Investeringsprognos> investeringsrader) {
    }

    /** The one computation of a nämnd's follow-up from its inputs, shared by {@link #las} and {@link #lasAlla}. */
    private static Uppfoljning berakna(Indata indata, Uppfoljningspunkt punkt, Optional<Uppfoljningspunkt> forra) {
        Namnd namnd = indata.namnd();
        Budget budget = indata.budget();
        Redovisat redovisat = indata.redovisat();
        Prognoser aktuella = indata.aktuella();
        List<Investeringsobjekt> objekt = indata.objekt();
        List<Investeringsprognos> investeringsrader = indata.investeringsrader();
        int ar = punkt.getAr();
        int manad = punkt.getManad();

        List<Verksamhet> rader = rader(indata.verksamheter(), budget, redovisat, aktuella, ar,
                manad, forra.map(Uppfoljningspunkt::getManad).orElse(null));
        List<EkonomiskUppfoljning.Underlag> underlag = rader.stream()
                .map(v -> new EkonomiskUppfoljning.Underlag(v.getId(), v.getKod(), v.getNamn(), v.getTyp(),
                        budget.belopp.getOrDefault(v.getId(), EkonomiskUppfoljning.Nettobelopp.netto(BigDecimal.ZERO)),
                        budget.profil.getOrDefault(v.getId(), Map.of()),
                        redovisat.summa(v.getId(), ar, 1, manad), redovisat.summa(v.getId(), ar - 1, 1, manad),
                        aktuella.senaste(v.getId(), manad), redovisat.helAr(v.getId(), ar - 1)))
                .toList();
        EkonomiskUppfoljning.Tabeller tabeller = EkonomiskUppfoljning.berakna(underlag, manad,
                netto(aktuella.senaste(null, manad)), budget.varav);

        List<EkonomiskUppfoljning.Investering> investeringar = investeringar(objekt, investeringsrader, manad);

        ForraPunkten forraPunkten = forra.map(p -> {
            List<EkonomiskUppfoljning.Underlag> medForra = underlag.stream()
                    .map(u -> u.medPrognos(aktuella.senaste(u.verksamhetId(), p.getManad()))).toList();
            BigDecimal avvikelse = EkonomiskUppfoljning.berakna(medForra, manad,
                    netto(aktuella.senaste(null, p.getManad()))).summaInklKommunalaEnheter().arsavvikelse();
            BigDecimal investeringsavvikelse = objekt.isEmpty() ? null
                    : EkonomiskUppfoljning.summa(investeringar(objekt, investeringsrader, p.getManad())).avvikelse();
            return new ForraPunkten(p.getId(), p.getNamn(), p.getManad(), avvikelse, investeringsavvikelse);
        }).orElse(null);

        Long bistand = rader.stream().filter(v -> EKONOMISKT_BISTAND.equals(v.getKod())).map(Verksamhet::getId)
                .findFirst().orElse(null);
        List<Harledning.Tolvmanaderspunkt> tolvManader = bistand == null ? List.of()
                : Harledning.rullandeTolvManader(redovisat.nettoPerManad(bistand), redovisat.manader,
                        YearMonth.of(ar, manad), 12);
        BigDecimal bistandsnetto = bistand == null ? null : netto(redovisat.summa(bistand, ar, 1, manad));

        return new Uppfoljning(namnd.getId(), ar, manad, budget.kalla, tabeller, forraPunkten, investeringar,
                EkonomiskUppfoljning.summa(investeringar), redovisat.finns(ar, 1, manad), redovisat.heltAr(ar - 1),
                traffsakerhet(tabeller, redovisat, underlag, ar), bistandsnetto, tolvManader,
                kommentarer(rader, aktuella, manad), investeringskommentarer(objekt, investeringsrader, manad));
    }

    private static List<Prognoskommentar> investeringskommentarer(List<Investeringsobjekt> objekt,
            List<Investeringsprognos> prognoser, int manad) {
        Map<Long, Investeringsprognos> senaste = senasteInvesteringsprognoser(prognoser, manad);
        List<Prognoskommentar> kommentarer = new ArrayList<>();
        for (Investeringsobjekt o : objekt) {
            Investeringsprognos p = senaste.get(o.getId());
            if (p != null && p.getKommentar() != null && !p.getKommentar().isBlank()) {
                kommentarer.add(new Prognoskommentar(o.getNamn(), p.getKommentar()));
            }
        }
        return kommentarer;
    }

    private static List<Prognoskommentar> kommentarer(List<Verksamhet> rader, Prognoser prognoser, int manad) {
        List<Prognoskommentar> kommentarer = new ArrayList<>();
        for (Verksamhet v : rader) {
            String kommentar = prognoser.kommentar(v.getId(), manad);
            if (kommentar != null) {
                kommentarer.add(new Prognoskommentar(v.getNamn(), kommentar));
            }
        }
        String namndens = prognoser.kommentar(null, manad);
        if (namndens != null) {
            kommentarer.add(new Prognoskommentar(null, namndens));
        }
        return kommentarer;
    }

    /** The forecast deviation at the point against the year's result, once the year's actuals are complete. */
    private static Traffsakerhet traffsakerhet(EkonomiskUppfoljning.Tabeller tabeller, Redovisat redovisat,
            List<EkonomiskUppfoljning.Underlag> underlag, int ar) {
        BigDecimal budget = tabeller.summaInklKommunalaEnheter().arsbudget();
        BigDecimal prognos = tabeller.summaInklKommunalaEnheter().prognos();
        BigDecimal resultat = null;
        if (redovisat.heltAr(ar)) {
            resultat = underlag.stream().filter(u -> u.typ() != VerksamhetTyp.MALPROGNOS)
                    .map(u -> netto(redovisat.summa(u.verksamhetId(), ar, 1, 12)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        TraffsakerhetStatus status = resultat == null ? TraffsakerhetStatus.ARETS_REDOVISNING_SAKNAS
                : prognos == null ? TraffsakerhetStatus.PROGNOS_SAKNAS
                : budget == null || budget.signum() == 0 ? TraffsakerhetStatus.BUDGET_SAKNAS
                : TraffsakerhetStatus.BERAKNAD;
        return new Traffsakerhet(status, Harledning.traffsakerhetProcent(budget, prognos, resultat).orElse(null), budget,
                prognos, resultat);
    }

    /** The latest point of the same year before this one, if any. */
    Optional<Uppfoljningspunkt> forraPunkten(Uppfoljningspunkt punkt) {
        return punkter.findByKommun(punkt.getKommun()).stream()
                .filter(p -> p.getAr() == punkt.getAr() && p.getManad() < punkt.getManad())
                .max(Comparator.comparingInt(Uppfoljningspunkt::getManad));
    }

    /** The year's budget per verksamhet id, with profiles and the order the budget gives. */
    private record Budget(Budgetkalla kalla, Map<Long, EkonomiskUppfoljning.Nettobelopp> belopp,
            Map<Long, Map<Integer, BigDecimal>> profil, Map<Long, Integer> ordning, EkonomiskUppfoljning.Nettobelopp varav) {
    }

    private static Budget budget(List<Uppfoljningsbudget> uppfoljning, List<Budgetpost> internbudget,
            List<DriftbudgetVarav> internbudgetensVarav, int ar) {
        Map<Long, EkonomiskUppfoljning.Nettobelopp> belopp = new HashMap<>();
        Map<Long, Map<Integer, BigDecimal>> profil = new HashMap<>();
        Map<Long, Integer> ordning = new HashMap<>();
        if (!uppfoljning.isEmpty()) {
            for (Uppfoljningsbudget b : uppfoljning) {
                belopp.put(b.getVerksamhet().getId(), b.belopp());
                profil.put(b.getVerksamhet().getId(), b.getProfil());
                ordning.put(b.getVerksamhet().getId(), b.getOrdning());
            }
            return new Budget(Budgetkalla.UPPFOLJNINGSBUDGET, belopp, profil, ordning, null);
        }
        Kolumn budgetkolumn = new Kolumn(ar, Kolumntyp.BUDGET);
        for (Budgetpost post : internbudget) {
            if (post.getKolumn().equals(budgetkolumn) && post.getNetto() != null) {
                belopp.put(post.getVerksamhet().getId(), post.getFordelning()
                        .map(f -> new EkonomiskUppfoljning.Nettobelopp(post.getNetto(), f.kostnader(), f.intakter()))
                        .orElse(EkonomiskUppfoljning.Nettobelopp.netto(post.getNetto())));
            }
        }
        EkonomiskUppfoljning.Nettobelopp varav = internbudgetensVarav.stream()
                .filter(v -> v.getKolumn().equals(budgetkolumn) && v.getKostnader() != null && v.getIntakter() != null)
                .map(v -> EkonomiskUppfoljning.Nettobelopp.fordelat(v.getKostnader(), v.getIntakter()))
                .findFirst().orElse(null);
        return new Budget(belopp.isEmpty() ? Budgetkalla.SAKNAS : Budgetkalla.INTERNBUDGET, belopp, profil, ordning, varav);
    }

    private static List<Verksamhet> rader(List<Verksamhet> alla, Budget budget, Redovisat redovisat, Prognoser prognoser,
            int ar, int manad, Integer forraManad) {
        Set<Long> med = new HashSet<>(budget.belopp.keySet());
        med.addAll(redovisat.verksamheter(ar, manad));
        med.addAll(prognoser.verksamheter(manad));
        if (forraManad != null) {
            med.addAll(prognoser.verksamheter(forraManad));
        }
        return alla.stream().filter(v -> med.contains(v.getId()))
                .sorted(Comparator.comparing((Verksamhet v) -> budget.ordning.getOrDefault(v.getId(), Integer.MAX_VALUE))
                        .thenComparingInt(Verksamhet::getOrdning).thenComparing(Verksamhet::getId))
                .toList();
    }

    private static List<EkonomiskUppfoljning.Investering> investeringar(List<Investeringsobjekt> objekt,
            List<Investeringsprognos> prognoser, int manad) {
        Map<Long, Investeringsprognos> senaste = senasteInvesteringsprognoser(prognoser, manad);
        return objekt.stream().map(o -> {
            Investeringsprognos p = senaste.get(o.getId());
            return new EkonomiskUppfoljning.Investering(o.getKod(), o.getNamn(), o.getRam(),
                    p == null ? null : p.varden().redovisatUtgifter(), p == null ? null : p.varden().redovisatInkomster(),
                    p == null ? null : p.varden().prognosUtgifter(), p == null ? null : p.varden().prognosInkomster());
        }).toList();
    }

    /** The current forecast of each investment object at the month: the highest löpnummer. */
    private static Map<Long, Investeringsprognos> senasteInvesteringsprognoser(List<Investeringsprognos> prognoser,
            int manad) {
        Map<Long, Investeringsprognos> senaste = new HashMap<>();
        for (Investeringsprognos p : prognoser) {
            if (p.getManad() == manad) {
                senaste.merge(p.getObjekt().getId(), p, (a, b) -> a.getLopnummer() >= b.getLopnummer() ? a : b);
            }
        }
        return senaste;
    }

    private static BigDecimal netto(EkonomiskUppfoljning.Nettobelopp belopp) {
        return belopp == null ? null : belopp.netto();
    }

    /** The current forecast per verksamhet (null key: the whole nämnd) and month: the highest löpnummer. */
    static final class Prognoser {

        private final Map<String, Prognos> senaste = new HashMap<>();

        Prognoser(List<Prognos> alla) {
            for (Prognos p : alla) {
                senaste.merge(nyckel(p.verksamhetId(), p.getManad()), p,
                        (a, b) -> a.getLopnummer() >= b.getLopnummer() ? a : b);
            }
        }

        EkonomiskUppfoljning.Nettobelopp senaste(Long verksamhetId, int manad) {
            Prognos p = senaste.get(nyckel(verksamhetId, manad));
            return p == null ? null : p.belopp();
        }

        String kommentar(Long verksamhetId, int manad) {
            Prognos p = senaste.get(nyckel(verksamhetId, manad));
            return p == null || p.getKommentar() == null || p.getKommentar().isBlank() ? null : p.getKommentar();
        }

        Set<Long> verksamheter(int manad) {
            return senaste.values().stream().filter(p -> p.getManad() == manad && p.verksamhetId() != null)
                    .map(Prognos::verksamhetId).collect(Collectors.toSet());
        }

        private static String nyckel(Long verksamhetId, int manad) {
            return verksamhetId + "|" + manad;
        }
    }

    /** The nämnd's actuals per verksamhet and month, and which months have actuals at all. */
    private static final class Redovisat {

        private final Map<Long, Map<YearMonth, RedovisatPerManad>> perVerksamhet = new HashMap<>();
        private final Set<YearMonth> manader = new HashSet<>();

        Redovisat(List<RedovisatPerManad> rader) {
            for (RedovisatPerManad r : rader) {
                perVerksamhet.computeIfAbsent(r.verksamhetId(), id -> new TreeMap<>()).put(r.period(), r);
                manader.add(r.period());
            }
        }

        boolean finns(int ar, int fran, int till) {
            for (int m = fran; m <= till; m++) {
                if (manader.contains(YearMonth.of(ar, m))) {
                    return true;
                }
            }
            return false;
        }

        boolean heltAr(int ar) {
            for (int m = 1; m <= 12; m++) {
                if (!manader.contains(YearMonth.of(ar, m))) {
                    return false;
                }
            }
            return true;
        }

        /** Costs and income of months {@code fran..till}; null when the nämnd has no actuals in any of them. */
        EkonomiskUppfoljning.Nettobelopp summa(long verksamhetId, int ar, int fran, int till) {
            if (!finns(ar, fran, till)) {
                return null;
            }
            BigDecimal kostnader = BigDecimal.ZERO;
            BigDecimal intakter = BigDecimal.ZERO;
            for (RedovisatPerManad r : perVerksamhet.getOrDefault(verksamhetId, Map.of()).values()) {
                if (r.ar() == ar && r.manad() >= fran && r.manad() <= till) {
                    kostnader = kostnader.add(r.kostnader());
                    intakter = intakter.add(r.intakter());
                }
            }
            return EkonomiskUppfoljning.Nettobelopp.fordelat(kostnader, intakter);
        }

        /** The whole year, only when every month of it has actuals. */
        EkonomiskUppfoljning.Nettobelopp helAr(long verksamhetId, int ar) {
            return heltAr(ar) ? summa(verksamhetId, ar, 1, 12) : null;
        }

        Set<Long> verksamheter(int ar, int manad) {
            return perVerksamhet.entrySet().stream()
                    .filter(e -> e.getValue().keySet().stream().anyMatch(p -> (p.getYear() == ar && p.getMonthValue() <= manad)
                            || p.getYear() == ar - 1))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
        }

        Map<YearMonth, BigDecimal> nettoPerManad(long verksamhetId) {
            Map<YearMonth, BigDecimal> netto = new LinkedHashMap<>();
            perVerksamhet.getOrDefault(verksamhetId, Map.of()).forEach((p, r) -> netto.put(p, r.netto()));
            return netto;
        }
    }
}
