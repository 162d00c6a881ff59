package se.malbild.rapport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import se.malbild.bedomning.RapporttextService;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.Diagram;
import se.malbild.dokument.OppnaData;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Talformat;
import se.malbild.ekonomi.Driftuppfoljning;
import se.malbild.ekonomi.Ekonomitabeller;
import se.malbild.ekonomi.EkonomiskUppfoljning;
import se.malbild.ekonomi.EkonomiskUppfoljningService;
import se.malbild.ekonomi.Harledning;
import se.malbild.organisation.VerksamhetTyp;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * The economy of the delårsrapport, as seed 001 shows it: the summary against the previous forecast with the nämnd's
 * comment, and the economic tables (the period against the periodised budget, the year's forecast with its analysis,
 * ekonomiskt bistånd over time, the investments). Arranges what {@link EkonomiskUppfoljningService} computed, in the
 * rows and words of {@link Ekonomitabeller}, as the economy page does; computes nothing but cost per household.
 */
@Component
class DelarsrapportEkonomi {

    /** Which cost of ekonomiskt bistånd goes with a number of households. */
    enum Kostnad {
        /** The follow-up has no cost for the period (two years back). */
        OKAND,
        /** Last year's bokslut, twelve months. */
        BOKSLUT_FOREGAENDE_AR,
        /** January up to the point's month. */
        PERIODEN
    }

    /**
     * The number of households with ekonomiskt bistånd in a period (a year, or the point's period), in total and
     * those with a long-term need, either possibly unknown, and which cost goes with them.
     */
    record Hushall(String etikett, Kostnad kostnad, BigDecimal totalt, BigDecimal langvariga) {
    }

    private final Ekonomitabeller tabeller;
    private final Delarsrapportceller celler;

    DelarsrapportEkonomi(Ekonomitabeller tabeller, Delarsrapportceller celler) {
        this.tabeller = tabeller;
        this.celler = celler;
    }

    /** Whether the nämnd has anything to report on its economy for the year. */
    static boolean harEkonomi(EkonomiskUppfoljningService.Uppfoljning u) {
        return u.budgetkalla() != EkonomiskUppfoljningService.Budgetkalla.SAKNAS || u.redovisatFinns()
                || u.tabeller().summaInklKommunalaEnheter().prognos() != null || !u.investeringar().isEmpty();
    }

    /** "Ekonomi": prognos helår, budget, avvikelse and the deviation forecast at the previous point, with the comment. */
    Avsnitt ekonomi(EkonomiskUppfoljningService.Uppfoljning u, Uppfoljningspunkt punkt) {
        if (!harEkonomi(u)) {
            return null;
        }
        boolean forra = u.forraPunkten() != null;
        List<Tabell.Rad> rader = new ArrayList<>();
        for (Ekonomitabeller.Sammanfattningsrad r : tabeller.sammanfattning(u)) {
            List<Tabell.Cell> rad = new ArrayList<>(List.of(celler.tkr(r.prognos()), celler.tkr(r.budget()),
                    celler.tkr(r.avvikelse())));
            if (forra) {
                rad.add(celler.tkr(r.forraAvvikelse()));
            }
            rader.add(new Tabell.Rad(r.namn(), Tabell.Radslag.RAD, rad));
        }
        List<Block> block = new ArrayList<>();
        block.add(new Tabell("ekonomi-sammanfattning", tabeller.sammanfattningsrubrik(punkt.getNamn()),
                tabeller.sammanfattningskolumner(u), rader));
        u.prognoskommentarer().stream().filter(k -> k.verksamhet() == null)
                .forEach(k -> block.add(new Block.Stycke(celler.t("delarsrapport.kommentar"), k.kommentar())));
        return new Avsnitt("ekonomi", celler.t("delarsrapport.avsnitt.ekonomi"), block);
    }

    /**
     * "Ekonomiska tabeller": the result of the period, the forecast for the year with the comments per verksamhet,
     * ekonomiskt bistånd over time, and the investments; each part left out when it has nothing to show.
     */
    Avsnitt ekonomiskaTabeller(EkonomiskUppfoljningService.Uppfoljning u, Uppfoljningspunkt punkt,
            List<RapporttextService.Text> verksamhetstexter, List<Hushall> hushall) {
        if (!harEkonomi(u)) {
            return null;
        }
        int ar = u.ar();
        EkonomiskUppfoljning.Tabeller t = u.tabeller();
        List<Avsnitt> delar = new ArrayList<>();
        if (!t.rader().isEmpty()) {
            delar.add(new Avsnitt("ekonomi-resultat", celler.t("delarsrapport.avsnitt.resultat", punkt.getNamn()),
                    List.of(new Tabell("resultat", tabeller.resultatrubrik(punkt.getNamn()),
                            tabeller.resultatkolumner(ar, u.manad()),
                            driftrader(t, b -> List.of(celler.tkr(b.redovisat()), celler.tkr(b.periodiseradBudget()),
                                    celler.tkr(b.periodavvikelse()), celler.tkr(b.redovisatForegaendeAr())))))));

            List<Block> prognos = new ArrayList<>();
            String not = tabeller.prognosnot(t);
            if (not != null) {
                prognos.add(new Block.Stycke(not));
            }
            prognos.add(new Tabell("prognos", tabeller.prognosrubrik(ar), tabeller.prognoskolumner(ar),
                    driftrader(t, b -> List.of(celler.tkr(b.prognos()), celler.tkr(b.arsbudget()),
                            celler.tkr(b.arsavvikelse()), celler.tkr(b.bokslutForegaendeAr())))));
            List<Block> analys = new ArrayList<>();
            u.prognoskommentarer().stream().filter(k -> k.verksamhet() != null)
                    .forEach(k -> analys.add(new Block.Stycke(k.verksamhet(), k.kommentar())));
            verksamhetstexter.stream().filter(v -> !v.block().isEmpty())
                    .forEach(v -> analys.addAll(Delarsrapportceller.block(v.rubrik(), v.block())));
            prognos.addAll(analys);
            delar.add(new Avsnitt("ekonomi-prognos", celler.t("delarsrapport.avsnitt.prognos", ar), prognos));
        }
        List<Block> bistand = ekonomisktBistand(u, hushall);
        if (!bistand.isEmpty()) {
            delar.add(new Avsnitt("ekonomiskt-bistand", celler.t("delarsrapport.avsnitt.bistand"), bistand));
        }
        if (!u.investeringar().isEmpty()) {
            List<Block> investeringar = new ArrayList<>();
            investeringar.add(new Tabell("investeringar", tabeller.investeringsrubrik(ar),
                    tabeller.investeringskolumner(ar, u.manad()), investeringsrader(u)));
            u.investeringskommentarer().forEach(k -> investeringar.add(new Block.Stycke(k.verksamhet(), k.kommentar())));
            delar.add(new Avsnitt("investeringar", celler.t("delarsrapport.avsnitt.investeringar"), investeringar));
        }
        if (delar.isEmpty()) {
            return null;
        }
        return new Avsnitt("ekonomiska-tabeller", celler.t("delarsrapport.avsnitt.ekonomiskaTabeller"), List.of(), delar);
    }

    private List<Tabell.Rad> driftrader(EkonomiskUppfoljning.Tabeller t,
            Function<Driftuppfoljning.Belopp, List<Tabell.Cell>> kolumner) {
        return tabeller.driftrader(t).stream()
                .map(r -> new Tabell.Rad(r.namn(), Tabell.Radslag.valueOf(r.slag().name()), kolumner.apply(r.belopp()),
                        List.of(), null, r.kontext()))
                .toList();
    }

    private List<Tabell.Rad> investeringsrader(EkonomiskUppfoljningService.Uppfoljning u) {
        List<Tabell.Rad> rader = new ArrayList<>();
        for (EkonomiskUppfoljning.Investering i : u.investeringar()) {
            rader.add(new Tabell.Rad(i.namn(), Tabell.Radslag.RAD, investeringsceller(i)));
        }
        rader.add(new Tabell.Rad(tabeller.summaInvesteringar(), Tabell.Radslag.SUMMA,
                investeringsceller(u.investeringarSumma())));
        return rader;
    }

    private List<Tabell.Cell> investeringsceller(EkonomiskUppfoljning.Investering i) {
        return Ekonomitabeller.investeringsbelopp(i).stream().map(celler::tkr).toList();
    }

    /**
     * The rolling 12-month cost of ekonomiskt bistånd (from the first month the actuals cover a whole twelve months),
     * and the cost per household and month beside the number of households, total and long-term.
     */
    private List<Block> ekonomisktBistand(EkonomiskUppfoljningService.Uppfoljning u, List<Hushall> hushall) {
        List<Block> block = new ArrayList<>();
        List<Harledning.Tolvmanaderspunkt> tolv = u.tolvManader().stream()
                .dropWhile(p -> p.tolvManader() == null).toList();
        if (!tolv.isEmpty()) {
            List<String> kategorier = tolv.stream()
                    .map(p -> tabeller.kortManad(p.manad().getYear(), p.manad().getMonthValue())).toList();
            List<BigDecimal> varden = tolv.stream().map(p -> Ekonomitabeller.iTkr(p.tolvManader())).toList();
            String serie = celler.t("delarsrapport.bistand.tolv.serie");
            block.add(new Block.Stycke(celler.t("delarsrapport.bistand.tolv.ingress")));
            block.add(diagram("bistand-tolv-manader", celler.t("delarsrapport.bistand.tolv.rubrik"), Diagram.Typ.LINJE,
                    celler.t("dokument.matenhet.TKR"), celler.t("delarsrapport.bistand.kolumn.manad"), kategorier,
                    List.of(new Diagram.Serie(serie, varden)), Talformat.HELTAL));
        }

        BigDecimal bokslut = u.tabeller().rader().stream()
                .filter(r -> EkonomiskUppfoljningService.EKONOMISKT_BISTAND.equals(r.underlag().kod()))
                .map(r -> r.belopp().bokslutForegaendeAr()).filter(b -> b != null).findFirst().orElse(null);
        List<String> kategorier = hushall.stream().map(Hushall::etikett).toList();
        List<BigDecimal> perHushall = hushall.stream()
                .map(h -> switch (h.kostnad()) {
                    case OKAND -> null;
                    case BOKSLUT_FOREGAENDE_AR -> Harledning.kostnadPerHushall(bokslut, h.totalt(), 12)
                            .map(Harledning.KostnadPerHushall::perHushallOchManad).orElse(null);
                    case PERIODEN -> Harledning.kostnadPerHushall(u.ekonomisktBistand(), h.totalt(), u.manad())
                            .map(Harledning.KostnadPerHushall::perHushallOchManad).orElse(null);
                })
                .toList();
        if (perHushall.stream().anyMatch(v -> v != null)) {
            block.add(new Block.Stycke(celler.t("delarsrapport.bistand.hushall.ingress")));
            block.add(diagram("bistand-kostnad-per-hushall", celler.t("delarsrapport.bistand.kostnad.rubrik"),
                    Diagram.Typ.LINJE, celler.t("dokument.matenhet.KR"), celler.t("delarsrapport.bistand.kolumn.period"),
                    kategorier, List.of(new Diagram.Serie(celler.t("delarsrapport.bistand.kostnad.serie"), perHushall)),
                    Talformat.HELTAL));
        }
        List<BigDecimal> totalt = hushall.stream().map(Hushall::totalt).toList();
        List<BigDecimal> langvariga = hushall.stream().map(Hushall::langvariga).toList();
        if (totalt.stream().anyMatch(v -> v != null) || langvariga.stream().anyMatch(v -> v != null)) {
            block.add(diagram("bistand-hushall", celler.t("delarsrapport.bistand.hushall.rubrik"), Diagram.Typ.STAPEL,
                    celler.t("delarsrapport.bistand.hushall.enhet"), celler.t("delarsrapport.bistand.kolumn.period"),
                    kategorier, List.of(new Diagram.Serie(celler.t("delarsrapport.bistand.hushall.totalt"), totalt),
                            new Diagram.Serie(celler.t("delarsrapport.bistand.hushall.langvariga"), langvariga)),
                    Talformat.HELTAL));
        }
        return block;
    }

    /** A chart and its table: a row per category, a column per series, the same values. */
    static Diagram diagram(String id, String rubrik, Diagram.Typ typ, String enhet, String kategorikolumn,
            List<String> kategorier, List<Diagram.Serie> serier, Talformat format) {
        return diagram(id, rubrik, typ, enhet, kategorikolumn, kategorier, serier, v -> Tabell.Cell.tal(v, format));
    }

    /** As above, each value's cell made by {@code cell} (an empty cell for a missing value). */
    static Diagram diagram(String id, String rubrik, Diagram.Typ typ, String enhet, String kategorikolumn,
            List<String> kategorier, List<Diagram.Serie> serier, Function<BigDecimal, Tabell.Cell> cell) {
        List<String> kolumner = new ArrayList<>();
        kolumner.add(kategorikolumn);
        serier.forEach(s -> kolumner.add(s.namn()));
        List<Tabell.Rad> rader = new ArrayList<>();
        for (int i = 0; i < kategorier.size(); i++) {
            int k = i;
            rader.add(new Tabell.Rad(kategorier.get(i), Tabell.Radslag.RAD,
                    serier.stream().map(s -> s.varden().get(k) == null ? Tabell.Cell.text("") : cell.apply(s.varden().get(k)))
                            .toList()));
        }
        return new Diagram(id, rubrik, typ, enhet, kategorier, serier, new Tabell(id + "-tabell", rubrik, kolumner, rader));
    }

    /**
     * One row per verksamhet of the driftsammandrag and internal unit (with its code; not a målprognos line outside
     * the sums), and the nämnd's total including its internal units (code SUMMA); in kronor.
     */
    List<OppnaData.Ekonomirad> oppnaData(EkonomiskUppfoljningService.Uppfoljning u) {
        List<OppnaData.Ekonomirad> rader = new ArrayList<>();
        u.tabeller().rader().stream().filter(r -> r.underlag().typ() != VerksamhetTyp.MALPROGNOS)
                .forEach(r -> rader.add(ekonomirad(r.underlag().kod(), r.underlag().namn(), r.belopp())));
        if (!rader.isEmpty()) {
            rader.add(ekonomirad("SUMMA", tabeller.summaInklKommunalaEnheter(), u.tabeller().summaInklKommunalaEnheter()));
        }
        return rader;
    }

    /** Amounts to the öre: the periodised budget is kept exact to ten decimals, which no reader wants published. */
    private static OppnaData.Ekonomirad ekonomirad(String kod, String namn, Driftuppfoljning.Belopp b) {
        return new OppnaData.Ekonomirad(kod, namn, ore(b.arsbudget()), ore(b.periodiseradBudget()), ore(b.redovisat()),
                ore(b.periodavvikelse()), ore(b.prognos()), ore(b.arsavvikelse()));
    }

    private static BigDecimal ore(BigDecimal belopp) {
        return belopp == null ? null : belopp.setScale(2, RoundingMode.HALF_UP);
    }
}
