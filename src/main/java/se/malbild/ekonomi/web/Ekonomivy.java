package se.malbild.ekonomi.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.malbild.common.SvenskFormat;
import se.malbild.common.SvenskTal;
import se.malbild.ekonomi.Beloppsenhet;
import se.malbild.ekonomi.Driftuppfoljning;
import se.malbild.ekonomi.EkonomiskUppfoljning;
import se.malbild.ekonomi.EkonomiskUppfoljningService;
import se.malbild.ekonomi.Harledning;
import se.malbild.organisation.VerksamhetTyp;

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

    Ekonomivy(MessageSource meddelanden) {
        this.meddelanden = meddelanden;
    }

    Sida av(EkonomiskUppfoljningService.Sida sida, String hushallText) {
        EkonomiskUppfoljningService.Uppfoljning u = sida.uppfoljning();
        int ar = sida.ar();
        Integer arsTal = ar;
        int manad = sida.manad();
        String period = period(ar, manad);
        String foregaendePeriod = period(ar - 1, manad);
        EkonomiskUppfoljning.Tabeller t = u.tabeller();

        String forraRubrik = u.forraPunkten() == null ? null
                : text("ekonomi.sammanfattning.forra", text("ekonomi.manad." + u.forraPunkten().manad()));
        List<String> sammanfattningKolumner = new ArrayList<>(List.of(text("ekonomi.sammanfattning.rubrik"),
                text("ekonomi.kolumn.prognosHelar"), text("ekonomi.kolumn.budget", arsTal), text("ekonomi.kolumn.avvikelse")));
        if (forraRubrik != null) {
            sammanfattningKolumner.add(forraRubrik);
        }
        Driftuppfoljning.Belopp inkl = t.summaInklKommunalaEnheter();
        List<String> drift = new ArrayList<>(List.of(tkr(inkl.prognos()), tkr(inkl.arsbudget()), tkr(inkl.arsavvikelse())));
        EkonomiskUppfoljning.Investering inv = u.investeringarSumma();
        List<String> investering = new ArrayList<>(List.of(tkr(inv.prognosNetto()), tkr(inv.ram()), tkr(inv.avvikelse())));
        if (forraRubrik != null) {
            drift.add(tkr(u.forraPunkten().avvikelse()));
            investering.add(tkr(u.forraPunkten().investeringsavvikelse()));
        }
        List<Tabell.Rad> sammanfattningsrader = new ArrayList<>();
        sammanfattningsrader.add(Tabell.Rad.av(text("ekonomi.sammanfattning.drift"), "rad", null, drift));
        if (!u.investeringar().isEmpty()) {
            sammanfattningsrader.add(Tabell.Rad.av(text("ekonomi.sammanfattning.investeringar"), "rad", null, investering));
        }
        Tabell sammanfattning = new Tabell(text("ekonomi.sammanfattning.tabell", sida.punkt()), sammanfattningKolumner,
                sammanfattningsrader);

        Tabell resultat = new Tabell(text("ekonomi.resultat.tabell", sida.punkt()),
                List.of(text("ekonomi.kolumn.verksamhet"), text("ekonomi.kolumn.redovisat", period),
                        text("ekonomi.kolumn.budgetPeriod", period), text("ekonomi.kolumn.avvikelse"),
                        text("ekonomi.kolumn.redovisatForegaende", foregaendePeriod)),
                driftrader(t, b -> List.of(tkr(b.redovisat()), tkr(b.periodiseradBudget()), tkr(b.periodavvikelse()),
                        tkr(b.redovisatForegaendeAr()))));
        Tabell prognos = new Tabell(text("ekonomi.prognos.tabell", arsTal),
                List.of(text("ekonomi.kolumn.verksamhet"), text("ekonomi.kolumn.prognos", arsTal),
                        text("ekonomi.kolumn.budget", arsTal), text("ekonomi.kolumn.avvikelse"),
                        text("ekonomi.kolumn.bokslut", ar - 1)),
                driftrader(t, b -> List.of(tkr(b.prognos()), tkr(b.arsbudget()), tkr(b.arsavvikelse()),
                        tkr(b.bokslutForegaendeAr()))));
        String prognosnot = t.prognosForHelaNamnden() ? text("ekonomi.prognos.helaNamnden")
                : inkl.prognos() == null ? text("ekonomi.prognos.saknas") : null;
        List<Kommentar> kommentarer = u.prognoskommentarer().stream()
                .map(k -> new Kommentar(k.verksamhet() == null ? text("ekonomi.helaNamnden") : k.verksamhet(), k.kommentar()))
                .toList();

        Tabell investeringar = new Tabell(text("ekonomi.investeringar.tabell", arsTal),
                List.of(text("ekonomi.kolumn.investering"), text("ekonomi.kolumn.redovisatUtgifter", period),
                        text("ekonomi.kolumn.redovisatInkomster", period), text("ekonomi.kolumn.prognosUtgifter"),
                        text("ekonomi.kolumn.prognosInkomster"), text("ekonomi.kolumn.prognosNetto"),
                        text("ekonomi.kolumn.ram", arsTal), text("ekonomi.kolumn.avvikelse")),
                investeringsrader(u));

        Hushall hushall = hushall(u, hushallText, period);
        return new Sida(sida.namndId(), sida.namnd(), sida.kommun(), sida.punktId(), sida.punkt(), ar,
                text("ekonomi.sida.titel", sida.punkt(), sida.namnd()), sida.farSkrivaPrognos(), sida.farImporteraBudget(),
                sida.redigerbar(), text("ekonomi.status." + sida.status().name()),
                text("ekonomi.budgetkalla." + u.budgetkalla().name(), arsTal), sammanfattning, resultat, prognos, prognosnot,
                kommentarer, investeringar, nyckeltal(u, period, hushall, hushallText, manad), hushall,
                tolvManader(u));
    }

    private List<Tabell.Rad> driftrader(EkonomiskUppfoljning.Tabeller t,
            Function<Driftuppfoljning.Belopp, List<String>> celler) {
        List<Tabell.Rad> rader = new ArrayList<>();
        t.rader().stream().filter(r -> r.underlag().typ() == VerksamhetTyp.VERKSAMHET)
                .forEach(r -> rader.add(Tabell.Rad.av(r.underlag().namn(), "rad", null, celler.apply(r.belopp()))));
        String summa = text("ekonomi.rad.summa");
        rader.add(Tabell.Rad.av(summa, "summa", null, celler.apply(t.summa())));
        rader.add(Tabell.Rad.av(text("ekonomi.rad.varavKostnader"), "spec", summa, celler.apply(t.varavKostnader())));
        rader.add(Tabell.Rad.av(text("ekonomi.rad.varavIntakter"), "spec", summa, celler.apply(t.varavIntakter())));
        List<EkonomiskUppfoljning.Rad> enheter = t.rader().stream()
                .filter(r -> r.underlag().typ() == VerksamhetTyp.KOMMUNAL_ENHET).toList();
        enheter.forEach(r -> rader.add(Tabell.Rad.av(r.underlag().namn(), "rad", null, celler.apply(r.belopp()))));
        rader.add(Tabell.Rad.av(text("ekonomi.rad.summaInkl"), "summa", null, celler.apply(t.summaInklKommunalaEnheter())));
        t.rader().stream().filter(r -> r.underlag().typ() == VerksamhetTyp.MALPROGNOS)
                .forEach(r -> rader.add(Tabell.Rad.av(r.underlag().namn(), "rad", text("ekonomi.rad.malprognos"),
                        celler.apply(r.belopp()))));
        return rader;
    }

    private List<Tabell.Rad> investeringsrader(EkonomiskUppfoljningService.Uppfoljning u) {
        List<Tabell.Rad> rader = new ArrayList<>();
        for (EkonomiskUppfoljning.Investering i : u.investeringar()) {
            rader.add(Tabell.Rad.av(i.namn(), "rad", null, investeringsceller(i)));
        }
        if (!u.investeringar().isEmpty()) {
            rader.add(Tabell.Rad.av(text("ekonomi.rad.summaInvesteringar"), "summa", null,
                    investeringsceller(u.investeringarSumma())));
        }
        return rader;
    }

    private List<String> investeringsceller(EkonomiskUppfoljning.Investering i) {
        return List.of(tkr(i.redovisatUtgifter()), tkr(i.redovisatInkomster()), tkr(i.prognosUtgifter()),
                tkr(i.prognosInkomster()), tkr(i.prognosNetto()), tkr(i.ram()), tkr(i.avvikelse()));
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
        return new Hushall(mojlig, text("ekonomi.hushall.etikett", text("ekonomi.manad." + u.manad()) + " " + u.ar()),
                hushallText, fel);
    }

    private Tabell tolvManader(EkonomiskUppfoljningService.Uppfoljning u) {
        List<Tabell.Rad> rader = u.tolvManader().stream()
                .map(p -> Tabell.Rad.av(text("ekonomi.manadKort." + p.manad().getMonthValue()) + " " + p.manad().getYear(),
                        "rad", null, List.of(tkr(p.manadensKostnad()), tkr(p.tolvManader()))))
                .toList();
        return new Tabell(text("ekonomi.tolv.tabell"), List.of(text("ekonomi.tolv.kolumn.manad"),
                text("ekonomi.tolv.kolumn.manadens"), text("ekonomi.tolv.kolumn.tolv")), rader);
    }

    /** "jan–aug 2022"; "jan 2022" for January alone. */
    String period(int ar, int manad) {
        String till = text("ekonomi.manadKort." + manad);
        return (manad == 1 ? till : text("ekonomi.manadKort.1") + "–" + till) + " " + ar;
    }

    /** Kronor as tkr without decimals ("−4 400"); an unknown amount as a dash. */
    String tkr(BigDecimal kronor) {
        return kronor == null ? text("ekonomi.saknas") : SvenskFormat.tal(Beloppsenhet.TKR.franKronor(kronor), 0);
    }

    private static String kr(BigDecimal kronor) {
        return SvenskFormat.tal(kronor, 0);
    }

    /** A percentage with one decimal and its sign: "+2,0 %", "−2,6 %", "0,0 %". */
    static String procent(BigDecimal procent) {
        String text = SvenskFormat.procent(procent, 1);
        return procent.setScale(1, RoundingMode.HALF_UP).signum() > 0 ? "+" + text : text;
    }

    String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, Locale.forLanguageTag("sv-SE"));
    }
}
