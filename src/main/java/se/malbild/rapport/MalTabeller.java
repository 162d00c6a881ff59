package se.malbild.rapport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.OppnaData.Indikatorvarde;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Tabell.Cell;
import se.malbild.dokument.Tabell.Rad;
import se.malbild.dokument.Tabell.Radslag;
import se.malbild.mal.Indikator;
import se.malbild.mal.KommunovergripandeMal;
import se.malbild.mal.Kon;
import se.malbild.mal.Malvarde;
import se.malbild.mal.Namndmal;
import se.malbild.mal.Utfall;
import se.malbild.nyckeltal.Nyckeltal;
import se.malbild.nyckeltal.NyckeltalKategori;
import se.malbild.nyckeltal.NyckeltalVarde;
import se.malbild.nyckeltal.VardeTyp;
import se.malbild.mal.IndikatorRader;
import se.malbild.mal.IndikatorRader.Uppdelning;

/**
 * Builds "Mål och inriktning" (målområde → kommunövergripande mål → nämndmål → indicator table) as sections, the
 * indicator values as open data, and the key-figure tables.
 */
@Component
class MalTabeller {

    static final String UTFALL = "UTFALL";
    static final String MALVARDE = "MALVARDE";

    private final Texter texter;
    private final VardeFormat format;

    MalTabeller(Texter texter, VardeFormat format) {
        this.texter = texter;
        this.format = format;
    }

    /** The stored goals of a committee with their indicators, targets and full-year outcomes. */
    record Underlag(List<Namndmal> namndmal, List<Indikator> indikatorer, List<Malvarde> malvarden, List<Utfall> utfall) {
    }

    /** The goal sections, one per målområde, and every outcome and numeric target they show, as open data. */
    record Mal(List<Avsnitt> malomraden, List<Indikatorvarde> indikatorvarden) {
    }

    Mal malomraden(Internbudget internbudget, Underlag underlag, Fotnoter fotnoter) {
        int ar = internbudget.getAr();
        List<Integer> utfallsar = List.of(ar - 2, ar - 1);
        List<Integer> malar = malar(internbudget, underlag.malvarden());
        Map<Long, List<Indikator>> indikatorerPerMal = new HashMap<>();
        underlag.indikatorer().forEach(i -> indikatorerPerMal.computeIfAbsent(i.getNamndmal().getId(), id -> new ArrayList<>()).add(i));
        Map<Long, List<Utfall>> utfallPerIndikator = new HashMap<>();
        underlag.utfall().forEach(u -> utfallPerIndikator.computeIfAbsent(u.getIndikator().getId(), id -> new ArrayList<>()).add(u));
        Map<String, Malvarde> malvarden = new HashMap<>();
        underlag.malvarden().forEach(m -> malvarden.put(m.getIndikator().getId() + "|" + m.getAr(), m));

        Map<se.malbild.mal.Malomrade, Map<KommunovergripandeMal, List<Namndmal>>> trad = new LinkedHashMap<>();
        List<Namndmal> sorterade = new ArrayList<>(underlag.namndmal());
        sorterade.sort(Comparator.comparingInt((Namndmal n) -> n.getKommunovergripandeMal().getMalomrade().getOrdning())
                .thenComparingInt(n -> n.getKommunovergripandeMal().getOrdning())
                .thenComparingInt(Namndmal::getOrdning)
                .thenComparingLong(Namndmal::getId));
        for (Namndmal mal : sorterade) {
            KommunovergripandeMal kom = mal.getKommunovergripandeMal();
            trad.computeIfAbsent(kom.getMalomrade(), m -> new LinkedHashMap<>())
                    .computeIfAbsent(kom, k -> new ArrayList<>())
                    .add(mal);
        }
        List<Avsnitt> omraden = new ArrayList<>();
        List<Indikatorvarde> indikatorvarden = new ArrayList<>();
        int nummer = 0;
        for (var omrade : trad.entrySet()) {
            String omradesId = "malomrade-" + (omraden.size() + 1);
            List<Avsnitt> kommunmal = new ArrayList<>();
            for (var kom : omrade.getValue().entrySet()) {
                List<Avsnitt> namndmal = new ArrayList<>();
                for (Namndmal mal : kom.getValue()) {
                    nummer++;
                    List<Integer> malnoter = fotnoter.referera(mal.getFotnoter());
                    Tabell tabell = indikatortabell("indikatorer-" + nummer, mal,
                            indikatorerPerMal.getOrDefault(mal.getId(), List.of()), utfallsar, malar, utfallPerIndikator,
                            malvarden, fotnoter, indikatorvarden);
                    List<Block> block = new ArrayList<>();
                    if (mal.getBeskrivning() != null) {
                        block.add(new Block.Stycke(mal.getBeskrivning()));
                    }
                    block.add(tabell);
                    namndmal.add(new Avsnitt("namndmal-" + nummer, mal.getTitel(), malnoter, block, List.of()));
                }
                kommunmal.add(new Avsnitt(omradesId + "-" + (kommunmal.size() + 1),
                        texter.t("rapport.ib.kommunovergripande", kom.getKey().getNamn()), List.of(), namndmal));
            }
            omraden.add(new Avsnitt(omradesId, texter.t("rapport.ib.malomrade", omrade.getKey().getNamn()), List.of(),
                    kommunmal));
        }
        return new Mal(omraden, indikatorvarden);
    }

    /**
     * The target years shown: the budget year and the next, and any other year from the year before to the end of
     * the plan that the plan states a target for (Tranås' plan for 2023 states 2022–2025).
     */
    private static List<Integer> malar(Internbudget internbudget, List<Malvarde> malvarden) {
        TreeSet<Integer> ar = new TreeSet<>(List.of(internbudget.getAr(), internbudget.getAr() + 1));
        malvarden.stream().map(Malvarde::getAr)
                .filter(a -> a >= internbudget.getAr() - 1 && a <= internbudget.getPlanTillAr())
                .forEach(ar::add);
        return List.copyOf(ar);
    }

    private Tabell indikatortabell(String id, Namndmal mal, List<Indikator> indikatorer, List<Integer> utfallsar,
            List<Integer> malar, Map<Long, List<Utfall>> utfallPerIndikator, Map<String, Malvarde> malvarden,
            Fotnoter fotnoter, List<Indikatorvarde> indikatorvarden) {
        List<String> kolumner = new ArrayList<>();
        kolumner.add(texter.t("rapport.kolumn.indikator"));
        utfallsar.forEach(a -> kolumner.add(texter.t("rapport.kolumn.utfallAr", String.valueOf(a))));
        malar.forEach(a -> kolumner.add(texter.t("rapport.kolumn.malvarde", String.valueOf(a))));
        List<Rad> rader = new ArrayList<>();
        for (Indikator indikator : indikatorer) {
            List<Utfall> utfall = utfallPerIndikator.getOrDefault(indikator.getId(), List.of());
            List<Uppdelning> uppdelningar = IndikatorRader.uppdelningar(indikator, utfall);
            boolean harTotalrad = uppdelningar.contains(new Uppdelning(null, Kon.T));
            boolean forsta = true;
            for (Uppdelning uppdelning : uppdelningar) {
                List<Cell> celler = new ArrayList<>();
                for (int ar : utfallsar) {
                    Optional<Utfall> arets = utfall.stream()
                            .filter(u -> u.getAr() == ar && IndikatorRader.galler(uppdelning, u))
                            .findFirst();
                    celler.add(arets.map(u -> format.utfall(u, fotnoter)).orElse(Cell.text("")));
                    arets.ifPresent(u -> indikatorvarden.add(utfallsvarde(indikator, u)));
                }
                for (int ar : malar) {
                    Malvarde malvarde = forsta ? malvarden.get(indikator.getId() + "|" + ar) : null;
                    celler.add(malvarde == null ? Cell.text("") : format.malvarde(malvarde, fotnoter));
                    if (malvarde != null) {
                        malvardesvarde(indikator, malvarde).ifPresent(indikatorvarden::add);
                    }
                }
                boolean huvudrad = forsta || (uppdelning.kon() == Kon.T && !harTotalrad);
                Radslag slag = huvudrad && indikator.getGrupp() == null ? Radslag.RAD : Radslag.SPEC;
                List<Integer> noter = forsta ? fotnoter.referera(indikator.getFotnoter()) : List.of();
                rader.add(new Rad(radnamn(indikator, uppdelning, huvudrad, forsta), slag, celler, noter,
                        indikator.getGrupp(), huvudrad ? null : indikator.getNamn()));
                forsta = false;
            }
        }
        return new Tabell(id, texter.t("rapport.ib.indikatortabell", mal.getTitel()), kolumner, rader);
    }

    /** An outcome as open data: kpi is the indicator's code, the period its year, gender and enhet its breakdown. */
    private Indikatorvarde utfallsvarde(Indikator indikator, Utfall utfall) {
        return new Indikatorvarde(indikator.getKod(), indikator.getNamn(), enhet(indikator), utfall.getAr(),
                utfall.getManad(), utfall.getKon().name(), utfall.getEnhet() == null ? null : utfall.getEnhet().getNamn(),
                UTFALL, utfall.isIngetUtfall() ? null : utfall.getVarde(),
                utfall.isIngetUtfall() ? texter.t("rapport.utfall.iu") : "");
    }

    /**
     * A target as open data when it is a figure, or "I.U." when none was set; targets in words, directions and
     * comparisons ("&lt;1 %") have no value to publish.
     */
    private Optional<Indikatorvarde> malvardesvarde(Indikator indikator, Malvarde malvarde) {
        return switch (malvarde.getTyp()) {
            case VARDE -> Optional.ofNullable(malvarde.getVarde()).map(v -> new Indikatorvarde(indikator.getKod(),
                    indikator.getNamn(), enhet(indikator), malvarde.getAr(), null, "T", null, MALVARDE, v, ""));
            case EJ_FASTSTALLT -> Optional.of(new Indikatorvarde(indikator.getKod(), indikator.getNamn(),
                    enhet(indikator), malvarde.getAr(), null, "T", null, MALVARDE, null, texter.t("rapport.utfall.iu")));
            case JAMFORELSE, RIKTNING, KVALITATIVT, BUDGET_I_BALANS -> Optional.empty();
        };
    }

    private String enhet(Indikator indikator) {
        return texter.t("dokument.matenhet." + indikator.getMatenhet());
    }

    /** "Total sjukfrånvaro, UAF", "Kvinnor", "Män, SOF" — the name and the source on the first row. */
    private String radnamn(Indikator indikator, Uppdelning uppdelning, boolean huvudrad, boolean forsta) {
        String kon = switch (uppdelning.kon()) {
            case T -> null;
            case K -> texter.t("rapport.utfall.kvinnor");
            case M -> texter.t("rapport.utfall.man");
        };
        String enhet = uppdelning.enhet() == null ? null : uppdelning.enhet().getNamn();
        if (!huvudrad) {
            return kon == null ? enhet : enhet == null ? kon : kon + ", " + enhet;
        }
        String namn = (indikator.isObligatorisk() ? "*" : "") + indikator.getNamn() + (enhet == null ? "" : ", " + enhet);
        return indikator.getKalla() == null || !forsta ? namn
                : namn + " " + texter.t("rapport.indikator.kalla", indikator.getKalla());
    }

    Tabell nyckeltal(String id, NyckeltalKategori kategori, String rubrik, int planAr, List<Nyckeltal> alla,
            Fotnoter fotnoter) {
        List<Nyckeltal> tal = alla.stream()
                .filter(n -> n.getKategori() == kategori && !n.varden(planAr).isEmpty())
                .toList();
        TreeSet<String> kolumnnycklar = new TreeSet<>();
        Map<String, int[]> sortering = new HashMap<>();
        tal.forEach(n -> n.varden(planAr).forEach(v -> {
            String nyckel = v.getAr() + ":" + v.getTyp();
            kolumnnycklar.add(nyckel);
            sortering.put(nyckel, new int[] {v.getAr(), v.getTyp().ordinal()});
        }));
        List<String> ordning = kolumnnycklar.stream()
                .sorted(Comparator.comparingInt((String k) -> sortering.get(k)[0]).thenComparingInt(k -> sortering.get(k)[1]))
                .toList();
        List<String> kolumner = new ArrayList<>();
        kolumner.add(texter.t("rapport.kolumn.matt"));
        ordning.forEach(k -> kolumner.add(texter.t("rapport.kolumn." + VardeTyp.valueOf(k.split(":")[1]), k.split(":")[0])));
        List<Rad> rader = new ArrayList<>();
        for (Nyckeltal n : tal) {
            List<Cell> celler = new ArrayList<>();
            for (String nyckel : ordning) {
                celler.add(n.varden(planAr).stream()
                        .filter(v -> nyckel.equals(v.getAr() + ":" + v.getTyp()))
                        .findFirst()
                        .map((NyckeltalVarde v) -> format.nyckeltal(v.getVarde(), n.getDecimaler(), v.getAnmarkning(), fotnoter))
                        .orElse(Cell.text("")));
            }
            String namn = n.getEnhet() == null ? n.getNamn() : n.getNamn() + ", " + n.getEnhet().getNamn();
            rader.add(new Rad(namn, Radslag.RAD, celler, fotnoter.referera(n.getFotnoter()), null, null));
        }
        return new Tabell(id, rubrik, kolumner, rader);
    }
}
