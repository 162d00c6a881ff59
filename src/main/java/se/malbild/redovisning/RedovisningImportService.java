package se.malbild.redovisning;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.revision.Revisionslogg;

/**
 * Imports a nämnd's actuals from a SIE 4 or CSV file (the form is recognised from the content), all or nothing: a file
 * with any error, or with balances the mapping does not cover, is refused with every problem and its line number, and
 * nothing is written. Otherwise the months present in the file replace the nämnd's actuals for exactly those months,
 * every changed value goes into the audit trail, and the import is logged with its file's hash.
 */
@Service
public class RedovisningImportService {

    /** The audit trail's object type for an actual of one verksamhet and month. */
    public static final String OBJEKTTYP = "redovisat";

    private static final Logger log = LoggerFactory.getLogger(RedovisningImportService.class);

    private final NamndRepository namnder;
    private final VerksamhetRepository verksamheter;
    private final MappningService mappningar;
    private final RedovisatRepository redovisat;
    private final RedovisningImportRepository importer;
    private final Revisionslogg revisionslogg;
    private final Clock klocka;

    RedovisningImportService(NamndRepository namnder, VerksamhetRepository verksamheter, MappningService mappningar,
            RedovisatRepository redovisat, RedovisningImportRepository importer, Revisionslogg revisionslogg) {
        this.namnder = namnder;
        this.verksamheter = verksamheter;
        this.mappningar = mappningar;
        this.redovisat = redovisat;
        this.importer = importer;
        this.revisionslogg = revisionslogg;
        this.klocka = Clock.systemUTC();
    }

    /**
     * @param teckenkodning the uploader's choice, or {@link Teckenkodning#AUTOMATISK}
     * @param anvandare who imports, for the log and the audit trail
     * @throws NotFoundException when there is no such nämnd
     * @throws RedovisningImportException when the file is refused; nothing is written then
     */
    @Transactional
    public Importresultat importera(long namndId, byte[] innehall, String filnamn, Teckenkodning teckenkodning,
            String anvandare) {
        Namnd namnd = namnder.findById(namndId).orElseThrow(() -> new NotFoundException("Ingen nämnd med id " + namndId));
        Mappning mappning = mappningar.mappning(namnd);
        Inlasning inlasning = las(innehall, teckenkodning, mappning.installning().dimension());
        Mappning.Fordelning fordelning = mappning.fordela(inlasning.saldon());
        List<Radfel> fel = fordelning.fel(mappning.installning().dimension());
        if (!fel.isEmpty()) {
            throw new RedovisningImportException(fel.stream().limit(SieLasare.FLEST_FEL).toList());
        }
        Map<String, Verksamhet> perKod = new LinkedHashMap<>();
        verksamheter.findByNamndOrderByOrdning(namnd).forEach(v -> perKod.put(v.getKod(), v));
        int andrade = ersatt(namnd, fordelning, perKod, anvandare);
        SortedSet<YearMonth> manader = fordelning.manader();
        importer.save(new RedovisningImport(klocka.instant(), anvandare, namnd, filnamn, sha256(innehall),
                inlasning.format(), inlasning.teckenkodning(), inlasning.rader(), manader.first().atDay(1),
                manader.last().atDay(1), manader.size()));
        log.info("{} läste in redovisat ur {} för nämnd {} ({} rader, {} månader {}–{}, {} ändrade värden)", anvandare,
                filnamn, namndId, inlasning.rader(), manader.size(), manader.first(), manader.last(), andrade);
        return new Importresultat(namnd.getNamn(), filnamn, inlasning.format(), inlasning.teckenkodning(),
                inlasning.rader(), manader, perAr(fordelning, perKod), andrade, fordelning.kontonUtanforIntervallen(),
                fordelning.raderForAndraNamnder(), inlasning.budgetrader());
    }

    /** What was read from the file: the balances to map, and counts for the result. */
    private record Inlasning(Filformat format, Teckenkodning teckenkodning, List<Saldorad> saldon, int rader,
            int budgetrader) {
    }

    private static Inlasning las(byte[] innehall, Teckenkodning teckenkodning, int dimension) {
        Filformat format = Filformat.avgor(innehall);
        if (format == Filformat.SIE) {
            SieFil fil = SieLasare.las(innehall, teckenkodning);
            if (fil.periodsaldon().isEmpty()) {
                throw new RedovisningImportException(List.of(new Radfel(0, "Filen har inga periodsaldon (#PSALDO), så "
                        + "den innehåller inget redovisat per månad. Exportera en SIE-fil av typ 2, 3 eller 4 med periodsaldon.")));
            }
            return new Inlasning(format, fil.teckenkodning(), fil.periodsaldonFor(dimension), fil.periodsaldon().size(),
                    fil.periodbudgetar().size());
        }
        CsvLasare.Inlast inlast = CsvLasare.las(innehall, teckenkodning, dimension);
        if (inlast.rader().isEmpty()) {
            throw new RedovisningImportException(List.of(new Radfel(0, "Filen har inga rader med belopp under rubrikraden ("
                    + String.join(";", CsvLasare.KOLUMNER) + ").")));
        }
        return new Inlasning(format, inlast.teckenkodning(), inlast.rader(), inlast.rader().size(), 0);
    }

    /**
     * Replaces the nämnd's actuals in the file's months: existing rows are updated in place (so their history stays
     * on one object), new ones inserted, and rows the file no longer has deleted. Returns how many values changed.
     */
    private int ersatt(Namnd namnd, Mappning.Fordelning fordelning, Map<String, Verksamhet> perKod, String anvandare) {
        List<Integer> perioder = fordelning.manader().stream().map(RedovisningService::period).toList();
        Map<String, Redovisat> befintliga = new HashMap<>();
        for (Redovisat r : redovisat.findByNamndAndPerioder(namnd, perioder)) {
            befintliga.put(nyckel(r.getVerksamhet().getKod(), YearMonth.of(r.getAr(), r.getManad())), r);
        }
        int andrade = 0;
        for (var perVerksamhet : fordelning.perVerksamhet().entrySet()) {
            Verksamhet verksamhet = perKod.get(perVerksamhet.getKey());
            for (var perManad : perVerksamhet.getValue().entrySet()) {
                YearMonth manad = perManad.getKey();
                Belopp nytt = perManad.getValue();
                Redovisat rad = befintliga.remove(nyckel(verksamhet.getKod(), manad));
                Belopp gammalt = null;
                if (rad == null) {
                    rad = redovisat.save(new Redovisat(verksamhet, manad.getYear(), manad.getMonthValue(), nytt));
                } else {
                    gammalt = rad.belopp();
                    rad.andra(nytt);
                }
                if (registrera(anvandare, namnd, rad.getId(), gammalt, nytt)) {
                    andrade++;
                }
            }
        }
        for (Redovisat borttagen : befintliga.values()) {
            registrera(anvandare, namnd, borttagen.getId(), borttagen.belopp(), null);
            redovisat.delete(borttagen);
            andrade++;
        }
        return andrade;
    }

    private boolean registrera(String anvandare, Namnd namnd, long id, Belopp gammalt, Belopp nytt) {
        boolean andrat = gammalt == null || nytt == null
                || gammalt.kostnader().compareTo(nytt.kostnader()) != 0
                || gammalt.intakter().compareTo(nytt.intakter()) != 0;
        revisionslogg.registrera(anvandare, OBJEKTTYP, id, "netto", gammalt == null ? null : gammalt.netto(),
                nytt == null ? null : nytt.netto(), namnd.getId());
        revisionslogg.registrera(anvandare, OBJEKTTYP, id, "kostnader", gammalt == null ? null : gammalt.kostnader(),
                nytt == null ? null : nytt.kostnader(), namnd.getId());
        revisionslogg.registrera(anvandare, OBJEKTTYP, id, "intakter", gammalt == null ? null : gammalt.intakter(),
                nytt == null ? null : nytt.intakter(), namnd.getId());
        return andrat;
    }

    private static List<Importresultat.Arssumma> perAr(Mappning.Fordelning fordelning, Map<String, Verksamhet> perKod) {
        SortedSet<Integer> ar = new TreeSet<>();
        fordelning.manader().forEach(m -> ar.add(m.getYear()));
        List<Importresultat.Arssumma> summor = new ArrayList<>();
        for (int aret : ar) {
            List<Importresultat.Verksamhetssumma> rader = new ArrayList<>();
            Belopp summa = Belopp.NOLL;
            for (Verksamhet v : perKod.values()) {
                Map<YearMonth, Belopp> manader = fordelning.perVerksamhet().getOrDefault(v.getKod(), Map.of());
                Belopp belopp = manader.entrySet().stream()
                        .filter(e -> e.getKey().getYear() == aret)
                        .map(Map.Entry::getValue)
                        .reduce(Belopp::plus)
                        .orElse(null);
                if (belopp != null) {
                    rader.add(new Importresultat.Verksamhetssumma(v.getKod(), v.getNamn(), belopp));
                    summa = summa.plus(belopp);
                }
            }
            summor.add(new Importresultat.Arssumma(aret, rader, summa));
        }
        return summor;
    }

    private static String nyckel(String verksamhet, YearMonth manad) {
        return verksamhet + "|" + manad;
    }

    private static String sha256(byte[] innehall) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(innehall));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
