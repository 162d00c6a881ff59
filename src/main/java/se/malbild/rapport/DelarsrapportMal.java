package se.malbild.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.malbild.bedomning.BedomningService;
import se.malbild.bedomning.StatuslistaService;
import se.malbild.bedomning.Textformat;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.Diagram;
import se.malbild.dokument.OppnaData;
import se.malbild.dokument.Status;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Talformat;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRader;
import se.malbild.mal.IndikatorRader.Uppdelning;
import se.malbild.mal.KommunovergripandeMal;
import se.malbild.mal.Kon;
import se.malbild.mal.Malomrade;
import se.malbild.mal.Malvarde;
import se.malbild.mal.MalvardeTyp;
import se.malbild.mal.Namndmal;
import se.malbild.mal.Utfall;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * The goals of the delårsrapport, as seed 001 shows them: "Målredovisning med prognos" (per målområde and nämndmål
 * the final status, the analysis, a selection of results and the deviations in planned activities) and
 * "Nämndindikatorer" (per målområde and kommunövergripande mål, each nämndmål's indicators with the two previous
 * years' outcomes, this period's, the target and whether it is met, broken down by gender and enhet, with footnotes
 * and I.U.), with a trend chart per indicator that has outcomes to compare. Whether a target is met and the values of
 * the indicators derived from the economy come from {@link BedomningService}; nothing is computed here.
 */
@Component
class DelarsrapportMal {

    /** A trend needs at least this many outcomes to be drawn. */
    private static final int MINST_FOR_TREND = 2;

    /**
     * The committee's goals of the point's year with everything the two sections show: indicators, the targets its
     * plan states, the full-year outcomes of the two previous years and the outcomes of the point's period, and the
     * assessment of each nämndmål with its indicators' results.
     */
    record Underlag(List<Namndmal> namndmal, List<Indikator> indikatorer, List<Malvarde> malvarden, List<Utfall> utfall,
            List<BedomningService.Mal> bedomda) {
    }

    private final Delarsrapportceller celler;
    private final VardeFormat format;

    DelarsrapportMal(Delarsrapportceller celler, VardeFormat format) {
        this.celler = celler;
        this.format = format;
    }

    /** "Målredovisning med prognos", with the verksamhetsplan's activities last; null when there is neither. */
    Avsnitt malredovisning(Underlag underlag, List<StatuslistaService.Rad> aktiviteter, Fotnoter fotnoter) {
        Map<Long, BedomningService.Mal> bedomda = new HashMap<>();
        underlag.bedomda().forEach(b -> bedomda.put(b.namndmalId(), b));
        Map<Malomrade, List<Avsnitt>> perOmrade = new LinkedHashMap<>();
        for (Namndmal mal : sorterade(underlag.namndmal())) {
            BedomningService.Mal bedomning = bedomda.get(mal.getId());
            if (bedomning == null) {
                continue;
            }
            perOmrade.computeIfAbsent(mal.getKommunovergripandeMal().getMalomrade(), o -> new ArrayList<>())
                    .add(new Avsnitt("mal-" + mal.getId(), mal.getTitel(), fotnoter.referera(mal.getFotnoter()),
                            malblock(mal, bedomning), List.of()));
        }
        List<Avsnitt> delar = new ArrayList<>();
        perOmrade.forEach((omrade, mal) -> delar.add(new Avsnitt("malomrade-" + omrade.getId(),
                celler.t("delarsrapport.malomrade", omrade.getNamn()), List.of(), mal)));
        if (!aktiviteter.isEmpty()) {
            delar.add(new Avsnitt("aktiviteter", celler.t("delarsrapport.avsnitt.aktiviteter"),
                    List.of(statustabell("aktiviteter", celler.t("delarsrapport.aktiviteter.tabell"),
                            celler.t("delarsrapport.kolumn.aktivitet"), aktiviteter, false))));
        }
        if (delar.isEmpty()) {
            return null;
        }
        return new Avsnitt("malredovisning", celler.t("delarsrapport.avsnitt.malredovisning"),
                List.of(new Block.Stycke(celler.t("delarsrapport.malredovisning.ingress"))), delar);
    }

    private List<Block> malblock(Namndmal mal, BedomningService.Mal b) {
        List<Block> block = new ArrayList<>();
        if (b.beskrivning() != null && !b.beskrivning().isBlank()) {
            block.add(new Block.Stycke(b.beskrivning()));
        }
        String etikett = celler.t("delarsrapport.mal.bedomning");
        if (b.status() == null) {
            block.add(new Block.Statusrad(etikett, new Status(Status.Ikon.INGEN, celler.t("delarsrapport.mal.ejBedomd")),
                    celler.t("delarsrapport.mal.forslag", celler.t(b.forslag().nyckel()))));
        } else {
            block.add(new Block.Statusrad(etikett, celler.status(b.status()),
                    b.motivering() == null || b.motivering().isBlank() ? null : b.motivering()));
        }
        block.addAll(Delarsrapportceller.block(Textformat.block(b.analys())));
        if (!b.urvalResultat().isEmpty()) {
            block.add(new Block.Punktlista(celler.t("delarsrapport.mal.urval", mal.getKommunovergripandeMal().getNamn()),
                    b.urvalResultat()));
        }
        if (!b.avvikelser().isEmpty()) {
            block.add(new Block.Punktlista(celler.t("delarsrapport.mal.avvikelser"), b.avvikelser()));
        }
        return block;
    }

    /** A table of assignments, activities or kontrollmoment with their status and comment. */
    Tabell statustabell(String id, String rubrik, String forstaKolumn, List<StatuslistaService.Rad> rader,
            boolean numrera) {
        List<Tabell.Rad> tabellrader = new ArrayList<>();
        for (StatuslistaService.Rad r : rader) {
            Tabell.Cell status = r.status() == null ? Tabell.Cell.text(celler.t("delarsrapport.status.saknas"))
                    : Tabell.Cell.status(new Status(Status.Ikon.INGEN, celler.t(r.listtyp().nyckel(r.status()))));
            String namn = numrera ? r.nummer() + ". " + r.text() : r.text();
            tabellrader.add(new Tabell.Rad(namn, Tabell.Radslag.RAD,
                    List.of(status, Tabell.Cell.text(r.kommentar())), List.of(), r.grupp(), null));
        }
        return new Tabell(id, rubrik, List.of(forstaKolumn, celler.t("delarsrapport.kolumn.status"),
                celler.t("delarsrapport.kolumn.kommentar")), tabellrader);
    }

    /**
     * "Nämndindikatorer": per målområde and kommunövergripande mål a table per nämndmål, each followed by the trend
     * charts of its indicators; every value shown also goes to {@code oppnaData}. Null when no nämndmål has indicators.
     */
    Avsnitt namndindikatorer(Underlag underlag, Uppfoljningspunkt punkt, Fotnoter fotnoter,
            List<OppnaData.Indikatorvarde> oppnaData) {
        Perioder perioder = new Perioder(punkt, celler.period(punkt));
        Map<Long, List<Indikator>> perMal = new HashMap<>();
        underlag.indikatorer().forEach(i -> perMal.computeIfAbsent(i.getNamndmal().getId(), id -> new ArrayList<>()).add(i));
        Map<Long, List<Utfall>> utfallPerIndikator = new HashMap<>();
        underlag.utfall().forEach(u -> utfallPerIndikator.computeIfAbsent(u.getIndikator().getId(), id -> new ArrayList<>()).add(u));
        Map<Long, Malvarde> malvarden = new HashMap<>();
        underlag.malvarden().stream().filter(m -> m.getAr() == punkt.getAr())
                .forEach(m -> malvarden.put(m.getIndikator().getId(), m));
        Map<Long, BedomningService.Indikatorrad> resultat = new HashMap<>();
        underlag.bedomda().forEach(b -> b.indikatorer().forEach(r -> resultat.put(r.indikatorId(), r)));

        Map<Malomrade, Map<KommunovergripandeMal, List<Block>>> trad = new LinkedHashMap<>();
        for (Namndmal mal : sorterade(underlag.namndmal())) {
            List<Indikator> indikatorer = perMal.getOrDefault(mal.getId(), List.of());
            if (indikatorer.isEmpty()) {
                continue;
            }
            List<Block> block = trad.computeIfAbsent(mal.getKommunovergripandeMal().getMalomrade(), o -> new LinkedHashMap<>())
                    .computeIfAbsent(mal.getKommunovergripandeMal(), k -> new ArrayList<>());
            List<Tabell.Rad> rader = new ArrayList<>();
            List<Diagram> trender = new ArrayList<>();
            for (Indikator indikator : indikatorer) {
                Indikatorrader ir = new Indikatorrader(indikator, perioder,
                        utfallPerIndikator.getOrDefault(indikator.getId(), List.of()), malvarden.get(indikator.getId()),
                        resultat.get(indikator.getId()), fotnoter, oppnaData);
                rader.addAll(ir.rader());
                Diagram trend = ir.trend();
                if (trend != null) {
                    trender.add(trend);
                }
            }
            block.add(new Tabell("indikatorer-" + mal.getId(), celler.t("delarsrapport.indikatorer.tabell", mal.getTitel()),
                    List.of(celler.t("delarsrapport.kolumn.indikator"), String.valueOf(perioder.ar - 2),
                            String.valueOf(perioder.ar - 1), perioder.rubrik,
                            celler.t("delarsrapport.kolumn.malvarde", perioder.ar), celler.t("delarsrapport.kolumn.maluppnas")),
                    rader));
            block.addAll(trender);
        }
        if (trad.isEmpty()) {
            return null;
        }
        List<Avsnitt> omraden = new ArrayList<>();
        trad.forEach((omrade, kommunmal) -> omraden.add(new Avsnitt("indikatorer-malomrade-" + omrade.getId(),
                celler.t("delarsrapport.indikatorer.malomrade", omrade.getNamn()), List.of(),
                kommunmal.entrySet().stream().map(e -> new Avsnitt("indikatorer-kommunmal-" + e.getKey().getId(),
                        celler.t("delarsrapport.indikatorer.kommunmal", e.getKey().getNamn()), e.getValue())).toList())));
        return new Avsnitt("namndindikatorer", celler.t("delarsrapport.avsnitt.indikatorer"),
                List.of(new Block.Stycke(celler.t("delarsrapport.indikatorer.ingress", punkt.getNamn()))), omraden);
    }

    /** The plan's order: målområde, kommunövergripande mål, nämndmål. */
    private static List<Namndmal> sorterade(List<Namndmal> namndmal) {
        List<Namndmal> sorterade = new ArrayList<>(namndmal);
        sorterade.sort(Comparator.comparingInt((Namndmal n) -> n.getKommunovergripandeMal().getMalomrade().getOrdning())
                .thenComparingLong(n -> n.getKommunovergripandeMal().getMalomrade().getId())
                .thenComparingInt(n -> n.getKommunovergripandeMal().getOrdning())
                .thenComparingLong(n -> n.getKommunovergripandeMal().getId())
                .thenComparingInt(Namndmal::getOrdning)
                .thenComparingLong(Namndmal::getId));
        return sorterade;
    }

    /** The periods of the table: the two previous full years and the point's period (a month, or the full year). */
    private static final class Perioder {

        final int ar;
        final Integer manad;
        final String rubrik;

        Perioder(Uppfoljningspunkt punkt, String rubrik) {
            this.ar = punkt.getAr();
            this.manad = punkt.utfallsmanad();
            this.rubrik = rubrik;
        }

        List<String> kategorier() {
            return List.of(String.valueOf(ar - 2), String.valueOf(ar - 1), rubrik);
        }
    }

    /** One indicator's rows, open data and trend chart. */
    private final class Indikatorrader {

        private final Indikator indikator;
        private final Perioder perioder;
        private final List<Utfall> utfall;
        private final Malvarde malvarde;
        private final BedomningService.Indikatorrad resultat;
        private final Fotnoter fotnoter;
        private final List<OppnaData.Indikatorvarde> oppnaData;
        private final String titel;
        private final String enhet;

        Indikatorrader(Indikator indikator, Perioder perioder, List<Utfall> utfall, Malvarde malvarde,
                BedomningService.Indikatorrad resultat, Fotnoter fotnoter, List<OppnaData.Indikatorvarde> oppnaData) {
            this.indikator = indikator;
            this.perioder = perioder;
            this.utfall = utfall;
            this.malvarde = malvarde;
            this.resultat = resultat;
            this.fotnoter = fotnoter;
            this.oppnaData = oppnaData;
            this.titel = indikator.getGrupp() == null ? indikator.getNamn()
                    : indikator.getGrupp() + " – " + indikator.getNamn();
            this.enhet = celler.enhet(indikator.getMatenhet());
        }

        /** The total, then women and men, then per enhet (seed 004's order); the first row carries target and result. */
        List<Tabell.Rad> rader() {
            List<Uppdelning> uppdelningar = IndikatorRader.uppdelningar(indikator, utfall);
            boolean harTotalrad = uppdelningar.contains(new Uppdelning(null, Kon.T));
            List<Tabell.Rad> rader = new ArrayList<>();
            boolean forsta = true;
            for (Uppdelning uppdelning : uppdelningar) {
                List<Tabell.Cell> rad = new ArrayList<>();
                rad.add(utfallscell(uppdelning, perioder.ar - 2, null));
                rad.add(utfallscell(uppdelning, perioder.ar - 1, null));
                rad.add(arTotal(uppdelning) && indikator.getHarledning() != null ? harlettCell()
                        : utfallscell(uppdelning, perioder.ar, perioder.manad));
                rad.add(forsta ? malvardescell() : Tabell.Cell.text(""));
                rad.add(forsta && resultat != null ? Tabell.Cell.status(celler.status(resultat.resultat()))
                        : Tabell.Cell.text(""));
                boolean huvudrad = forsta || (uppdelning.kon() == Kon.T && !harTotalrad);
                Tabell.Radslag slag = huvudrad && indikator.getGrupp() == null ? Tabell.Radslag.RAD : Tabell.Radslag.SPEC;
                rader.add(new Tabell.Rad(radnamn(uppdelning, huvudrad, forsta), slag, rad,
                        forsta ? fotnoter.referera(indikator.getFotnoter()) : List.of(), indikator.getGrupp(),
                        huvudrad ? null : indikator.getNamn()));
                forsta = false;
            }
            return rader;
        }

        private boolean arTotal(Uppdelning uppdelning) {
            return uppdelning.enhet() == null && uppdelning.kon() == Kon.T;
        }

        /** "Total sjukfrånvaro (Källa: …)", "Kvinnor", "Män, SOF", "Total sjukfrånvaro, UAF". */
        private String radnamn(Uppdelning uppdelning, boolean huvudrad, boolean forsta) {
            String kon = switch (uppdelning.kon()) {
                case T -> null;
                case K -> celler.t("delarsrapport.kvinnor");
                case M -> celler.t("delarsrapport.man");
            };
            String enhetsnamn = uppdelning.enhet() == null ? null : uppdelning.enhet().getNamn();
            if (!huvudrad) {
                return kon == null ? enhetsnamn : enhetsnamn == null ? kon : kon + ", " + enhetsnamn;
            }
            String namn = indikator.getNamn() + (enhetsnamn == null ? "" : ", " + enhetsnamn);
            return indikator.getKalla() == null || !forsta ? namn
                    : namn + " " + celler.t("delarsrapport.indikator.kalla", indikator.getKalla());
        }

        private Utfall utfall(Uppdelning uppdelning, int ar, Integer manad) {
            return utfall.stream()
                    .filter(u -> u.getAr() == ar && Objects.equals(u.getManad(), manad) && IndikatorRader.galler(uppdelning, u))
                    .findFirst().orElse(null);
        }

        /** The value as reported, "I.U." with its explanation as a footnote, or empty; recorded as open data. */
        private Tabell.Cell utfallscell(Uppdelning uppdelning, int ar, Integer manad) {
            Utfall u = utfall(uppdelning, ar, manad);
            if (u == null || (!u.isIngetUtfall() && u.getVarde() == null)) {
                return Tabell.Cell.text("");
            }
            oppnaData.add(varde(ar, manad, uppdelning, MalTabeller.UTFALL, u.getVarde(), u.isIngetUtfall()));
            return format.utfall(u, fotnoter);
        }

        /** The period's value computed from the economy, or "I.U." with why it cannot be computed yet. */
        private Tabell.Cell harlettCell() {
            BigDecimal varde = resultat == null ? null : resultat.harlettVarde();
            oppnaData.add(varde(perioder.ar, perioder.manad, new Uppdelning(null, Kon.T), MalTabeller.UTFALL, varde,
                    varde == null));
            if (varde != null) {
                return Delarsrapportceller.tal(varde, indikator.getDecimaler(), false);
            }
            String varfor = indikator.getHarledning() == se.malbild.mal.Harledning.AVVIKELSE_MOT_BUDGET
                    ? celler.t("delarsrapport.harlett.avvikelse")
                    : celler.t("delarsrapport.harlett.traffsakerhet", perioder.ar);
            return Tabell.Cell.text(celler.t("delarsrapport.iu")).medFotnoter(fotnoter.referera(List.of(varfor)));
        }

        /**
         * The year's target in the words of the plan, a number cell for a plain figure; as open data when it is a
         * figure, or "I.U." when none was set (comparisons, directions and words have no value to publish).
         */
        private Tabell.Cell malvardescell() {
            if (malvarde == null) {
                return Tabell.Cell.text("");
            }
            Uppdelning total = new Uppdelning(null, Kon.T);
            if (malvarde.getTyp() == MalvardeTyp.VARDE && malvarde.getVarde() != null) {
                oppnaData.add(varde(perioder.ar, null, total, MalTabeller.MALVARDE, malvarde.getVarde(), false));
            } else if (malvarde.getTyp() == MalvardeTyp.EJ_FASTSTALLT) {
                oppnaData.add(varde(perioder.ar, null, total, MalTabeller.MALVARDE, null, true));
            }
            return format.malvarde(malvarde, fotnoter);
        }

        private OppnaData.Indikatorvarde varde(int ar, Integer manad, Uppdelning uppdelning, String typ, BigDecimal varde,
                boolean ingetUtfall) {
            return new OppnaData.Indikatorvarde(indikator.getKod(), indikator.getNamn(), enhet, ar, manad,
                    uppdelning.kon().name(),
                    uppdelning.enhet() == null ? null : uppdelning.enhet().getNamn(), typ, ingetUtfall ? null : varde,
                    ingetUtfall ? celler.t("delarsrapport.iu") : "");
        }

        /**
         * The total's outcomes over the two previous years and the period, with the year's target at the period,
         * when at least two of them are numbers; null otherwise.
         */
        Diagram trend() {
            Uppdelning total = new Uppdelning(null, Kon.T);
            List<BigDecimal> varden = new ArrayList<>();
            varden.add(tal(utfall(total, perioder.ar - 2, null)));
            varden.add(tal(utfall(total, perioder.ar - 1, null)));
            varden.add(indikator.getHarledning() != null ? (resultat == null ? null : resultat.harlettVarde())
                    : tal(utfall(total, perioder.ar, perioder.manad)));
            if (varden.stream().filter(Objects::nonNull).count() < MINST_FOR_TREND) {
                return null;
            }
            List<Diagram.Serie> serier = new ArrayList<>();
            serier.add(new Diagram.Serie(celler.t("delarsrapport.trend.utfall"), varden));
            if (malvarde != null && malvarde.getVarde() != null
                    && (malvarde.getTyp() == MalvardeTyp.VARDE || malvarde.getTyp() == MalvardeTyp.JAMFORELSE)) {
                List<BigDecimal> mal = new ArrayList<>();
                mal.add(null);
                mal.add(null);
                mal.add(malvarde.getVarde());
                serier.add(new Diagram.Serie(celler.t("delarsrapport.trend.malvarde", perioder.ar), mal));
            }
            return DelarsrapportEkonomi.diagram("trend-" + indikator.getId(), celler.t("delarsrapport.trend.rubrik", titel),
                    Diagram.Typ.LINJE, enhet, celler.t("delarsrapport.kolumn.period"), perioder.kategorier(), serier,
                    this::trendcell);
        }

        /** Values as reported; a computed value (more decimals than anyone reports) with the indicator's decimals. */
        private Tabell.Cell trendcell(BigDecimal varde) {
            return varde.scale() > 4 ? Delarsrapportceller.tal(varde, indikator.getDecimaler(), false)
                    : Tabell.Cell.tal(varde, Talformat.SOM_SKRIVET);
        }

        private static BigDecimal tal(Utfall u) {
            return u == null || u.isIngetUtfall() ? null : u.getVarde();
        }
    }
}
