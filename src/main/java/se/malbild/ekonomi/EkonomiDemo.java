package se.malbild.ekonomi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.redovisning.RedovisningImportService;
import se.malbild.redovisning.RedovisningService;
import se.malbild.redovisning.Teckenkodning;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.UppfoljningspunktRepository;

/**
 * The economy of seed 001's follow-up per 31 augusti 2022 for Linköping's Arbetsmarknadsnämnd, loaded through the
 * same import and entry services users use (as the user {@value #ANVANDARE}): the follow-up budget 2022 (six
 * verksamheter, the units' monthly profile, two investment frames), the forecasts of March (whole nämnd, −10 000),
 * July (−5 500) and August (per verksamhet), the investments, and last year's actuals for September–December 2021 so
 * that "Bokslut 2021" and the 12-month series can be computed. The files are {@code src/main/resources/demo/
 * linkoping-an-uppfoljning-2022.*}.
 */
@Service
public class EkonomiDemo {

    public static final String ANVANDARE = "demodata";
    static final String BUDGET = "/demo/linkoping-an-uppfoljning-2022.budget.csv";
    static final String PROGNOSER = "/demo/linkoping-an-uppfoljning-2022.prognoser.csv";
    static final String INVESTERINGAR = "/demo/linkoping-an-uppfoljning-2022.investeringar.csv";
    static final String REDOVISAT_2021 = "/demo/linkoping-an-uppfoljning-2022.redovisat-2021-sep-dec.csv";

    private static final Logger log = LoggerFactory.getLogger(EkonomiDemo.class);

    private final NamndRepository namnder;
    private final UppfoljningspunktRepository punkter;
    private final VerksamhetRepository verksamheter;
    private final InvesteringsobjektRepository investeringsobjekt;
    private final BudgetImportService budgetimport;
    private final PrognosService prognoser;
    private final RedovisningImportService redovisningsimport;
    private final RedovisningService redovisning;

    EkonomiDemo(NamndRepository namnder, UppfoljningspunktRepository punkter, VerksamhetRepository verksamheter,
            InvesteringsobjektRepository investeringsobjekt, BudgetImportService budgetimport, PrognosService prognoser,
            RedovisningImportService redovisningsimport, RedovisningService redovisning) {
        this.namnder = namnder;
        this.punkter = punkter;
        this.verksamheter = verksamheter;
        this.investeringsobjekt = investeringsobjekt;
        this.budgetimport = budgetimport;
        this.prognoser = prognoser;
        this.redovisningsimport = redovisningsimport;
        this.redovisning = redovisning;
    }

    /**
     * Loads the economy follow-up of 2022 for the nämnd (Linköping, AN). Needs the follow-up points of 2022 that the
     * forecasts belong to (months 3 and 8; July's forecast goes to the August point). Creates the six verksamheter of
     * seed 001 that the nämnd lacks, so it may run before the account mapping and actuals are loaded; the actuals of
     * September–December 2021 are imported only when the nämnd already has actuals for 2022 (its mapping is in place),
     * otherwise skipped with a log line. Run once, on a nämnd without forecasts for 2022.
     *
     * @param augusti the follow-up point per 31 August 2022 of the nämnd's municipality
     */
    @Transactional
    public void lasIn(Namnd namnd, Uppfoljningspunkt augusti) {
        Namnd n = namnder.findById(namnd.getId())
                .orElseThrow(() -> new NotFoundException("Nämnden " + namnd.getId() + " finns inte"));
        Uppfoljningspunkt punkt = punkter.findById(augusti.getId())
                .orElseThrow(() -> new NotFoundException("Uppföljningspunkten " + augusti.getId() + " finns inte"));
        int ar = punkt.getAr();
        budgetimport.importera(n, ar, las(BUDGET), "linkoping-an-uppfoljning-2022.budget.csv", ANVANDARE);
        if (redovisning.perManad(n, YearMonth.of(ar, 1), YearMonth.of(ar, 12)).isEmpty()) {
            log.warn("Nämnd {} har inget redovisat för {}: redovisat september–december {} läses inte in (läs in "
                    + "mappningen och redovisat först).", n.getId(), ar, ar - 1);
        } else {
            redovisningsimport.importera(n.getId(), las(REDOVISAT_2021),
                    "linkoping-an-uppfoljning-2022.redovisat-2021-sep-dec.csv", Teckenkodning.UTF_8, ANVANDARE);
        }
        Map<String, Long> verksamhetPerKod = verksamheter.findByNamndOrderByOrdning(n).stream()
                .collect(Collectors.toMap(Verksamhet::getKod, Verksamhet::getId));
        Map<String, Long> objektPerKod = investeringsobjekt.findByNamndAndArOrderByOrdning(n, ar).stream()
                .collect(Collectors.toMap(Investeringsobjekt::getKod, Investeringsobjekt::getId));
        Map<Integer, List<PrognosService.Inmatning>> driftPerManad = new TreeMap<>();
        for (List<String> f : rader(PROGNOSER)) {
            Long verksamhet = f.get(1).isBlank() ? null : id(verksamhetPerKod, f.get(1));
            driftPerManad.computeIfAbsent(Integer.parseInt(f.get(0)), m -> new ArrayList<>())
                    .add(new PrognosService.Inmatning(verksamhet, f.get(2), f.get(3), f.get(4), f.get(5), null, false));
        }
        Map<Integer, List<PrognosService.Investeringsinmatning>> investeringarPerManad = new TreeMap<>();
        for (List<String> f : rader(INVESTERINGAR)) {
            investeringarPerManad.computeIfAbsent(Integer.parseInt(f.get(0)), m -> new ArrayList<>())
                    .add(new PrognosService.Investeringsinmatning(id(objektPerKod, f.get(1)), f.get(2), f.get(3), f.get(4),
                            f.get(5), f.get(6), null, false));
        }
        List<Uppfoljningspunkt> arets = punkter.findByKommun(punkt.getKommun()).stream()
                .filter(p -> p.getAr() == ar && p.getManad() <= punkt.getManad())
                .sorted(Comparator.comparingInt(Uppfoljningspunkt::getManad)).toList();
        for (int manad = 1; manad <= punkt.getManad(); manad++) {
            List<PrognosService.Inmatning> drift = driftPerManad.getOrDefault(manad, List.of());
            List<PrognosService.Investeringsinmatning> inv = investeringarPerManad.getOrDefault(manad, List.of());
            if (drift.isEmpty() && inv.isEmpty()) {
                continue;
            }
            int m = manad;
            Uppfoljningspunkt vid = arets.stream().filter(p -> p.getManad() >= m).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Ingen uppföljningspunkt " + ar + " för månad " + m));
            PrognosService.Resultat resultat = prognoser.spara(n, vid, manad, drift, inv, ANVANDARE);
            if (!resultat.lyckades()) {
                throw new IllegalStateException("Demoprognoserna för månad " + manad + " kunde inte sparas: "
                        + resultat.fel() + resultat.konflikter());
            }
        }
        log.info("Ekonomisk uppföljning {} för {} inläst: uppföljningsbudget, prognoser och investeringar.", ar, n.getNamn());
    }

    private static Long id(Map<String, Long> perKod, String kod) {
        Long id = perKod.get(kod);
        if (id == null) {
            throw new IllegalStateException("Demofilen nämner " + kod + ", som nämnden saknar");
        }
        return id;
    }

    /** The data lines of a demo file: comments, the header and empty lines skipped; fields split on semicolons. */
    private static List<List<String>> rader(String resurs) {
        String text = new String(las(resurs), StandardCharsets.UTF_8);
        List<List<String>> rader = new ArrayList<>();
        boolean rubrik = true;
        for (String rad : text.split("\r?\n")) {
            if (rad.isBlank() || rad.startsWith("#")) {
                continue;
            }
            if (rubrik) {
                rubrik = false;
                continue;
            }
            rader.add(Budgetfil.delaUpp(rad).stream().map(String::strip).toList());
        }
        return rader;
    }

    private static byte[] las(String resurs) {
        try (InputStream in = EkonomiDemo.class.getResourceAsStream(resurs)) {
            if (in == null) {
                throw new IllegalStateException("Demofilen " + resurs + " saknas");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
