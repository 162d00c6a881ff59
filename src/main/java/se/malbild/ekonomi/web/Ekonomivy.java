package se.malbild.ekonomi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.malbild.common.SvenskFormat;
import se.malbild.common.SvenskTal;
import se.malbild.ekonomi.Driftuppfoljning;
import se.malbild.ekonomi.Ekonomitabeller;
import se.malbild.ekonomi.EkonomiskUppfoljning;
import se.malbild.ekonomi.EkonomiskUppfoljningService;
import se.malbild.ekonomi.Harledning;

/** Turns a computed economy follow-up into what the page prints: Swedish text and numbers in tkr, formatted once. */
@Component
class Ekonomivy {

    /** Everything the economy page shows. */
    record Sida(long namndId, String namnd, String kommun, long punktId, String punkt, int ar, String titel,
            boolean farSkrivaPrognos, boolean farImporteraBudget, boolean redigerbar, String status, String budgetkalla,
            Tabell sammanfattning, Tabell resultat, Tabell prognos, String prognosnot, List<Kommentar> kommentarer,
            Tabell investeringar, Tabell nyckeltal, Hushall hushall, Tabell tolvManader) {
    }

    /** A forecast comment; {@code verksamhet} is already the text to show. */
    record Kommentar(String verksamhet, String text) {
    }

    /** The household form: the label, what was typed and an error when it could not be read. */
    record Hushall(boolean mojlig, String etikett, String varde, String fel) {
    }

    private final MessageSource meddelanden;
    private final Ekonomitabeller tabeller;

    Ekonomivy(MessageSource meddelanden, Ekonomitabeller tabeller) {
        this.meddelanden = meddelanden;
        this.tabeller = tabeller;
    }

    Sida av(EkonomiskUppfoljningService.Sida sida, String hushallText) {
        EkonomiskUppfoljningService.Uppfoljning u = sida.uppfoljning();
        int ar = sida.ar();
        int manad = sida.manad();
        String period = tabeller.period(ar, manad);
        EkonomiskUppfoljning.Tabeller t = u.tabeller();

        List<Tabell.Rad> sammanfattningsrader = tabeller.sammanfattning(u).stream()
                .map(r -> Tabell.Rad.av(r.namn(), "rad", null, sammanfattningsceller(r, u.forraPunkten() != null)))
                .toList();
        Tabell sammanfattning = new Tabell(tabeller.sammanfattningsrubrik(sida.punkt()),
                tabeller.sammanfattningskolumner(u), sammanfattningsrader);

        Tabell resultat = new Tabell(tabeller.resultatrubrik(sida.punkt()), tabeller.resultatkolumner(ar, manad),
                driftrader(t, b -> List.of(tkr(b.redovisat()), tkr(b.periodiseradBudget()), tkr(b.periodavvikelse()),
                        tkr(b.redovisatForegaendeAr()))));
        Tabell prognos = new Tabell(tabeller.prognosrubrik(ar), tabeller.prognoskolumner(ar),
                driftrader(t, b -> List.of(tkr(b.prognos()), tkr(b.arsbudget()), tkr(b.arsavvikelse()),
                        tkr(b.bokslutForegaendeAr()))));
        List<Kommentar> kommentarer = u.prognoskommentarer().stream()
                .map(k -> new Kommentar(k.verksamhet() == null ? text("ekonomi.helaNamnden") : k.verksamhet(), k.kommentar()))
                .toList();

        Tabell investeringar = new Tabell(tabeller.investeringsrubrik(ar), tabeller.investeringskolumner(ar, manad),
                investeringsrader(u));

        Hushall hushall = hushall(u, hushallText, period);
        return new Sida(sida.namndId(), sida.namnd(), sida.kommun(), sida.punktId(), sida.punkt(), ar,
                text("ekonomi.sida.titel", sida.punkt(), sida.namnd()), sida.farSkrivaPrognos(), sida.farImporteraBudget(),
                sida.redigerbar(), text("ekonomi.status." + sida.status().name()),
                text("ekonomi.budgetkalla." + u.budgetkalla().name(), ar), sammanfattning, resultat, prognos,
                tabeller.prognosnot(t), kommentarer, investeringar, nyckeltal(u, period, hushall, hushallText, manad),
                hushall, tolvManader(u));
    }

    private List<String> sammanfattningsceller(Ekonomitabeller.Sammanfattningsrad r, boolean forra) {
        List<String> celler = new ArrayList<>(List.of(tkr(r.prognos()), tkr(r.budget()), tkr(r.avvikelse())));
        if (forra) {
            celler.add(tkr(r.forraAvvikelse()));
        }
        return celler;
    }

    private List<Tabell.Rad> driftrader(EkonomiskUppfoljning.Tabeller t,
            Function<Driftuppfoljning.Belopp, List<String>> celler) {
        return tabeller.driftrader(t).stream()
                .map(r -> Tabell.Rad.av(r.namn(), r.slag().name().toLowerCase(Locale.ROOT), r.kontext(),
                        celler.apply(r.belopp())))
                .toList();
    }

    private List<Tabell.Rad> investeringsrader(EkonomiskUppfoljningService.Uppfoljning u) {
        List<Tabell.Rad> rader = new ArrayList<>();
        for (EkonomiskUppfoljning.Investering i : u.investeringar()) {
            rader.add(Tabell.Rad.av(i.namn(), "rad", null, investeringsceller(i)));
        }
        if (!u.investeringar().isEmpty()) {
            rader.add(Tabell.Rad.av(tabeller.summaInvesteringar(), "summa", null,
                    investeringsceller(u.investeringarSumma())));
        }
        return rader;
    }

    private List<String> investeringsceller(EkonomiskUppfoljning.Investering i) {
        return Ekonomitabeller.investeringsbelopp(i).stream().map(this::tkr).toList();
    }

    private Tabell nyckeltal(EkonomiskUppfoljningService.Uppfoljning u, String period, Hushall hushall,
            String hushallText, int manad) {
        List<Tabell.Rad> rader = new ArrayList<>();
        Driftuppfoljning.Belopp inkl = u.tabeller().summaInklKommunalaEnheter();
        Optional<BigDecimal> avvikelse = u.avvikelseMotBudgetProcent();
        rader.add(nyckeltalsrad(text("ekonomi.nyckeltal.avvikelse"),
                avvikelse.map(Ekonomivy::procent).orElse(text("ekonomi.kanEjBeraknas")),
                avvikelse.isPresent() ? text("ekonomi.nyckeltal.avvikelse.hur", period, tkr(inkl.periodavvikelse()),
                        tkr(inkl.periodiseradBudget())) : text("ekonomi.nyckeltal.avvikelse.saknas", period)));
        EkonomiskUppfoljningService.Traffsakerhet ts = u.traffsakerhet();
        boolean beraknad = ts.status() == EkonomiskUppfoljningService.TraffsakerhetStatus.BERAKNAD;
        rader.add(nyckeltalsrad(text("ekonomi.nyckeltal.traffsakerhet"),
                beraknad ? procent(ts.procent()) : text("ekonomi.kanEjBeraknas"),
                beraknad ? text("ekonomi.nyckeltal.traffsakerhet.hur", tkr(ts.arsresultat()), tkr(ts.prognos()),
                        tkr(ts.budget()))
                        : text("ekonomi.nyckeltal.traffsakerhet." + ts.status().name(), u.ar())));
        String varde;
        String hur;
        if (!hushall.mojlig()) {
            varde = text("ekonomi.kanEjBeraknas");
            hur = text("ekonomi.nyckeltal.hushall.ingenVerksamhet");
        } else {
            Optional<Harledning.KostnadPerHushall> kostnad = hushall.fel() == null && !hushallText.isBlank()
                    ? Harledning.kostnadPerHushall(u.ekonomisktBistand(), SvenskTal.tolka(hushallText).varde(), manad)
                    : Optional.empty();
            varde = kostnad.map(k -> text("ekonomi.nyckeltal.hushall.varde", kr(k.perHushallOchManad())))
                    .orElse(text("ekonomi.kanEjBeraknas"));
            hur = kostnad.map(k -> text("ekonomi.nyckeltal.hushall.hur", period, tkr(k.nettokostnad()),
                            SvenskFormat.tal(k.antalHushall(), 0, 2), String.valueOf(k.manader()), kr(k.perHushall())))
                    .orElse(text(u.ekonomisktBistand() == null ? "ekonomi.nyckeltal.hushall.ingetRedovisat"
                            : "ekonomi.nyckeltal.hushall.angeAntal"));
        }
        rader.add(nyckeltalsrad(text("ekonomi.nyckeltal.hushall"), varde, hur));
        return new Tabell(text("ekonomi.nyckeltal.tabell"), List.of(text("ekonomi.nyckeltal.kolumn.namn"),
                text("ekonomi.nyckeltal.kolumn.varde"), text("ekonomi.nyckeltal.kolumn.hur")), rader);
    }

    private static Tabell.Rad nyckeltalsrad(String namn, String varde, String hur) {
        return new Tabell.Rad(namn, "rad", List.of(Tabell.Cell.tal(varde), new Tabell.Cell(hur, List.of(), false)),
                List.of(), null, null);
    }

    private Hushall hushall(EkonomiskUppfoljningService.Uppfoljning u, String hushallText, String period) {
        boolean mojlig = !u.tolvManader().isEmpty() || u.ekonomisktBistand() != null;
        String fel = null;
        if (!hushallText.isBlank()) {
            try {
                SvenskTal.Lasning lasning = SvenskTal.tolka(hushallText);
                if (lasning.procent() || lasning.varde().signum() <= 0) {
                    fel = text("ekonomi.hushall.fel.positivt");
                }
            } catch (SvenskTal.OgiltigtTal e) {
                fel = text("ekonomi.hushall.fel.tal", hushallText.strip());
            }
        }
        return new Hushall(mojlig, text("ekonomi.hushall.etikett", tabeller.manad(u.manad()) + " " + u.ar()),
                hushallText, fel);
    }

    private Tabell tolvManader(EkonomiskUppfoljningService.Uppfoljning u) {
        List<Tabell.Rad> rader = u.tolvManader().stream()
                .map(p -> Tabell.Rad.av(tabeller.kortManad(p.manad().getYear(), p.manad().getMonthValue()),
                        "rad", null, List.of(tkr(p.manadensKostnad()), tkr(p.tolvManader()))))
                .toList();
        return new Tabell(text("ekonomi.tolv.tabell"), List.of(text("ekonomi.tolv.kolumn.manad"),
                text("ekonomi.tolv.kolumn.manadens"), text("ekonomi.tolv.kolumn.tolv")), rader);
    }

    /** Kronor as tkr without decimals ("−4 400"); an unknown amount as a dash. */
    String tkr(BigDecimal kronor) {
        return tabeller.tkr(kronor);
    }

    private static String kr(BigDecimal kronor) {
        return SvenskFormat.tal(kronor, 0);
    }

    static String procent(BigDecimal procent) {
        return Ekonomitabeller.procentMedTecken(procent);
    }

    String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
