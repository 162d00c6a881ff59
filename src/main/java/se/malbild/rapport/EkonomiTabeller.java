package se.malbild.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import se.malbild.dokument.OppnaData.Ekonomirad;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Tabell.Cell;
import se.malbild.dokument.Tabell.Rad;
import se.malbild.dokument.Tabell.Radslag;
import se.malbild.ekonomi.Beloppsenhet;
import se.malbild.ekonomi.Budgetpost;
import se.malbild.ekonomi.Budgetram;
import se.malbild.ekonomi.DriftbudgetVarav;
import se.malbild.ekonomi.Driftsammandrag;
import se.malbild.ekonomi.Investering;
import se.malbild.ekonomi.Investeringsbelopp;
import se.malbild.ekonomi.Investeringsram;
import se.malbild.ekonomi.Kolumn;
import se.malbild.ekonomi.Kolumntyp;
import se.malbild.ekonomi.Ramjustering;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetTyp;

/** Builds the driftsammandrag and investment tables of seed 004 from stored rows; sums come from {@link Driftsammandrag}. */
@Component
class EkonomiTabeller {

    private final Texter texter;
    private final VardeFormat format;

    EkonomiTabeller(Texter texter, VardeFormat format) {
        this.texter = texter;
        this.format = format;
    }

    /** The stored economy of a committee that a driftsammandrag is made of. */
    record Underlag(List<Verksamhet> verksamheter, List<Budgetpost> poster, List<DriftbudgetVarav> varav,
            List<Budgetforandring> forandringar, List<Budgetram> ramar) {
    }

    Tabell driftsammandrag(Internbudget internbudget, Underlag underlag, Fotnoter fotnoter) {
        List<Kolumn> kolumner = internbudget.getKolumner();
        Beloppsenhet enhet = internbudget.getBeloppsenhet();
        Map<Long, Map<Kolumn, BigDecimal>> beloppPerVerksamhet = beloppPerVerksamhet(underlag);
        Driftsammandrag sammandrag = sammandrag(underlag, beloppPerVerksamhet);
        Map<Integer, Budgetram> ramPerAr = new HashMap<>();
        underlag.ramar().forEach(r -> ramPerAr.put(r.getAr(), r));

        List<Rad> rader = new ArrayList<>();
        for (Verksamhet v : verksamheterAv(underlag, VerksamhetTyp.VERKSAMHET)) {
            if (!beloppPerVerksamhet.containsKey(v.getId())) {
                continue;
            }
            rader.add(rad(v.getNamn(), Radslag.RAD, kolumner, k -> Optional.ofNullable(beloppPerVerksamhet
                    .getOrDefault(v.getId(), Map.of()).get(k)), enhet, List.of()));
            for (Budgetforandring f : underlag.forandringar()) {
                if (f.getVerksamhet().getId().equals(v.getId())) {
                    rader.add(rad(f.getText(), Radslag.SPEC, kolumner, k -> Optional.ofNullable(f.getBelopp().get(k.ar())),
                            enhet, fotnoter.referera(f.getFotnot() == null ? List.of() : List.of(f.getFotnot())), v.getNamn()));
                }
            }
        }
        rader.add(rad(texter.t("rapport.rad.summaNetto"), Radslag.SUMMA, kolumner, k -> Optional.of(sammandrag.summaNetto(k)),
                enhet, List.of()));
        Map<Kolumn, Driftsammandrag.Fordelning> varav = new HashMap<>();
        underlag.varav().forEach(v -> varav.put(v.getKolumn(), new Driftsammandrag.Fordelning(v.getIntakter(), v.getKostnader())));
        kolumner.forEach(k -> sammandrag.fordelning(k).ifPresent(f -> varav.put(k, f)));
        if (!varav.isEmpty()) {
            rader.add(rad(texter.t("rapport.rad.varavIntakter"), Radslag.SPEC, kolumner,
                    k -> Optional.ofNullable(varav.get(k)).map(Driftsammandrag.Fordelning::intakter), enhet, List.of(),
                    texter.t("rapport.rad.summaNetto")));
            rader.add(rad(texter.t("rapport.rad.varavKostnader"), Radslag.SPEC, kolumner,
                    k -> Optional.ofNullable(varav.get(k)).map(Driftsammandrag.Fordelning::kostnader), enhet, List.of(),
                    texter.t("rapport.rad.summaNetto")));
        }
        List<Verksamhet> enheter = verksamheterAv(underlag, VerksamhetTyp.KOMMUNAL_ENHET).stream()
                .filter(v -> beloppPerVerksamhet.containsKey(v.getId())).toList();
        for (Verksamhet v : enheter) {
            rader.add(rad(v.getNamn(), Radslag.RAD, kolumner, k -> Optional.ofNullable(beloppPerVerksamhet
                    .getOrDefault(v.getId(), Map.of()).get(k)), enhet, List.of()));
        }
        if (!enheter.isEmpty()) {
            rader.add(rad(texter.t("rapport.rad.summaInklEnheter"), Radslag.SUMMA, kolumner,
                    sammandrag::summaInklKommunalaEnheter, enhet, List.of()));
        }
        if (sammandrag.harMalprognos()) {
            for (Verksamhet v : verksamheterAv(underlag, VerksamhetTyp.MALPROGNOS)) {
                rader.add(rad(v.getNamn(), Radslag.RAD, kolumner, k -> Optional.ofNullable(beloppPerVerksamhet
                        .getOrDefault(v.getId(), Map.of()).get(k)), enhet, List.of()));
            }
            rader.add(rad(texter.t("rapport.rad.nettoMotRam"), Radslag.SUMMA, kolumner,
                    k -> Optional.of(sammandrag.nettoMotRam(k)), enhet, List.of()));
        }
        if (!ramPerAr.isEmpty()) {
            Function<Kolumn, Optional<Budgetram>> ram = k -> k.typ() == Kolumntyp.BOKSLUT
                    ? Optional.empty() : Optional.ofNullable(ramPerAr.get(k.ar()));
            for (String beslut : underlag.ramar().stream().map(Budgetram::getBeslut).distinct().toList()) {
                rader.add(rad(beslut, Radslag.RAD, kolumner,
                        k -> ram.apply(k).filter(r -> r.getBeslut().equals(beslut)).map(Budgetram::getBelopp), enhet, List.of()));
            }
            for (String justering : underlag.ramar().stream().flatMap(r -> r.getJusteringar().stream())
                    .map(Ramjustering::getText).distinct().toList()) {
                rader.add(rad(justering, Radslag.SPEC, kolumner, k -> ram.apply(k).flatMap(r -> r.getJusteringar().stream()
                        .filter(j -> j.getText().equals(justering)).map(Ramjustering::getBelopp).findFirst()), enhet, List.of(),
                        texter.t("rapport.rad.ramjustering")));
            }
            if (underlag.ramar().stream().anyMatch(r -> !r.getJusteringar().isEmpty())) {
                rader.add(rad(texter.t("rapport.rad.ramInklJustering"), Radslag.SUMMA, kolumner,
                        k -> ram.apply(k).map(Budgetram::inklJusteringar), enhet, List.of()));
            }
            rader.add(rad(texter.t("rapport.rad.avvikelseRam"), Radslag.SUMMA, kolumner,
                    k -> ram.apply(k).map(r -> sammandrag.avvikelseMotRam(k, r.inklJusteringar())), enhet, List.of()));
        }
        return new Tabell("driftsammandrag", texter.t("rapport.ib.driftsammandrag", texter.t("rapport.beloppsenhet." + enhet)),
                rubriker("rapport.kolumn.rad", kolumner), rader);
    }

    /**
     * The plan's budget for its year per verksamhet and for the committee ({@code SUMMA}), in kronor, as open data. A
     * plan has no actuals or forecast, so those fields stay empty.
     */
    List<Ekonomirad> budget(Internbudget internbudget, Underlag underlag) {
        Kolumn budget = new Kolumn(internbudget.getAr(), Kolumntyp.BUDGET);
        if (!internbudget.getKolumner().contains(budget)) {
            return List.of();
        }
        Map<Long, Map<Kolumn, BigDecimal>> beloppPerVerksamhet = beloppPerVerksamhet(underlag);
        List<Ekonomirad> rader = new ArrayList<>();
        for (Verksamhet v : underlag.verksamheter()) {
            BigDecimal belopp = beloppPerVerksamhet.getOrDefault(v.getId(), Map.of()).get(budget);
            if (belopp != null) {
                rader.add(new Ekonomirad(v.getKod(), v.getNamn(), belopp, null, null, null, null, null));
            }
        }
        rader.add(new Ekonomirad("SUMMA", texter.t("rapport.rad.summaNetto"),
                sammandrag(underlag, beloppPerVerksamhet).summaNetto(budget), null, null, null, null, null));
        return rader;
    }

    private static Map<Long, Map<Kolumn, BigDecimal>> beloppPerVerksamhet(Underlag underlag) {
        Map<Long, Map<Kolumn, BigDecimal>> belopp = new HashMap<>();
        underlag.poster().forEach(p -> belopp.computeIfAbsent(p.getVerksamhet().getId(), id -> new HashMap<>())
                .put(p.getKolumn(), p.getNetto()));
        return belopp;
    }

    private static Driftsammandrag sammandrag(Underlag underlag, Map<Long, Map<Kolumn, BigDecimal>> beloppPerVerksamhet) {
        Map<Long, Map<Kolumn, Driftsammandrag.Fordelning>> fordelningPerVerksamhet = new HashMap<>();
        underlag.poster().forEach(p -> p.getFordelning().ifPresent(f -> fordelningPerVerksamhet
                .computeIfAbsent(p.getVerksamhet().getId(), id -> new HashMap<>()).put(p.getKolumn(), f)));
        return new Driftsammandrag(underlag.verksamheter().stream()
                .map(v -> new Driftsammandrag.Rad(v.getNamn(), v.getTyp(), beloppPerVerksamhet.getOrDefault(v.getId(), Map.of()),
                        fordelningPerVerksamhet.getOrDefault(v.getId(), Map.of())))
                .toList());
    }

    Tabell investeringar(Internbudget internbudget, List<Investering> investeringar, List<Investeringsram> ramar) {
        Beloppsenhet enhet = internbudget.getBeloppsenhet();
        TreeSet<Kolumn> kolumnmangd = new TreeSet<>(Comparator.comparingInt(Kolumn::ar).thenComparing(Kolumn::typ));
        int planAr = internbudget.getAr();
        List<Investering> iPlanen = investeringar.stream().filter(i -> !i.belopp(planAr).isEmpty()).toList();
        iPlanen.forEach(i -> i.belopp(planAr).forEach(b -> kolumnmangd.add(b.getKolumn())));
        List<Kolumn> kolumner = List.copyOf(kolumnmangd);
        List<Rad> rader = new ArrayList<>();
        for (Investering investering : iPlanen) {
            rader.add(rad(investering.getNamn(), Radslag.RAD, kolumner, k -> investering.belopp(planAr).stream()
                    .filter(b -> b.getKolumn().equals(k)).map(Investeringsbelopp::getBelopp).findFirst(), enhet, List.of()));
        }
        if (iPlanen.isEmpty()) {
            return new Tabell("investeringar", texter.t("rapport.ib.investeringar", texter.t("rapport.beloppsenhet." + enhet)),
                    rubriker("rapport.kolumn.objekt", kolumner), rader);
        }
        rader.add(rad(texter.t("rapport.rad.summaInvesteringar"), Radslag.SUMMA, kolumner,
                k -> Optional.of(Investering.summa(iPlanen, planAr, k)), enhet, List.of()));
        Map<Integer, Investeringsram> ramPerAr = new HashMap<>();
        ramar.forEach(r -> ramPerAr.put(r.getAr(), r));
        if (!ramar.isEmpty()) {
            String beslut = ramar.get(0).getBeslut() == null ? texter.t("rapport.rad.investeringsram") : ramar.get(0).getBeslut();
            rader.add(rad(beslut, Radslag.RAD, kolumner,
                    k -> Optional.ofNullable(ramPerAr.get(k.ar())).map(Investeringsram::getBelopp), enhet, List.of()));
            rader.add(rad(texter.t("rapport.rad.avvikelseInvesteringsram"), Radslag.SUMMA, kolumner,
                    k -> Optional.ofNullable(ramPerAr.get(k.ar()))
                            .map(r -> r.getBelopp().subtract(Investering.summa(iPlanen, planAr, k))), enhet, List.of()));
        }
        return new Tabell("investeringar", texter.t("rapport.ib.investeringar", texter.t("rapport.beloppsenhet." + enhet)),
                rubriker("rapport.kolumn.objekt", kolumner), rader);
    }

    private List<String> rubriker(String forsta, List<Kolumn> kolumner) {
        List<String> rubriker = new ArrayList<>();
        rubriker.add(texter.t(forsta));
        kolumner.forEach(k -> rubriker.add(texter.t("rapport.kolumn." + k.typ(), String.valueOf(k.ar()))));
        return rubriker;
    }

    private Rad rad(String namn, Radslag slag, List<Kolumn> kolumner, Function<Kolumn, Optional<BigDecimal>> belopp,
            Beloppsenhet enhet, List<Integer> fotnoter) {
        return rad(namn, slag, kolumner, belopp, enhet, fotnoter, null);
    }

    private Rad rad(String namn, Radslag slag, List<Kolumn> kolumner, Function<Kolumn, Optional<BigDecimal>> belopp,
            Beloppsenhet enhet, List<Integer> fotnoter, String kontext) {
        List<Cell> celler = kolumner.stream()
                .map(k -> belopp.apply(k).map(b -> format.belopp(b, enhet)).orElse(Cell.text("")))
                .toList();
        return new Rad(namn, slag, celler, fotnoter, null, kontext);
    }

    private static List<Verksamhet> verksamheterAv(Underlag underlag, VerksamhetTyp typ) {
        return underlag.verksamheter().stream().filter(v -> v.getTyp() == typ).toList();
    }
}
