package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.malbild.common.SvenskFormat;
import se.malbild.organisation.VerksamhetTyp;

/**
 * The words and layout of a follow-up's economy tables, shared by the economy page and the reports so that both show
 * the same rows in the same order under the same headings: the summary against the previous forecast, the
 * driftsammandrag of the period and of the year, the investments; and amounts in tkr. Only arranges and names what
 * {@link EkonomiskUppfoljningService} computed; computes nothing itself.
 */
@Component
public class Ekonomitabeller {

    private static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");

    /** How a row is shown: an ordinary row, a sum, or a "varav" specification of the sum above. */
    public enum Radslag {
        RAD, SUMMA, SPEC
    }

    /**
     * A row of the driftsammandrag: the verksamhet's code (null for sums), its name, kind, its context for screen
     * readers (the sum a "varav" row specifies; null otherwise) and its figures.
     */
    public record Driftrad(String kod, String namn, Radslag slag, String kontext, Driftuppfoljning.Belopp belopp) {
    }

    /**
     * A row of the summary ("Verksamhetens nettokostnader", "Investeringar, netto"): the forecast, the budget, the
     * deviation, and the deviation forecast at the previous point (null when there is no previous point).
     */
    public record Sammanfattningsrad(String namn, BigDecimal prognos, BigDecimal budget, BigDecimal avvikelse,
            BigDecimal forraAvvikelse) {
    }

    private final MessageSource meddelanden;

    Ekonomitabeller(MessageSource meddelanden) {
        this.meddelanden = meddelanden;
    }

    /** "Ekonomi per 31 augusti 2022, belopp tkr". */
    public String sammanfattningsrubrik(String punkt) {
        return text("ekonomi.sammanfattning.tabell", punkt);
    }

    /** The summary's headings; the last, "Avvikelse i prognos helår, mars", only when there is a previous point. */
    public List<String> sammanfattningskolumner(EkonomiskUppfoljningService.Uppfoljning u) {
        List<String> kolumner = new ArrayList<>(List.of(text("ekonomi.sammanfattning.rubrik"),
                text("ekonomi.kolumn.prognosHelar"), text("ekonomi.kolumn.budget", u.ar()),
                text("ekonomi.kolumn.avvikelse")));
        if (u.forraPunkten() != null) {
            kolumner.add(text("ekonomi.sammanfattning.forra", manad(u.forraPunkten().manad())));
        }
        return kolumner;
    }

    /** The net costs including the internal units, and the investments when the year has any. */
    public List<Sammanfattningsrad> sammanfattning(EkonomiskUppfoljningService.Uppfoljning u) {
        Driftuppfoljning.Belopp inkl = u.tabeller().summaInklKommunalaEnheter();
        EkonomiskUppfoljningService.ForraPunkten forra = u.forraPunkten();
        List<Sammanfattningsrad> rader = new ArrayList<>();
        rader.add(new Sammanfattningsrad(text("ekonomi.sammanfattning.drift"), inkl.prognos(), inkl.arsbudget(),
                inkl.arsavvikelse(), forra == null ? null : forra.avvikelse()));
        if (!u.investeringar().isEmpty()) {
            EkonomiskUppfoljning.Investering inv = u.investeringarSumma();
            rader.add(new Sammanfattningsrad(text("ekonomi.sammanfattning.investeringar"), inv.prognosNetto(), inv.ram(),
                    inv.avvikelse(), forra == null ? null : forra.investeringsavvikelse()));
        }
        return rader;
    }

    /** "Resultat per 31 augusti 2022, driftsammandrag netto tkr". */
    public String resultatrubrik(String punkt) {
        return text("ekonomi.resultat.tabell", punkt);
    }

    /** Verksamhet, Redovisat jan–aug 2022, Budget jan–aug 2022, Avvikelse, Redovisat jan–aug 2021. */
    public List<String> resultatkolumner(int ar, int manad) {
        String period = period(ar, manad);
        return List.of(text("ekonomi.kolumn.verksamhet"), text("ekonomi.kolumn.redovisat", period),
                text("ekonomi.kolumn.budgetPeriod", period), text("ekonomi.kolumn.avvikelse"),
                text("ekonomi.kolumn.redovisatForegaende", period(ar - 1, manad)));
    }

    /** "Prognos för helår 2022, driftsammandrag netto tkr". */
    public String prognosrubrik(int ar) {
        return text("ekonomi.prognos.tabell", ar);
    }

    /** Verksamhet, Prognos helår 2022, Budget 2022, Avvikelse, Bokslut 2021. */
    public List<String> prognoskolumner(int ar) {
        return List.of(text("ekonomi.kolumn.verksamhet"), text("ekonomi.kolumn.prognos", ar),
                text("ekonomi.kolumn.budget", ar), text("ekonomi.kolumn.avvikelse"), text("ekonomi.kolumn.bokslut", ar - 1));
    }

    /** Why the year's table has no forecast per verksamhet, or null when it has. */
    public String prognosnot(EkonomiskUppfoljning.Tabeller t) {
        return t.prognosForHelaNamnden() ? text("ekonomi.prognos.helaNamnden")
                : t.summaInklKommunalaEnheter().prognos() == null ? text("ekonomi.prognos.saknas") : null;
    }

    /** "Investeringar 2022, belopp tkr". */
    public String investeringsrubrik(int ar) {
        return text("ekonomi.investeringar.tabell", ar);
    }

    /** Investering, Utgifter jan–aug 2022, Inkomster jan–aug 2022, Prognos utgifter, … Investeringsram 2022, Avvikelse. */
    public List<String> investeringskolumner(int ar, int manad) {
        String period = period(ar, manad);
        return List.of(text("ekonomi.kolumn.investering"), text("ekonomi.kolumn.redovisatUtgifter", period),
                text("ekonomi.kolumn.redovisatInkomster", period), text("ekonomi.kolumn.prognosUtgifter"),
                text("ekonomi.kolumn.prognosInkomster"), text("ekonomi.kolumn.prognosNetto"),
                text("ekonomi.kolumn.ram", ar), text("ekonomi.kolumn.avvikelse"));
    }

    /** An investment's amounts in the order of {@link #investeringskolumner}. */
    public static List<BigDecimal> investeringsbelopp(EkonomiskUppfoljning.Investering i) {
        List<BigDecimal> belopp = new ArrayList<>();
        belopp.add(i.redovisatUtgifter());
        belopp.add(i.redovisatInkomster());
        belopp.add(i.prognosUtgifter());
        belopp.add(i.prognosInkomster());
        belopp.add(i.prognosNetto());
        belopp.add(i.ram());
        belopp.add(i.avvikelse());
        return belopp;
    }

    /** "Summa nettokostnader, tkr, inkl. kommunala enheter". */
    public String summaInklKommunalaEnheter() {
        return text("ekonomi.rad.summaInkl");
    }

    /** "Summa investeringar". */
    public String summaInvesteringar() {
        return text("ekonomi.rad.summaInvesteringar");
    }

    /**
     * The rows of the driftsammandrag in seed 001's order: the verksamheter, their sum with "varav kostnader" and
     * "varav intäkter", the internal units, the sum including them, and last any målprognos line outside the sums.
     */
    public List<Driftrad> driftrader(EkonomiskUppfoljning.Tabeller t) {
        List<Driftrad> rader = new ArrayList<>();
        t.rader().stream().filter(r -> r.underlag().typ() == VerksamhetTyp.VERKSAMHET)
                .forEach(r -> rader.add(new Driftrad(r.underlag().kod(), r.underlag().namn(), Radslag.RAD, null, r.belopp())));
        String summa = text("ekonomi.rad.summa");
        rader.add(new Driftrad(null, summa, Radslag.SUMMA, null, t.summa()));
        rader.add(new Driftrad(null, text("ekonomi.rad.varavKostnader"), Radslag.SPEC, summa, t.varavKostnader()));
        rader.add(new Driftrad(null, text("ekonomi.rad.varavIntakter"), Radslag.SPEC, summa, t.varavIntakter()));
        t.rader().stream().filter(r -> r.underlag().typ() == VerksamhetTyp.KOMMUNAL_ENHET)
                .forEach(r -> rader.add(new Driftrad(r.underlag().kod(), r.underlag().namn(), Radslag.RAD, null, r.belopp())));
        rader.add(new Driftrad(null, text("ekonomi.rad.summaInkl"), Radslag.SUMMA, null, t.summaInklKommunalaEnheter()));
        t.rader().stream().filter(r -> r.underlag().typ() == VerksamhetTyp.MALPROGNOS)
                .forEach(r -> rader.add(new Driftrad(r.underlag().kod(), r.underlag().namn(), Radslag.RAD,
                        text("ekonomi.rad.malprognos"), r.belopp())));
        return rader;
    }

    /** "jan–aug 2022"; "jan 2022" for January alone. */
    public String period(int ar, int manad) {
        String till = text("ekonomi.manadKort." + manad);
        return (manad == 1 ? till : text("ekonomi.manadKort.1") + "–" + till) + " " + ar;
    }

    /** The month's name: "mars". */
    public String manad(int manad) {
        return text("ekonomi.manad." + manad);
    }

    /** The month's short name and year: "aug 2022". */
    public String kortManad(int ar, int manad) {
        return text("ekonomi.manadKort." + manad) + " " + ar;
    }

    /** Kronor in tkr, exact (unrounded); null stays null. */
    public static BigDecimal iTkr(BigDecimal kronor) {
        return kronor == null ? null : Beloppsenhet.TKR.franKronor(kronor);
    }

    /** Kronor as tkr without decimals ("−4 400"); an unknown amount as a dash. */
    public String tkr(BigDecimal kronor) {
        return kronor == null ? text("ekonomi.saknas") : SvenskFormat.tal(iTkr(kronor), 0);
    }

    /** A percentage with one decimal and its sign: "+2,0 %", "−2,6 %", "0,0 %". */
    public static String procentMedTecken(BigDecimal procent) {
        String text = SvenskFormat.procent(procent, 1);
        return procent.setScale(1, RoundingMode.HALF_UP).signum() > 0 ? "+" + text : text;
    }

    private String text(String nyckel, Object... argument) {
        return meddelanden.getMessage(nyckel, argument, SVENSKA);
    }
}
