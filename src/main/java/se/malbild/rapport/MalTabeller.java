package se.malbild.rapport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
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
import se.malbild.rapport.InternbudgetVy.Cell;
import se.malbild.rapport.InternbudgetVy.Rad;
import se.malbild.rapport.InternbudgetVy.Tabell;

/** Builds "Mål och inriktning" (målområde → kommunövergripande mål → nämndmål → indicator table) and key-figure tables. */
@Component
class MalTabeller {

    private final Texter texter;
    private final VardeFormat format;

    MalTabeller(Texter texter, VardeFormat format) {
        this.texter = texter;
        this.format = format;
    }

    /** The stored goals of a committee with their indicators, targets and full-year outcomes. */
    record Underlag(List<Namndmal> namndmal, List<Indikator> indikatorer, List<Malvarde> malvarden, List<Utfall> utfall) {
    }

    List<InternbudgetVy.Malomrade> malomraden(Internbudget internbudget, Underlag underlag, Fotnoter fotnoter) {
        int ar = internbudget.getAr();
        List<Integer> utfallsar = List.of(ar - 2, ar - 1);
        List<Integer> malar = malar(internbudget, underlag.malvarden());
        Map<Long, List<Indikator>> indikatorerPerMal = new HashMap<>();
        underlag.indikatorer().forEach(i -> indikatorerPerMal.computeIfAbsent(i.getNamndmal().getId(), id -> new ArrayList<>()).add(i));
        Map<Long, List<Utfall>> utfallPerIndikator = new HashMap<>();
        underlag.utfall().forEach(u -> utfallPerIndikator.computeIfAbsent(u.getIndikator().getId(), id -> new ArrayList<>()).add(u));
        Map<String, Malvarde> malvarden = new HashMap<>();
        underlag.malvarden().forEach(m -> malvarden.put(m.getIndikator().getId() + "|" + m.getAr(), m));

        Map<se.malbild.mal.Malomrade, Map<KommunovergripandeMal, List<InternbudgetVy.Namndmal>>> trad = new LinkedHashMap<>();
        List<Namndmal> sorterade = new ArrayList<>(underlag.namndmal());
        sorterade.sort(Comparator.comparingInt((Namndmal n) -> n.getKommunovergripandeMal().getMalomrade().getOrdning())
                .thenComparingInt(n -> n.getKommunovergripandeMal().getOrdning())
                .thenComparingInt(Namndmal::getOrdning)
                .thenComparingLong(Namndmal::getId));
        for (Namndmal mal : sorterade) {
            List<Integer> malnoter = fotnoter.referera(mal.getFotnoter());
            Tabell tabell = indikatortabell(mal, indikatorerPerMal.getOrDefault(mal.getId(), List.of()), utfallsar,
                    malar, utfallPerIndikator, malvarden, fotnoter);
            KommunovergripandeMal kom = mal.getKommunovergripandeMal();
            trad.computeIfAbsent(kom.getMalomrade(), m -> new LinkedHashMap<>())
                    .computeIfAbsent(kom, k -> new ArrayList<>())
                    .add(new InternbudgetVy.Namndmal(mal.getTitel(), mal.getBeskrivning(), malnoter, tabell));
        }
        List<InternbudgetVy.Malomrade> omraden = new ArrayList<>();
        trad.forEach((omrade, mal) -> omraden.add(new InternbudgetVy.Malomrade(omrade.getNamn(), mal.entrySet().stream()
                .map(e -> new InternbudgetVy.KommunovergripandeMal(e.getKey().getNamn(), e.getValue()))
                .toList())));
        return omraden;
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

    private Tabell indikatortabell(Namndmal mal, List<Indikator> indikatorer, List<Integer> utfallsar,
            List<Integer> malar, Map<Long, List<Utfall>> utfallPerIndikator, Map<String, Malvarde> malvarden,
            Fotnoter fotnoter) {
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
                    celler.add(utfall.stream()
                            .filter(u -> u.getAr() == ar && IndikatorRader.galler(uppdelning, u))
                            .findFirst()
                            .map(u -> format.utfall(u, fotnoter))
                            .orElse(Cell.TOM));
                }
                for (int ar : malar) {
                    Malvarde malvarde = forsta ? malvarden.get(indikator.getId() + "|" + ar) : null;
                    celler.add(malvarde == null ? Cell.TOM : format.malvarde(malvarde, fotnoter));
                }
                boolean huvudrad = forsta || (uppdelning.kon() == Kon.T && !harTotalrad);
                String slag = huvudrad && indikator.getGrupp() == null ? "rad" : "spec";
                List<Integer> noter = forsta ? fotnoter.referera(indikator.getFotnoter()) : List.of();
                rader.add(new Rad(radnamn(indikator, uppdelning, huvudrad, forsta), slag, celler, noter,
                        indikator.getGrupp(), huvudrad ? null : indikator.getNamn()));
                forsta = false;
            }
        }
        return new Tabell(texter.t("rapport.ib.indikatortabell", mal.getTitel()), kolumner, rader);
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

    Tabell nyckeltal(NyckeltalKategori kategori, String rubrik, int planAr, List<Nyckeltal> alla, Fotnoter fotnoter) {
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
                        .orElse(Cell.TOM));
            }
            String namn = n.getEnhet() == null ? n.getNamn() : n.getNamn() + ", " + n.getEnhet().getNamn();
            rader.add(new Rad(namn, "rad", celler, fotnoter.referera(n.getFotnoter())));
        }
        return new Tabell(rubrik, kolumner, rader);
    }
}
