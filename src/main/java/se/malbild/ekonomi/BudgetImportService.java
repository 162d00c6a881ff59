package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.organisation.VerksamhetTyp;
import se.malbild.revision.Revisionslogg;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.UppfoljningStatus;

/**
 * Imports a nämnd's follow-up budget for a year from a {@link Budgetfil}, all or nothing: a file with any error is
 * refused with every problem and its line, and nothing changes. Otherwise the file replaces the year's follow-up
 * budget and investment objects: verksamheter the nämnd lacks are created, budgets of verksamheter no longer in the
 * file are removed, and every changed value is written to the audit trail in the same transaction.
 */
@Service
public class BudgetImportService {

    /** The audit trail's object types. */
    public static final String BUDGET = "Uppfoljningsbudget";
    public static final String VERKSAMHET = "Verksamhet";
    public static final String INVESTERINGSOBJEKT = "Investeringsobjekt";

    private static final Logger log = LoggerFactory.getLogger(BudgetImportService.class);

    /** The import page: whose budget of which year, and whether the follow-up is open for changes. */
    public record Importsida(long namndId, String namnd, String kommun, long punktId, String punkt, int ar,
            UppfoljningStatus status) {

        public boolean redigerbar() {
            return status == UppfoljningStatus.OPPEN;
        }
    }

    /** What an import did. */
    public record Resultat(String filnamn, int ar, int verksamheter, List<String> nyaVerksamheter, int investeringar,
            int borttagna, int andradeVarden) {
    }

    private final UppfoljningAtkomst atkomst;
    private final Ekonomibehorighet behorighet;
    private final VerksamhetRepository verksamheter;
    private final UppfoljningsbudgetRepository budgetar;
    private final InvesteringsobjektRepository investeringar;
    private final InvesteringsprognosRepository investeringsprognoser;
    private final BudgetpostRepository budgetposter;
    private final InvesteringRepository planensInvesteringar;
    private final Revisionslogg revision;

    BudgetImportService(UppfoljningAtkomst atkomst, Ekonomibehorighet behorighet, VerksamhetRepository verksamheter,
            UppfoljningsbudgetRepository budgetar, InvesteringsobjektRepository investeringar,
            InvesteringsprognosRepository investeringsprognoser, BudgetpostRepository budgetposter,
            InvesteringRepository planensInvesteringar, Revisionslogg revision) {
        this.budgetposter = budgetposter;
        this.planensInvesteringar = planensInvesteringar;
        this.atkomst = atkomst;
        this.behorighet = behorighet;
        this.verksamheter = verksamheter;
        this.budgetar = budgetar;
        this.investeringar = investeringar;
        this.investeringsprognoser = investeringsprognoser;
        this.revision = revision;
    }

    /** For the import page: 404/403 as {@link #importera(long, long, byte[], String)}, whatever the status. */
    @Transactional(readOnly = true)
    public Importsida importsida(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        if (!behorighet.farImporteraBudget()) {
            throw new AccessDeniedException(behorighet.inloggad().getUsername() + " får inte läsa in uppföljningsbudget");
        }
        return new Importsida(ratt.namnd().getId(), ratt.namnd().getNamn(), ratt.namnd().getKommun().getNamn(),
                ratt.punkt().getId(), ratt.punkt().getNamn(), ratt.punkt().getAr(), ratt.status());
    }

    /**
     * For the web: the year of the follow-up point. 404 for an unknown nämnd or another municipality's point, 403
     * unless a controller or administrator, {@code FelStatusException} when the follow-up is not open.
     *
     * @throws BudgetImportException when the file is refused; nothing is changed then
     */
    @Transactional
    public Resultat importera(long namndId, long punktId, byte[] innehall, String filnamn) {
        UppfoljningAtkomst.Ratt ratt = behorighet.kravBudget(atkomst.forLasning(namndId, punktId));
        return importera(ratt.namnd(), ratt.punkt().getAr(), innehall, filnamn, behorighet.inloggad().getUsername());
    }

    /**
     * Without access checks, for the demo loader and other imports run by the system on behalf of {@code anvandare}.
     *
     * @throws BudgetImportException when the file is refused; nothing is changed then
     */
    @Transactional
    public Resultat importera(Namnd namnd, int ar, byte[] innehall, String filnamn, String anvandare) {
        List<Budgetfil.Rad> rader = Budgetfil.las(innehall);
        List<Verksamhet> befintliga = verksamheter.findByNamndOrderByOrdning(namnd);
        Map<String, Verksamhet> perKod = befintliga.stream()
                .collect(Collectors.toMap(v -> v.getKod().toUpperCase(Locale.ROOT), Function.identity()));
        Map<String, Investeringsobjekt> objekt = investeringar.findByNamndAndArOrderByOrdning(namnd, ar).stream()
                .collect(Collectors.toMap(o -> o.getKod().toUpperCase(Locale.ROOT), Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        kontrollera(rader, perKod, objekt, namnd, ar);

        Andringar andringar = new Andringar(anvandare, namnd.getId());
        List<String> nya = new ArrayList<>();
        int ordning = befintliga.stream().mapToInt(Verksamhet::getOrdning).max().orElse(0);
        Map<Long, Uppfoljningsbudget> budgetPerVerksamhet = new HashMap<>();
        budgetar.findByNamndAndAr(namnd, ar).forEach(b -> budgetPerVerksamhet.put(b.getVerksamhet().getId(), b));
        Set<Long> iFilen = new HashSet<>();
        Set<String> objektIFilen = new HashSet<>();
        int radnummer = 0;
        int investeringsnummer = 0;
        for (Budgetfil.Rad rad : rader) {
            if (rad.typ() == Budgetfil.Radtyp.INVESTERING) {
                objektIFilen.add(rad.kod().toUpperCase(Locale.ROOT));
                sparaInvestering(namnd, ar, rad, objekt.get(rad.kod().toUpperCase(Locale.ROOT)), ++investeringsnummer,
                        andringar);
                continue;
            }
            Verksamhet verksamhet = perKod.get(rad.kod().toUpperCase(Locale.ROOT));
            if (verksamhet == null) {
                verksamhet = new Verksamhet(namnd, rad.kod());
                verksamhet.beskriv(rad.namn(), VerksamhetTyp.valueOf(rad.typ().name()), ++ordning);
                verksamhet = verksamheter.save(verksamhet);
                andringar.logga(VERKSAMHET, verksamhet.getId(), "kod", null, verksamhet.getKod());
                andringar.logga(VERKSAMHET, verksamhet.getId(), "namn", null, verksamhet.getNamn());
                andringar.logga(VERKSAMHET, verksamhet.getId(), "typ", null, verksamhet.getTyp());
                nya.add(verksamhet.getNamn());
            }
            iFilen.add(verksamhet.getId());
            Uppfoljningsbudget budget = budgetPerVerksamhet.get(verksamhet.getId());
            boolean ny = budget == null;
            BigDecimal foreNetto = ny ? null : budget.getNetto();
            BigDecimal foreKostnader = ny ? null : budget.getKostnader();
            BigDecimal foreIntakter = ny ? null : budget.getIntakter();
            String foreProfil = ny ? null : Uppfoljningsbudget.profiltext(budget.getProfil());
            if (ny) {
                budget = new Uppfoljningsbudget(verksamhet, ar);
            }
            budget.satt(rad.budget(), rad.kostnader(), rad.intakter(), rad.profil(), ++radnummer);
            budget = budgetar.save(budget);
            andringar.logga(BUDGET, budget.getId(), "netto", foreNetto, budget.getNetto());
            andringar.logga(BUDGET, budget.getId(), "kostnader", foreKostnader, budget.getKostnader());
            andringar.logga(BUDGET, budget.getId(), "intakter", foreIntakter, budget.getIntakter());
            andringar.logga(BUDGET, budget.getId(), "profil", foreProfil, Uppfoljningsbudget.profiltext(budget.getProfil()));
        }
        int borttagna = 0;
        for (Uppfoljningsbudget gammal : budgetPerVerksamhet.values()) {
            if (!iFilen.contains(gammal.getVerksamhet().getId())) {
                andringar.logga(BUDGET, gammal.getId(), "netto", gammal.getNetto(), null);
                andringar.logga(BUDGET, gammal.getId(), "kostnader", gammal.getKostnader(), null);
                andringar.logga(BUDGET, gammal.getId(), "intakter", gammal.getIntakter(), null);
                andringar.logga(BUDGET, gammal.getId(), "profil", Uppfoljningsbudget.profiltext(gammal.getProfil()), null);
                budgetar.delete(gammal);
                borttagna++;
            }
        }
        for (Investeringsobjekt gammalt : objekt.values()) {
            if (!objektIFilen.contains(gammalt.getKod().toUpperCase(Locale.ROOT))) {
                andringar.logga(INVESTERINGSOBJEKT, gammalt.getId(), "ram", gammalt.getRam(), null);
                investeringar.delete(gammalt);
                borttagna++;
            }
        }
        budgetar.flush();
        log.info("Uppföljningsbudget {} för nämnd {} läst in av {} från {} (SHA-256 {}): {} rader, {} ändrade värden",
                ar, namnd.getId(), anvandare, filnamn, sha256(innehall), rader.size(), andringar.antal);
        return new Resultat(filnamn, ar, iFilen.size(), nya, objektIFilen.size(), borttagna, andringar.antal);
    }

    /** Refuses a file that contradicts what is stored: a verksamhet's type, a new one without a name, … */
    private void kontrollera(List<Budgetfil.Rad> rader, Map<String, Verksamhet> perKod,
            Map<String, Investeringsobjekt> objekt, Namnd namnd, int ar) {
        List<Importfel> fel = new ArrayList<>();
        Set<String> objektIFilen = new HashSet<>();
        for (Budgetfil.Rad rad : rader) {
            String kod = rad.kod().toUpperCase(Locale.ROOT);
            if (rad.typ() == Budgetfil.Radtyp.INVESTERING) {
                objektIFilen.add(kod);
                if (!objekt.containsKey(kod) && rad.namn().isEmpty()) {
                    fel.add(Importfel.av(rad.radnummer(), "ekonomi.budget.fel.namnSaknas", rad.kod()));
                }
                continue;
            }
            Verksamhet verksamhet = perKod.get(kod);
            if (verksamhet == null && rad.namn().isEmpty()) {
                fel.add(Importfel.av(rad.radnummer(), "ekonomi.budget.fel.namnSaknas", rad.kod()));
            } else if (verksamhet != null && !verksamhet.getTyp().name().equals(rad.typ().name())) {
                fel.add(Importfel.av(rad.radnummer(), "ekonomi.budget.fel.annanTyp", rad.kod(),
                        verksamhet.getTyp().name(), rad.typ().name()));
            }
        }
        Set<Long> medPrognos = investeringsprognoser.findByNamndAndAr(namnd, ar).stream()
                .map(p -> p.getObjekt().getId()).collect(Collectors.toSet());
        for (Investeringsobjekt o : objekt.values()) {
            if (!objektIFilen.contains(o.getKod().toUpperCase(Locale.ROOT)) && medPrognos.contains(o.getId())) {
                fel.add(Importfel.av(0, "ekonomi.budget.fel.investeringHarPrognos", o.getKod(), o.getNamn()));
            }
        }
        if (!fel.isEmpty()) {
            throw new BudgetImportException(fel);
        }
    }

    private void sparaInvestering(Namnd namnd, int ar, Budgetfil.Rad rad, Investeringsobjekt befintligt, int ordning,
            Andringar andringar) {
        boolean ny = befintligt == null;
        Investeringsobjekt o = ny ? new Investeringsobjekt(namnd, ar, rad.kod()) : befintligt;
        String foreNamn = ny ? null : o.getNamn();
        BigDecimal foreRam = ny ? null : o.getRam();
        BigDecimal foreUtgifter = ny ? null : o.getRamUtgifter();
        BigDecimal foreInkomster = ny ? null : o.getRamInkomster();
        o.satt(rad.namn().isEmpty() ? o.getNamn() : rad.namn(), rad.budget(), rad.kostnader(), rad.intakter(), ordning);
        o = investeringar.save(o);
        andringar.logga(INVESTERINGSOBJEKT, o.getId(), "namn", foreNamn, o.getNamn());
        andringar.logga(INVESTERINGSOBJEKT, o.getId(), "ram", foreRam, o.getRam());
        andringar.logga(INVESTERINGSOBJEKT, o.getId(), "ramUtgifter", foreUtgifter, o.getRamUtgifter());
        andringar.logga(INVESTERINGSOBJEKT, o.getId(), "ramInkomster", foreInkomster, o.getRamInkomster());
    }

    /** Writes changes to the audit trail and counts those that changed a value. */
    private final class Andringar {

        private final String anvandare;
        private final long namndId;
        private int antal;

        Andringar(String anvandare, long namndId) {
            this.anvandare = anvandare;
            this.namndId = namndId;
        }

        void logga(String objekttyp, long objektId, String falt, Object fore, Object efter) {
            if (!Objects.equals(text(fore), text(efter))) {
                antal++;
                revision.registrera(anvandare, objekttyp, objektId, falt, fore, efter, namndId);
            }
        }

        private static String text(Object varde) {
            return varde instanceof BigDecimal tal ? Budgetfil.somInmatning(tal) : varde == null ? null : varde.toString();
        }
    }

    private static String sha256(byte[] innehall) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(innehall);
            StringBuilder hex = new StringBuilder();
            for (byte b : hash) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The year's follow-up budget as a file in the import format (UTF-8 with BOM), ready to edit and import again;
     * without one, the internbudget's Budget column of the year and the plan's investments, to start from. For
     * controllers and administrators (403 otherwise).
     */
    @Transactional(readOnly = true)
    public byte[] exportera(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        if (!behorighet.farImporteraBudget()) {
            throw new AccessDeniedException(behorighet.inloggad().getUsername() + " får inte läsa uppföljningsbudgeten");
        }
        Namnd namnd = ratt.namnd();
        int ar = ratt.punkt().getAr();
        StringBuilder fil = new StringBuilder("kod;namn;typ;budget;kostnader;intäkter;")
                .append(String.join(";", Budgetfil.MANADER)).append("\r\n");
        List<Uppfoljningsbudget> budget = budgetar.findByNamndAndAr(namnd, ar);
        if (!budget.isEmpty()) {
            for (Uppfoljningsbudget b : budget) {
                Verksamhet v = b.getVerksamhet();
                rad(fil, v.getKod(), v.getNamn(), v.getTyp().name(), b.getNetto(), b.getKostnader(), b.getIntakter(),
                        b.getProfil());
            }
        } else {
            Kolumn kolumn = new Kolumn(ar, Kolumntyp.BUDGET);
            budgetposter.findByNamndAndPlanAr(namnd, ar).stream()
                    .filter(p -> p.getKolumn().equals(kolumn) && p.getNetto() != null)
                    .sorted(Comparator.comparingInt((Budgetpost p) -> p.getVerksamhet().getOrdning()))
                    .forEach(p -> rad(fil, p.getVerksamhet().getKod(), p.getVerksamhet().getNamn(),
                            p.getVerksamhet().getTyp().name(), p.getNetto(),
                            p.getFordelning().map(Driftsammandrag.Fordelning::kostnader).orElse(null),
                            p.getFordelning().map(Driftsammandrag.Fordelning::intakter).orElse(null), Map.of()));
        }
        List<Investeringsobjekt> objekt = investeringar.findByNamndAndArOrderByOrdning(namnd, ar);
        if (!objekt.isEmpty()) {
            objekt.forEach(o -> rad(fil, o.getKod(), o.getNamn(), "INVESTERING", o.getRam(), o.getRamUtgifter(),
                    o.getRamInkomster(), Map.of()));
        } else {
            Kolumn kolumn = new Kolumn(ar, Kolumntyp.BUDGET);
            for (Investering plan : planensInvesteringar.findByNamnd(namnd)) {
                plan.belopp(ar).stream().filter(b -> b.getKolumn().equals(kolumn)).findFirst()
                        .ifPresent(b -> rad(fil, kod(plan.getNamn()), plan.getNamn(), "INVESTERING", b.getBelopp(), null,
                                null, Map.of()));
            }
        }
        return ("\ufeff" + fil).getBytes(StandardCharsets.UTF_8);
    }

    private static void rad(StringBuilder fil, String kod, String namn, String typ, BigDecimal budget,
            BigDecimal kostnader, BigDecimal intakter, Map<Integer, BigDecimal> profil) {
        fil.append(kod).append(';').append(falt(namn)).append(';').append(typ).append(';').append(tal(budget))
                .append(';').append(tal(kostnader)).append(';').append(tal(intakter));
        for (int m = 1; m <= 12; m++) {
            fil.append(';').append(tal(profil.get(m)));
        }
        fil.append("\r\n");
    }

    /** "Arbetsmarknadsservice (AMS)" → "ARBETSMARKNADSSERVICE_AMS". */
    static String kod(String namn) {
        String kod = Budgetfil.normalisera(namn).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        return kod.length() > 60 ? kod.substring(0, 60) : kod;
    }

    private static String tal(BigDecimal belopp) {
        return belopp == null ? "" : Budgetfil.somInmatning(belopp);
    }

    private static String falt(String text) {
        return text.contains(";") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
