package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import se.malbild.common.SvenskTal;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.revision.Revisionslogg;
import se.malbild.uppfoljning.SamtidigAndringException;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * Saves full-year forecasts per verksamhet (or for the whole nämnd) and investment forecasts, made in a month at a
 * follow-up point. A save is all or nothing: any amount that cannot be read refuses the whole save with a message
 * naming the verksamhet or investment. Nothing is overwritten: every changed row becomes a new forecast with the
 * next löpnummer, and a row someone else saved since the page was opened is a conflict the person resolves
 * (optimistic locking, as the outcome entry). Each new forecast is written to the audit trail.
 *
 * <p>Amounts are typed in tkr, the Swedish way ("311 177", "−4 400", "11 285,4"), at most three decimals, and stored
 * exactly in kronor. Income and inkomster are negative, as in the ledger.
 */
@Service
public class PrognosService {

    /** The audit trail's object types. */
    public static final String PROGNOS = "Prognos";
    public static final String INVESTERINGSPROGNOS = "Investeringsprognos";

    /** A forecast row as typed; {@code verksamhetId} null for the whole nämnd; {@code lopnummer} as seen (null: none). */
    public record Inmatning(Long verksamhetId, String prognos, String kostnader, String intakter, String kommentar,
            Integer lopnummer, boolean behallSparat) {
    }

    /** An investment forecast as typed. */
    public record Investeringsinmatning(Long objektId, String redovisatUtgifter, String redovisatInkomster,
            String prognosUtgifter, String prognosInkomster, String kommentar, Integer lopnummer, boolean behallSparat) {
    }

    /** What could not be saved: the row (index in its list), its name, and why as a message key. */
    public record Fel(boolean investering, int rad, String namn, String nyckel, List<Object> argument) {
    }

    /** A row someone else saved since the page was opened: the stored values against this person's, as text. */
    public record Konflikt(boolean investering, int rad, String namn, String sparat, String mitt, int lopnummer) {
    }

    public record Resultat(List<Fel> fel, List<Konflikt> konflikter, int sparade) {

        public boolean lyckades() {
            return fel.isEmpty() && konflikter.isEmpty();
        }
    }

    private final UppfoljningAtkomst atkomst;
    private final Ekonomibehorighet behorighet;
    private final EkonomiskUppfoljningService ekonomi;
    private final VerksamhetRepository verksamheter;
    private final PrognosRepository prognoser;
    private final InvesteringsobjektRepository investeringsobjekt;
    private final InvesteringsprognosRepository investeringsprognoser;
    private final Revisionslogg revision;
    private final Clock klocka = Clock.systemUTC();

    PrognosService(UppfoljningAtkomst atkomst, Ekonomibehorighet behorighet, EkonomiskUppfoljningService ekonomi,
            VerksamhetRepository verksamheter, PrognosRepository prognoser,
            InvesteringsobjektRepository investeringsobjekt, InvesteringsprognosRepository investeringsprognoser,
            Revisionslogg revision) {
        this.atkomst = atkomst;
        this.behorighet = behorighet;
        this.ekonomi = ekonomi;
        this.verksamheter = verksamheter;
        this.prognoser = prognoser;
        this.investeringsobjekt = investeringsobjekt;
        this.investeringsprognoser = investeringsprognoser;
        this.revision = revision;
    }

    /**
     * For the web. 404 for an unknown nämnd or another municipality's point, 403 unless a controller, the nämnd's
     * registrator or an administrator, or when an id in the rows is not the nämnd's; {@code FelStatusException} when
     * the follow-up is not open; {@link SamtidigAndringException} when someone saved at the very same moment.
     */
    @Transactional
    public Resultat spara(long namndId, long punktId, int manad, List<Inmatning> rader,
            List<Investeringsinmatning> investeringar) {
        UppfoljningAtkomst.Ratt ratt = behorighet.kravPrognos(atkomst.forLasning(namndId, punktId));
        return spara(ratt.namnd(), ratt.punkt(), manad, rader, investeringar, behorighet.inloggad().getUsername());
    }

    /** Without access checks, for the demo loader, on behalf of {@code anvandare}. */
    @Transactional
    public Resultat spara(Namnd namnd, Uppfoljningspunkt punkt, int manad, List<Inmatning> rader,
            List<Investeringsinmatning> investeringar, String anvandare) {
        kontrolleraManad(punkt, manad);
        Map<Long, Verksamhet> verksamhetPerId = new HashMap<>();
        verksamheter.findByNamndOrderByOrdning(namnd).forEach(v -> verksamhetPerId.put(v.getId(), v));
        Map<Long, Investeringsobjekt> objektPerId = new HashMap<>();
        investeringsobjekt.findByNamndAndArOrderByOrdning(namnd, punkt.getAr()).forEach(o -> objektPerId.put(o.getId(), o));
        Map<String, Prognos> sparade = new HashMap<>();
        prognoser.findByNamndAndAr(namnd, punkt.getAr()).stream().filter(p -> p.getManad() == manad)
                .forEach(p -> sparade.merge(String.valueOf(p.verksamhetId()), p,
                        (a, b) -> a.getLopnummer() >= b.getLopnummer() ? a : b));
        Map<Long, Investeringsprognos> sparadeInvesteringar = new HashMap<>();
        investeringsprognoser.findByNamndAndAr(namnd, punkt.getAr()).stream().filter(p -> p.getManad() == manad)
                .forEach(p -> sparadeInvesteringar.merge(p.getObjekt().getId(), p,
                        (a, b) -> a.getLopnummer() >= b.getLopnummer() ? a : b));

        List<Fel> fel = new ArrayList<>();
        List<Konflikt> konflikter = new ArrayList<>();
        List<Runnable> andringar = new ArrayList<>();
        for (int i = 0; i < rader.size(); i++) {
            Inmatning in = rader.get(i);
            Verksamhet verksamhet = null;
            if (in.verksamhetId() != null) {
                verksamhet = verksamhetPerId.get(in.verksamhetId());
                if (verksamhet == null) {
                    throw new AccessDeniedException("Verksamheten " + in.verksamhetId() + " hör inte till " + namnd.getNamn());
                }
            }
            String namn = verksamhet == null ? null : verksamhet.getNamn();
            Prognos sparad = sparade.get(String.valueOf(in.verksamhetId()));
            EkonomiskUppfoljning.Nettobelopp belopp;
            try {
                belopp = tolka(in, sparad != null);
            } catch (OgiltigInmatning e) {
                fel.add(new Fel(false, i, namn, e.nyckel, e.argument));
                continue;
            }
            String kommentar = text(in.kommentar());
            if (in.behallSparat() || belopp == null
                    || (sparad != null && sparad.belopp().sammaSom(belopp) && Objects.equals(sparad.getKommentar(), kommentar))) {
                continue;
            }
            int nuvarande = sparad == null ? 0 : sparad.getLopnummer();
            if (nuvarande != (in.lopnummer() == null ? 0 : in.lopnummer())) {
                konflikter.add(new Konflikt(false, i, namn, sparad == null ? "" : visa(sparad.belopp()), visa(belopp),
                        nuvarande));
                continue;
            }
            Verksamhet v = verksamhet;
            andringar.add(() -> sparaPrognos(namnd, v, punkt, manad, nuvarande + 1, belopp, kommentar, sparad, anvandare));
        }
        for (int i = 0; i < investeringar.size(); i++) {
            Investeringsinmatning in = investeringar.get(i);
            Investeringsobjekt objekt = in.objektId() == null ? null : objektPerId.get(in.objektId());
            if (objekt == null) {
                throw new AccessDeniedException("Investeringen " + in.objektId() + " hör inte till " + namnd.getNamn()
                        + " " + punkt.getAr());
            }
            Investeringsprognos sparad = sparadeInvesteringar.get(objekt.getId());
            Investeringsprognos.Investeringsvarden varden;
            try {
                varden = tolka(in, sparad != null);
            } catch (OgiltigInmatning e) {
                fel.add(new Fel(true, i, objekt.getNamn(), e.nyckel, e.argument));
                continue;
            }
            String kommentar = text(in.kommentar());
            if (in.behallSparat() || varden == null
                    || (sparad != null && sparad.varden().sammaSom(varden) && Objects.equals(sparad.getKommentar(), kommentar))) {
                continue;
            }
            int nuvarande = sparad == null ? 0 : sparad.getLopnummer();
            if (nuvarande != (in.lopnummer() == null ? 0 : in.lopnummer())) {
                konflikter.add(new Konflikt(true, i, objekt.getNamn(), sparad == null ? "" : visa(sparad.varden()),
                        visa(varden), nuvarande));
                continue;
            }
            andringar.add(() -> sparaInvestering(objekt, punkt, manad, nuvarande + 1, varden, kommentar, sparad, anvandare));
        }
        if (!fel.isEmpty() || !konflikter.isEmpty()) {
            return new Resultat(fel, konflikter, 0);
        }
        try {
            andringar.forEach(Runnable::run);
            prognoser.flush();
            investeringsprognoser.flush();
        } catch (DataIntegrityViolationException e) {
            throw new SamtidigAndringException();
        }
        return new Resultat(List.of(), List.of(), andringar.size());
    }

    /** The months a forecast can be made in at a point: after the previous point of the year, up to this one. */
    public List<Integer> prognosmanader(Uppfoljningspunkt punkt) {
        int forsta = ekonomi.forraPunkten(punkt).map(p -> p.getManad() + 1).orElse(1);
        List<Integer> manader = new ArrayList<>();
        for (int m = forsta; m <= punkt.getManad(); m++) {
            manader.add(m);
        }
        return manader;
    }

    private void kontrolleraManad(Uppfoljningspunkt punkt, int manad) {
        if (!prognosmanader(punkt).contains(manad)) {
            throw new OgiltigManadException(manad);
        }
    }

    private void sparaPrognos(Namnd namnd, Verksamhet verksamhet, Uppfoljningspunkt punkt, int manad, int lopnummer,
            EkonomiskUppfoljning.Nettobelopp belopp, String kommentar, Prognos forra, String anvandare) {
        Prognos ny = prognoser.saveAndFlush(new Prognos(namnd, verksamhet, punkt, manad, lopnummer, belopp, kommentar,
                klocka.instant(), anvandare));
        EkonomiskUppfoljning.Nettobelopp fore = forra == null ? null : forra.belopp();
        long namndId = namnd.getId();
        revision.registrera(anvandare, PROGNOS, ny.getId(), "netto", fore == null ? null : fore.netto(), belopp.netto(), namndId);
        revision.registrera(anvandare, PROGNOS, ny.getId(), "kostnader", fore == null ? null : fore.kostnader(),
                belopp.kostnader(), namndId);
        revision.registrera(anvandare, PROGNOS, ny.getId(), "intakter", fore == null ? null : fore.intakter(),
                belopp.intakter(), namndId);
        revision.registrera(anvandare, PROGNOS, ny.getId(), "kommentar", forra == null ? null : forra.getKommentar(),
                kommentar, namndId);
    }

    private void sparaInvestering(Investeringsobjekt objekt, Uppfoljningspunkt punkt, int manad, int lopnummer,
            Investeringsprognos.Investeringsvarden varden, String kommentar, Investeringsprognos forra, String anvandare) {
        Investeringsprognos ny = investeringsprognoser.saveAndFlush(new Investeringsprognos(objekt, punkt, manad, lopnummer,
                varden, kommentar, klocka.instant(), anvandare));
        Investeringsprognos.Investeringsvarden fore = forra == null ? null : forra.varden();
        long namndId = objekt.getNamnd().getId();
        revision.registrera(anvandare, INVESTERINGSPROGNOS, ny.getId(), "redovisatUtgifter",
                fore == null ? null : fore.redovisatUtgifter(), varden.redovisatUtgifter(), namndId);
        revision.registrera(anvandare, INVESTERINGSPROGNOS, ny.getId(), "redovisatInkomster",
                fore == null ? null : fore.redovisatInkomster(), varden.redovisatInkomster(), namndId);
        revision.registrera(anvandare, INVESTERINGSPROGNOS, ny.getId(), "prognosUtgifter",
                fore == null ? null : fore.prognosUtgifter(), varden.prognosUtgifter(), namndId);
        revision.registrera(anvandare, INVESTERINGSPROGNOS, ny.getId(), "prognosInkomster",
                fore == null ? null : fore.prognosInkomster(), varden.prognosInkomster(), namndId);
        revision.registrera(anvandare, INVESTERINGSPROGNOS, ny.getId(), "kommentar",
                forra == null ? null : forra.getKommentar(), kommentar, namndId);
    }

    /** The forecast typed, or null when the row is empty and nothing was saved before. */
    static EkonomiskUppfoljning.Nettobelopp tolka(Inmatning in, boolean finnsSparad) {
        BigDecimal prognos = tkr(in.prognos());
        BigDecimal kostnader = tkr(in.kostnader());
        BigDecimal intakter = tkr(in.intakter());
        if (prognos == null) {
            if (kostnader != null || intakter != null || text(in.kommentar()) != null || finnsSparad) {
                throw new OgiltigInmatning(finnsSparad ? "ekonomi.prognos.fel.tomSparad" : "ekonomi.prognos.fel.prognosSaknas");
            }
            return null;
        }
        if ((kostnader == null) != (intakter == null)) {
            throw new OgiltigInmatning("ekonomi.prognos.fel.fordelningHalv");
        }
        if (kostnader != null && kostnader.add(intakter).compareTo(prognos) != 0) {
            throw new OgiltigInmatning("ekonomi.prognos.fel.fordelningSumma",
                    Budgetfil.somInmatning(Beloppsenhet.TKR.franKronor(kostnader.add(intakter))),
                    Budgetfil.somInmatning(Beloppsenhet.TKR.franKronor(prognos)));
        }
        return new EkonomiskUppfoljning.Nettobelopp(prognos, kostnader, intakter);
    }

    /** The investment amounts typed (an empty amount is zero), or null when the whole row is empty and new. */
    static Investeringsprognos.Investeringsvarden tolka(Investeringsinmatning in, boolean finnsSparad) {
        List<String> texter = List.of(text(in.redovisatUtgifter()) == null ? "" : in.redovisatUtgifter(),
                text(in.redovisatInkomster()) == null ? "" : in.redovisatInkomster(),
                text(in.prognosUtgifter()) == null ? "" : in.prognosUtgifter(),
                text(in.prognosInkomster()) == null ? "" : in.prognosInkomster());
        if (texter.stream().allMatch(String::isBlank) && text(in.kommentar()) == null) {
            if (finnsSparad) {
                throw new OgiltigInmatning("ekonomi.prognos.fel.tomSparad");
            }
            return null;
        }
        if (text(in.prognosUtgifter()) == null) {
            throw new OgiltigInmatning("ekonomi.prognos.fel.investeringPrognosSaknas");
        }
        return new Investeringsprognos.Investeringsvarden(noll(tkr(in.redovisatUtgifter())), noll(tkr(in.redovisatInkomster())),
                noll(tkr(in.prognosUtgifter())), noll(tkr(in.prognosInkomster())));
    }

    /** An amount typed in tkr, in kronor; null when empty. */
    static BigDecimal tkr(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        SvenskTal.Lasning lasning;
        try {
            lasning = SvenskTal.tolka(text);
        } catch (SvenskTal.OgiltigtTal e) {
            throw new OgiltigInmatning("ekonomi.prognos.fel.belopp", text.strip());
        }
        if (lasning.procent() || Math.max(0, lasning.varde().stripTrailingZeros().scale()) > 3) {
            throw new OgiltigInmatning("ekonomi.prognos.fel.belopp", text.strip());
        }
        return Beloppsenhet.TKR.tillKronor(lasning.varde());
    }

    private static BigDecimal noll(BigDecimal belopp) {
        return belopp == null ? BigDecimal.ZERO : belopp;
    }

    /** A forecast as a person would type it, in tkr: "311177" or "311177 (321677 / −10500)". */
    static String visa(EkonomiskUppfoljning.Nettobelopp belopp) {
        String netto = inmatning(belopp.netto());
        return belopp.arFordelat() ? netto + " (" + inmatning(belopp.kostnader()) + " / " + inmatning(belopp.intakter()) + ")"
                : netto;
    }

    static String visa(Investeringsprognos.Investeringsvarden v) {
        return inmatning(v.redovisatUtgifter()) + " / " + inmatning(v.redovisatInkomster()) + " / "
                + inmatning(v.prognosUtgifter()) + " / " + inmatning(v.prognosInkomster());
    }

    static String inmatning(BigDecimal kronor) {
        return kronor == null ? "" : Budgetfil.somInmatning(Beloppsenhet.TKR.franKronor(kronor));
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A value that cannot be saved, with the message key saying why. */
    static final class OgiltigInmatning extends RuntimeException {

        private final String nyckel;
        private final List<Object> argument;

        OgiltigInmatning(String nyckel, Object... argument) {
            super(nyckel);
            this.nyckel = nyckel;
            this.argument = List.of(argument);
        }
    }

    /** A forecast month outside the point's months; shown as 400. */
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public static final class OgiltigManadException extends RuntimeException {

        public OgiltigManadException(int manad) {
            super("Prognosmånaden " + manad + " hör inte till uppföljningspunkten");
        }
    }
}
