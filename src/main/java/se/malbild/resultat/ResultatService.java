package se.malbild.resultat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.common.SvenskFormat;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.OppnaData;
import se.malbild.dokument.Tabell;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;
import se.malbild.rapport.PubliceradeDelarsrapporter;

/**
 * The public results: made only from the documents stored when delårsrapporter were adopted, and only those that are
 * published; nothing live is read. Per committee its latest published delårsrapport of the chosen year: "Nådde vi
 * fram?" per nämndmål, and its indicators with the latest value, the target and the direction since the value before.
 * Two statements for a municipality's page, however many committees and reports it has.
 */
@Service
@Transactional(readOnly = true)
public class ResultatService {

    static final Locale SVENSKA = Locale.forLanguageTag("sv-SE");
    private static final String UTFALL = "UTFALL";
    private static final String MALVARDE = "MALVARDE";
    private static final String TOTALT = "T";
    /** The column of the target in the report's indicator tables (after the two previous years and the period). */
    private static final int MALVARDESKOLUMN = 3;

    /** The answer to "Nådde vi fram?", with the icon of the report's status. */
    public enum Svar {
        JA("UPPFYLLS"), DELVIS("DELVIS"), NEJ("EJ"), KAN_EJ_BEDOMAS("KAN_EJ_BEDOMAS");

        private final String ikon;

        Svar(String ikon) {
            this.ikon = ikon;
        }

        public String getIkon() {
            return ikon;
        }

        static Svar av(String malstatus) {
            if (malstatus == null) {
                return KAN_EJ_BEDOMAS;
            }
            return switch (malstatus) {
                case "UPPFYLLS" -> JA;
                case "UPPFYLLS_DELVIS" -> DELVIS;
                case "UPPFYLLS_EJ" -> NEJ;
                default -> KAN_EJ_BEDOMAS;
            };
        }
    }

    /** Which way an indicator moved since the value before. */
    public enum Trend {
        UPP, NER, OFORANDRAD, OKAND
    }

    /** A municipality on the start page. */
    public record Kommunrad(String scbKod, String namn, long antalRapporter) {
    }

    /** A municipality's page: its years with published results, the chosen one, and its committees. */
    public record Kommunsida(String scbKod, String kommun, List<Integer> aren, int ar, List<Namndresultat> namnder) {

        /** All indicators of the page, for the comparison with other municipalities. */
        public List<Indikator> indikatorer() {
            return namnder.stream().flatMap(n -> n.mal().stream()).flatMap(m -> m.indikatorer().stream()).toList();
        }
    }

    /** How many nämndmål got one answer. */
    public record Antal(Svar svar, long antal) {
    }

    /** A committee's results from one published delårsrapport. */
    public record Namndresultat(String kod, String namnd, long rapportId, String rapport, LocalDate beslutsdatum,
            String paragraf, String sha256, List<Antal> antal, List<Mal> mal) {
    }

    /** A nämndmål: where it belongs, the answer and the committee's reasoning, its indicators. */
    public record Mal(String kod, String titel, String malomrade, String kommunovergripandeMal, Svar svar,
            String statustext, String motivering, List<Indikator> indikatorer) {
    }

    /**
     * An indicator: its latest published value and period, the target, and the direction since the value before.
     * Texts are as shown; {@code senaste} null when no value was published.
     */
    public record Indikator(String kpi, String namn, String senaste, String senastePeriod, String malvarde,
            Trend trend, String forra, String forraPeriod) {
    }

    private final PubliceradeDelarsrapporter publicerade;
    private final KommunRepository kommuner;
    private final MessageSource meddelanden;

    ResultatService(PubliceradeDelarsrapporter publicerade, KommunRepository kommuner, MessageSource meddelanden) {
        this.publicerade = publicerade;
        this.kommuner = kommuner;
        this.meddelanden = meddelanden;
    }

    /** The municipalities with published results, by name. */
    public List<Kommunrad> kommuner() {
        return publicerade.kommuner().stream()
                .map(k -> new Kommunrad(k.scbKod(), k.namn(), k.antalRapporter())).toList();
    }

    /**
     * The municipality's results for the year (its latest year with published results when null): 404 for an unknown
     * municipality; a page without committees when nothing is published; an unpublished year shows the latest.
     */
    public Kommunsida kommun(String scbKod, Integer onskatAr) {
        Kommun kommun = kommuner.findByScbKod(scbKod)
                .orElseThrow(() -> new NotFoundException("Kommunen " + scbKod + " finns inte"));
        List<PubliceradeDelarsrapporter.Rapport> rapporter = publicerade.kommun(kommun).stream()
                .filter(r -> r.dokument().oppnaData() != null).toList();
        List<Integer> aren = rapporter.stream().map(r -> r.dokument().oppnaData().ar()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        if (aren.isEmpty()) {
            return new Kommunsida(kommun.getScbKod(), kommun.getNamn(), List.of(), 0, List.of());
        }
        int ar = onskatAr != null && aren.contains(onskatAr) ? onskatAr : aren.get(0);

        Map<String, List<PubliceradeDelarsrapporter.Rapport>> perNamnd = new LinkedHashMap<>();
        rapporter.stream().filter(r -> r.dokument().oppnaData().ar() <= ar)
                .forEach(r -> perNamnd.computeIfAbsent(r.dokument().oppnaData().namndKod(), k -> new ArrayList<>()).add(r));
        List<Namndresultat> namnder = new ArrayList<>();
        perNamnd.forEach((kod, namndens) -> {
            PubliceradeDelarsrapporter.Rapport senaste = namndens.stream()
                    .filter(r -> r.dokument().oppnaData().ar() == ar)
                    .max(Comparator.comparing((PubliceradeDelarsrapporter.Rapport r) -> manad(r.dokument().oppnaData()))
                            .thenComparing(PubliceradeDelarsrapporter.Rapport::beslutsdatum)
                            .thenComparingLong(PubliceradeDelarsrapporter.Rapport::id))
                    .orElse(null);
            if (senaste != null) {
                namnder.add(namndresultat(senaste, namndens));
            }
        });
        namnder.sort(Comparator.comparing(Namndresultat::namnd, java.text.Collator.getInstance(SVENSKA)));
        return new Kommunsida(kommun.getScbKod(), kommun.getNamn(), aren, ar, namnder);
    }

    private static int manad(OppnaData data) {
        return data.manad() == null ? 12 : data.manad();
    }

    private Namndresultat namndresultat(PubliceradeDelarsrapporter.Rapport rapport,
            List<PubliceradeDelarsrapporter.Rapport> namndens) {
        Dokument dokument = rapport.dokument();
        OppnaData data = dokument.oppnaData();
        Map<String, List<OppnaData.Indikatorvarde>> historik = historik(rapport, namndens);
        Map<String, String> malvardestexter = malvardestexter(dokument);
        List<Mal> mal = new ArrayList<>();
        for (OppnaData.Malresultat m : data.malresultat()) {
            List<Indikator> indikatorer = m.indikatorer().stream()
                    .map(kpi -> indikator(kpi, data, historik.getOrDefault(kpi, List.of()), malvardestexter))
                    .filter(Objects::nonNull).toList();
            mal.add(new Mal(m.kod(), m.titel(), m.malomrade(), m.kommunovergripandeMal(), Svar.av(m.status()),
                    m.statustext(), m.motivering(), indikatorer));
        }
        List<Antal> antal = new ArrayList<>();
        for (Svar svar : Svar.values()) {
            antal.add(new Antal(svar, mal.stream().filter(m -> m.svar() == svar).count()));
        }
        return new Namndresultat(data.namndKod(), dokument.namnd(), rapport.id(), dokument.titel(),
                rapport.beslutsdatum(), rapport.paragraf(), rapport.sha256(), antal, mal);
    }

    /**
     * The committee's published outcomes per indicator (the whole committee, both genders together), over the years
     * and periods of all its published reports up to the chosen one; a value published again later replaces the
     * earlier one. In time order.
     */
    private static Map<String, List<OppnaData.Indikatorvarde>> historik(PubliceradeDelarsrapporter.Rapport vald,
            List<PubliceradeDelarsrapporter.Rapport> namndens) {
        Map<String, TreeMap<Integer, OppnaData.Indikatorvarde>> perKpi = new LinkedHashMap<>();
        for (PubliceradeDelarsrapporter.Rapport r : namndens) {
            OppnaData d = r.dokument().oppnaData();
            if (d.ar() > vald.dokument().oppnaData().ar()
                    || (d.ar() == vald.dokument().oppnaData().ar() && manad(d) > manad(vald.dokument().oppnaData()))) {
                continue;
            }
            for (OppnaData.Indikatorvarde v : d.indikatorer()) {
                if (UTFALL.equals(v.typ()) && TOTALT.equals(v.gender()) && v.enhetsnamn() == null) {
                    perKpi.computeIfAbsent(v.kpi(), k -> new TreeMap<>())
                            .put(v.period() * 100 + (v.manad() == null ? 13 : v.manad()), v);
                }
            }
        }
        Map<String, List<OppnaData.Indikatorvarde>> ut = new LinkedHashMap<>();
        perKpi.forEach((kpi, varden) -> ut.put(kpi, List.copyOf(varden.values())));
        return ut;
    }

    private Indikator indikator(String kpi, OppnaData data, List<OppnaData.Indikatorvarde> historik,
            Map<String, String> malvardestexter) {
        String namn = data.indikatorer().stream().filter(v -> v.kpi().equals(kpi)).map(OppnaData.Indikatorvarde::titel)
                .findFirst().orElse(null);
        if (namn == null) {
            return null;
        }
        List<OppnaData.Indikatorvarde> medVarde = historik.stream().filter(v -> v.value() != null).toList();
        OppnaData.Indikatorvarde senaste = medVarde.isEmpty() ? null : medVarde.get(medVarde.size() - 1);
        OppnaData.Indikatorvarde forra = medVarde.size() < 2 ? null : medVarde.get(medVarde.size() - 2);
        Trend trend = Trend.OKAND;
        if (senaste != null && forra != null) {
            int jamfort = senaste.value().compareTo(forra.value());
            trend = jamfort > 0 ? Trend.UPP : jamfort < 0 ? Trend.NER : Trend.OFORANDRAD;
        }
        String malvarde = data.indikatorer().stream()
                .filter(v -> v.kpi().equals(kpi) && MALVARDE.equals(v.typ()) && TOTALT.equals(v.gender())
                        && v.enhetsnamn() == null && v.value() != null)
                .map(v -> varde(v.value(), v.enhet())).findFirst()
                .orElseGet(() -> malvardestexter.get(namn));
        return new Indikator(kpi, namn, senaste == null ? null : varde(senaste.value(), senaste.enhet()),
                senaste == null ? null : period(senaste), blank(malvarde) ? null : malvarde, trend,
                forra == null ? null : varde(forra.value(), forra.enhet()), forra == null ? null : period(forra));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The target in the words of the report's indicator table ("Ska öka"), by indicator name. */
    private static Map<String, String> malvardestexter(Dokument dokument) {
        Map<String, String> texter = new LinkedHashMap<>();
        List<Avsnitt> kvar = new ArrayList<>(dokument.avsnitt());
        while (!kvar.isEmpty()) {
            Avsnitt a = kvar.remove(0);
            kvar.addAll(a.underavsnitt());
            for (Block b : a.block()) {
                if (b instanceof Tabell t && t.id().startsWith("indikatorer-")) {
                    for (Tabell.Rad rad : t.rader()) {
                        if (rad.slag() == Tabell.Radslag.RAD && rad.celler().size() > MALVARDESKOLUMN) {
                            texter.putIfAbsent(rad.namn(), rad.celler().get(MALVARDESKOLUMN).text());
                        }
                    }
                }
            }
        }
        return texter;
    }

    /** A value as Swedes write it, with a percent sign for percentages: "15,86 %", "1 234". */
    static String varde(BigDecimal varde, String enhet) {
        String tal = SvenskFormat.somSkrivet(varde);
        return "%".equals(enhet) ? tal + SvenskFormat.HARD_MELLANSLAG + "%" : tal;
    }

    /** "2021" for a full year, "januari–augusti 2022" for a value during the year. */
    private String period(OppnaData.Indikatorvarde v) {
        if (v.manad() == null || v.manad() == 12) {
            return String.valueOf(v.period());
        }
        return meddelanden.getMessage("resultat.period.delar",
                new Object[] {v.period(), Month.of(v.manad()).getDisplayName(TextStyle.FULL_STANDALONE, SVENSKA)},
                SVENSKA);
    }
}
