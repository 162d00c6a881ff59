package se.malbild.onboarding;

import static se.malbild.onboarding.PlanFil.lista;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.malbild.ekonomi.Beloppsenhet;
import se.malbild.ekonomi.Budgetpost;
import se.malbild.ekonomi.BudgetpostRepository;
import se.malbild.ekonomi.Budgetram;
import se.malbild.ekonomi.BudgetramRepository;
import se.malbild.ekonomi.DriftbudgetVarav;
import se.malbild.ekonomi.DriftbudgetVaravRepository;
import se.malbild.ekonomi.Driftsammandrag;
import se.malbild.ekonomi.Investering;
import se.malbild.ekonomi.InvesteringRepository;
import se.malbild.ekonomi.Investeringsram;
import se.malbild.ekonomi.InvesteringsramRepository;
import se.malbild.ekonomi.Kolumn;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.KommunovergripandeMal;
import se.malbild.mal.KommunovergripandeMalRepository;
import se.malbild.mal.Malomrade;
import se.malbild.mal.MalomradeRepository;
import se.malbild.mal.Malvarde;
import se.malbild.mal.MalvardeRepository;
import se.malbild.mal.Namndmal;
import se.malbild.mal.NamndmalRepository;
import se.malbild.mal.StrategisktUppdrag;
import se.malbild.mal.StrategisktUppdragRepository;
import se.malbild.mal.Utfall;
import se.malbild.mal.UtfallRepository;
import se.malbild.nyckeltal.Nyckeltal;
import se.malbild.nyckeltal.NyckeltalRepository;
import se.malbild.onboarding.PlanFil.IndikatorDel;
import se.malbild.onboarding.PlanFil.UtfallDel;
import se.malbild.organisation.Enhet;
import se.malbild.organisation.EnhetRepository;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.rapport.Budgetforandring;
import se.malbild.rapport.Internbudget;
import se.malbild.rapport.InternbudgetRepository;

/**
 * Writes a validated plan. Everything with an identity that later work refers to (organisation, goals, indicators,
 * targets, outcomes, budget rows) is updated in place by its natural key, so importing the same file again changes
 * nothing; what the file owns as a whole (specification of changes, frame adjustments, assignments) is replaced.
 * Outcomes missing from the file are kept: they may have been entered in Målbild since.
 */
@Component
class PlanSkrivare {

    private final KommunRepository kommuner;
    private final NamndRepository namnder;
    private final EnhetRepository enheter;
    private final VerksamhetRepository verksamheter;
    private final MalomradeRepository malomraden;
    private final KommunovergripandeMalRepository kommunovergripandeMal;
    private final NamndmalRepository namndmal;
    private final IndikatorRepository indikatorer;
    private final MalvardeRepository malvarden;
    private final UtfallRepository utfall;
    private final StrategisktUppdragRepository uppdrag;
    private final BudgetpostRepository budgetposter;
    private final DriftbudgetVaravRepository varav;
    private final BudgetramRepository ramar;
    private final InvesteringRepository investeringar;
    private final InvesteringsramRepository investeringsramar;
    private final NyckeltalRepository nyckeltal;
    private final InternbudgetRepository internbudgetar;

    PlanSkrivare(KommunRepository kommuner, NamndRepository namnder, EnhetRepository enheter,
            VerksamhetRepository verksamheter, MalomradeRepository malomraden,
            KommunovergripandeMalRepository kommunovergripandeMal, NamndmalRepository namndmal,
            IndikatorRepository indikatorer, MalvardeRepository malvarden, UtfallRepository utfall,
            StrategisktUppdragRepository uppdrag, BudgetpostRepository budgetposter, DriftbudgetVaravRepository varav,
            BudgetramRepository ramar, InvesteringRepository investeringar,
            InvesteringsramRepository investeringsramar, NyckeltalRepository nyckeltal,
            InternbudgetRepository internbudgetar) {
        this.kommuner = kommuner;
        this.namnder = namnder;
        this.enheter = enheter;
        this.verksamheter = verksamheter;
        this.malomraden = malomraden;
        this.kommunovergripandeMal = kommunovergripandeMal;
        this.namndmal = namndmal;
        this.indikatorer = indikatorer;
        this.malvarden = malvarden;
        this.utfall = utfall;
        this.uppdrag = uppdrag;
        this.budgetposter = budgetposter;
        this.varav = varav;
        this.ramar = ramar;
        this.investeringar = investeringar;
        this.investeringsramar = investeringsramar;
        this.nyckeltal = nyckeltal;
        this.internbudgetar = internbudgetar;
    }

    /** Codes of the council goals a municipality already has, which a file may refer to. */
    Set<String> kandaKommunovergripandeMal(String scbKod) {
        return kommuner.findByScbKod(scbKod)
                .map(k -> kommunovergripandeMal.findByKommun(k).stream()
                        .map(KommunovergripandeMal::getKod)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    Namnd skriv(PlanFil fil) {
        Kommun kommun = kommuner.findByScbKod(fil.kommun().scbKod())
                .orElseGet(() -> kommuner.save(new Kommun(fil.kommun().scbKod(), fil.kommun().namn())));
        kommun.setNamn(fil.kommun().namn());

        var n = fil.namnd();
        Namnd namnd = namnder.findByKommunAndKod(kommun.getScbKod(), n.kod()).orElseGet(() -> new Namnd(kommun, n.kod()));
        namnd.beskriv(n.namn(), n.forvaltning(), n.ordforande(), n.forvaltningschef(), lista(n.uppdrag()));
        namnder.save(namnd);

        Map<String, Enhet> enhetPerKod = skrivEnheter(namnd, n);
        Map<String, Verksamhet> verksamhetPerKod = skrivVerksamheter(namnd, n);
        Map<String, KommunovergripandeMal> komPerKod = skrivMalomraden(kommun, fil);
        Beloppsenhet enhet = fil.internbudget().beloppsenhet();

        int planAr = fil.internbudget().ar();
        skrivInternbudget(namnd, fil, verksamhetPerKod);
        skrivDriftbudget(namnd, planAr, fil, verksamhetPerKod, enhet);
        skrivRamar(namnd, planAr, fil, enhet);
        skrivInvesteringar(namnd, planAr, fil, enhet);
        skrivNyckeltal(namnd, planAr, fil, enhetPerKod);
        skrivNamndmal(namnd, planAr, fil, komPerKod, enhetPerKod);
        skrivUppdrag(namnd, fil, planAr);
        return namnd;
    }

    private Map<String, Enhet> skrivEnheter(Namnd namnd, PlanFil.NamndDel n) {
        Map<String, Enhet> perKod = perNyckel(enheter.findByNamnd(namnd), Enhet::getKod);
        for (var e : lista(n.enheter())) {
            Enhet enhet = perKod.computeIfAbsent(e.kod(), kod -> enheter.save(new Enhet(namnd, kod, e.namn())));
            enhet.setNamn(e.namn());
        }
        return perKod;
    }

    private Map<String, Verksamhet> skrivVerksamheter(Namnd namnd, PlanFil.NamndDel n) {
        Map<String, Verksamhet> perKod = perNyckel(verksamheter.findByNamndOrderByOrdning(namnd), Verksamhet::getKod);
        int ordning = 0;
        for (var v : lista(n.verksamheter())) {
            Verksamhet verksamhet = perKod.computeIfAbsent(v.kod(), kod -> new Verksamhet(namnd, kod));
            verksamhet.beskriv(v.namn(), v.typ(), ++ordning);
            verksamheter.save(verksamhet);
        }
        return perKod;
    }

    private Map<String, KommunovergripandeMal> skrivMalomraden(Kommun kommun, PlanFil fil) {
        Map<String, KommunovergripandeMal> perKod = new HashMap<>();
        kommunovergripandeMal.findByKommun(kommun).forEach(m -> perKod.put(m.getKod(), m));
        int ordning = 0;
        for (var m : lista(fil.malomraden())) {
            Malomrade omrade = malomraden.findByKommunAndKodAndFranAr(kommun, m.kod(), m.franAr())
                    .orElseGet(() -> new Malomrade(kommun, m.kod(), m.franAr()));
            omrade.beskriv(m.namn(), m.beskrivning(), m.tillAr(), ++ordning);
            malomraden.save(omrade);
            int komOrdning = 0;
            for (var k : m.kommunovergripandeMal()) {
                KommunovergripandeMal mal = kommunovergripandeMal.findByMalomradeAndKod(omrade, k.kod())
                        .orElseGet(() -> new KommunovergripandeMal(omrade, k.kod()));
                mal.beskriv(k.namn(), k.beskrivning(), ++komOrdning);
                perKod.put(k.kod(), kommunovergripandeMal.save(mal));
            }
        }
        return perKod;
    }

    private Internbudget skrivInternbudget(Namnd namnd, PlanFil fil, Map<String, Verksamhet> verksamhetPerKod) {
        var ib = fil.internbudget();
        Internbudget internbudget = internbudgetar.findByNamndAndAr(namnd, ib.ar())
                .orElseGet(() -> new Internbudget(namnd, ib.ar()));
        internbudget.beskriv(ib.planTillAr(), ib.titel(), ib.beloppsenhet(), lista(ib.sammanfattning()),
                ib.kommentarEkonomi(), ib.kommentarVolym(), ib.kommentarPersonal(),
                ib.kolumner().stream().map(k -> new Kolumn(k.ar(), k.typ())).toList());
        List<Budgetforandring> forandringar = new ArrayList<>();
        if (fil.driftbudget() != null) {
            for (var post : lista(fil.driftbudget().poster())) {
                for (var f : lista(post.forandringar())) {
                    Budgetforandring forandring = internbudget.nyForandring(verksamhetPerKod.get(post.verksamhet()),
                            forandringar.size() + 1, f.text(), f.fotnot());
                    f.belopp().forEach(b -> forandring.satt(b.ar(), ib.beloppsenhet().tillKronor(b.belopp())));
                    forandringar.add(forandring);
                }
            }
        }
        internbudget.ersattForandringar(forandringar);
        return internbudgetar.save(internbudget);
    }

    private void skrivDriftbudget(Namnd namnd, int planAr, PlanFil fil, Map<String, Verksamhet> verksamhetPerKod,
            Beloppsenhet enhet) {
        Map<String, Budgetpost> befintliga = perNyckel(budgetposter.findByNamndAndPlanAr(namnd, planAr),
                b -> b.getVerksamhet().getKod() + "|" + b.getKolumn());
        Set<String> iFilen = new HashSet<>();
        for (var post : fil.driftbudget() == null ? List.<PlanFil.PostDel>of() : lista(fil.driftbudget().poster())) {
            Verksamhet verksamhet = verksamhetPerKod.get(post.verksamhet());
            for (var b : post.belopp()) {
                Kolumn kolumn = new Kolumn(b.ar(), b.typ());
                String nyckel = post.verksamhet() + "|" + kolumn;
                iFilen.add(nyckel);
                Budgetpost budgetpost = befintliga.computeIfAbsent(nyckel, n -> new Budgetpost(verksamhet, planAr, kolumn));
                budgetpost.satt(enhet.tillKronor(b.belopp()), b.intakter() == null ? null
                        : new Driftsammandrag.Fordelning(enhet.tillKronor(b.intakter()), enhet.tillKronor(b.kostnader())));
                budgetposter.save(budgetpost);
            }
        }
        taBortUtom(befintliga, iFilen, budgetposter::delete);

        Map<String, DriftbudgetVarav> befintligaVarav = perNyckel(varav.findByNamndAndPlanAr(namnd, planAr),
                v -> v.getKolumn().toString());
        Set<String> varavIFilen = new HashSet<>();
        for (var v : fil.driftbudget() == null ? List.<PlanFil.VaravDel>of() : lista(fil.driftbudget().varav())) {
            Kolumn kolumn = new Kolumn(v.ar(), v.typ());
            varavIFilen.add(kolumn.toString());
            DriftbudgetVarav gammal = befintligaVarav.get(kolumn.toString());
            BigDecimal intakter = enhet.tillKronor(v.intakter());
            BigDecimal kostnader = enhet.tillKronor(v.kostnader());
            if (gammal != null && gammal.getIntakter().compareTo(intakter) == 0 && gammal.getKostnader().compareTo(kostnader) == 0) {
                continue;
            }
            if (gammal != null) {
                varav.delete(gammal);
                varav.flush();
            }
            varav.save(new DriftbudgetVarav(namnd, planAr, kolumn, intakter, kostnader));
        }
        taBortUtom(befintligaVarav, varavIFilen, varav::delete);
    }

    private void skrivRamar(Namnd namnd, int planAr, PlanFil fil, Beloppsenhet enhet) {
        Map<String, Budgetram> befintliga = perNyckel(ramar.findByNamndAndPlanAr(namnd, planAr), r -> String.valueOf(r.getAr()));
        Set<String> iFilen = new HashSet<>();
        for (var r : lista(fil.budgetramar())) {
            iFilen.add(String.valueOf(r.ar()));
            Budgetram ram = befintliga.computeIfAbsent(String.valueOf(r.ar()), ar -> new Budgetram(namnd, planAr, r.ar()));
            ram.besluta(r.beslut(), enhet.tillKronor(r.belopp()));
            lista(r.justeringar()).forEach(j -> ram.justera(j.text(), enhet.tillKronor(j.belopp())));
            ramar.save(ram);
        }
        taBortUtom(befintliga, iFilen, ramar::delete);
    }

    private void skrivInvesteringar(Namnd namnd, int planAr, PlanFil fil, Beloppsenhet enhet) {
        Map<String, Investering> befintliga = perNyckel(investeringar.findByNamnd(namnd), Investering::getNamn);
        Set<String> iFilen = new HashSet<>();
        int ordning = 0;
        var objekt = fil.investeringar() == null ? List.<PlanFil.InvesteringDel>of() : lista(fil.investeringar().objekt());
        for (var o : objekt) {
            iFilen.add(o.namn());
            Investering investering = befintliga.computeIfAbsent(o.namn(), namn -> new Investering(namnd, namn));
            investering.setOrdning(++ordning);
            List<Kolumn> kolumner = new ArrayList<>();
            for (var b : o.belopp()) {
                Kolumn kolumn = new Kolumn(b.ar(), b.typ());
                kolumner.add(kolumn);
                investering.satt(planAr, kolumn, enhet.tillKronor(b.belopp()));
            }
            investering.behallEndast(planAr, kolumner);
            investeringar.save(investering);
        }
        befintliga.values().stream().filter(i -> !iFilen.contains(i.getNamn()))
                .forEach(i -> i.behallEndast(planAr, List.of()));

        Map<String, Investeringsram> befintligaRamar = perNyckel(investeringsramar.findByNamndAndPlanArOrderByAr(namnd, planAr),
                r -> String.valueOf(r.getAr()));
        Set<String> ramarIFilen = new HashSet<>();
        for (var r : fil.investeringar() == null ? List.<PlanFil.InvesteringsramDel>of() : lista(fil.investeringar().ramar())) {
            ramarIFilen.add(String.valueOf(r.ar()));
            Investeringsram ram = befintligaRamar.computeIfAbsent(String.valueOf(r.ar()),
                    ar -> new Investeringsram(namnd, planAr, r.ar()));
            ram.besluta(r.beslut(), enhet.tillKronor(r.belopp()));
            investeringsramar.save(ram);
        }
        taBortUtom(befintligaRamar, ramarIFilen, investeringsramar::delete);
    }

    private void skrivNyckeltal(Namnd namnd, int planAr, PlanFil fil, Map<String, Enhet> enhetPerKod) {
        Map<String, Nyckeltal> befintliga = perNyckel(nyckeltal.findByNamnd(namnd),
                n -> n.getKategori() + "|" + n.getNamn() + "|" + (n.getEnhet() == null ? null : n.getEnhet().getKod()));
        Set<String> iFilen = new HashSet<>();
        int ordning = 0;
        for (var n : lista(fil.nyckeltal())) {
            Enhet enhet = n.enhet() == null ? null : enhetPerKod.get(n.enhet());
            String nyckel = n.kategori() + "|" + n.namn() + "|" + n.enhet();
            iFilen.add(nyckel);
            Nyckeltal tal = befintliga.computeIfAbsent(nyckel, k -> new Nyckeltal(namnd, n.kategori(), n.namn(), enhet));
            tal.beskriv(n.matenhet(), n.decimaler() == null ? 0 : n.decimaler(), lista(n.fotnoter()), ++ordning);
            List<Nyckeltal.Nyckel> nycklar = new ArrayList<>();
            for (var v : n.varden()) {
                Nyckeltal.Nyckel vardenyckel = new Nyckeltal.Nyckel(v.ar(), v.typ());
                tal.satt(planAr, vardenyckel, v.varde(), v.anmarkning());
                nycklar.add(vardenyckel);
            }
            tal.behallEndast(planAr, nycklar);
            nyckeltal.save(tal);
        }
        befintliga.entrySet().stream().filter(e -> !iFilen.contains(e.getKey()))
                .forEach(e -> e.getValue().behallEndast(planAr, List.of()));
    }

    private void skrivNamndmal(Namnd namnd, int planAr, PlanFil fil, Map<String, KommunovergripandeMal> komPerKod,
            Map<String, Enhet> enhetPerKod) {
        Map<String, Utfall> befintligaUtfall = perNyckel(utfall.findByNamnd(namnd), PlanSkrivare::nyckel);
        Map<String, Malvarde> befintligaMalvarden = perNyckel(malvarden.findByNamndAndPlanAr(namnd, planAr),
                m -> m.getIndikator().getId() + "|" + m.getAr());
        Set<Long> medUtfall = befintligaUtfall.values().stream().map(u -> u.getIndikator().getId()).collect(Collectors.toSet());
        Set<String> malvardenIFilen = new HashSet<>();
        Map<String, Namndmal> befintligaMal = perNyckel(namndmal.findByNamnd(namnd), Namndmal::getKod);
        Set<String> malIFilen = new HashSet<>();
        int ordning = 0;
        for (var m : lista(fil.namndmal())) {
            malIFilen.add(m.kod());
            Namndmal mal = befintligaMal.computeIfAbsent(m.kod(), kod -> new Namndmal(namnd, kod));
            mal.beskriv(komPerKod.get(m.kommunovergripandeMal()), m.titel(), m.beskrivning(), lista(m.fotnoter()), ++ordning);
            mal.ingarIPlan(planAr);
            namndmal.save(mal);
            Map<String, Indikator> befintligaIndikatorer = perNyckel(mal.getId() == null ? List.of()
                    : indikatorer.findByNamndmal(mal), Indikator::getKod);
            Set<String> indikatorerIFilen = new HashSet<>();
            int indOrdning = 0;
            for (var i : m.indikatorer()) {
                indikatorerIFilen.add(i.kod());
                Indikator indikator = befintligaIndikatorer.computeIfAbsent(i.kod(), kod -> new Indikator(mal, kod));
                indikator.beskriv(i.grupp(), i.namn(), i.matenhet(), i.decimaler() == null ? 0 : i.decimaler(),
                        i.riktning(), i.kalla(), Boolean.TRUE.equals(i.obligatorisk()), i.koladaKpi(),
                        lista(i.fotnoter()), ++indOrdning);
                indikator.uppdelning(Boolean.TRUE.equals(i.konsuppdelning()),
                        lista(i.enheter()).stream().map(enhetPerKod::get).toList());
                indikator.setHarledning(i.harledning());
                indikator.ingarIPlan(planAr);
                indikatorer.save(indikator);
                for (var mv : lista(i.malvarden())) {
                    malvardenIFilen.add(indikator.getId() + "|" + mv.ar());
                    Malvarde malvarde = befintligaMalvarden.computeIfAbsent(indikator.getId() + "|" + mv.ar(),
                            k -> new Malvarde(indikator, planAr, mv.ar()));
                    malvarde.satt(mv.typ(), mv.varde(), mv.operator(), mv.riktning(), mv.text(), mv.forklaring(),
                            lista(mv.fotnoter()));
                    malvarden.save(malvarde);
                }
                skrivUtfall(indikator, i, enhetPerKod, befintligaUtfall);
            }
            befintligaIndikatorer.values().stream()
                    .filter(i -> !indikatorerIFilen.contains(i.getKod()) && i.galler(planAr))
                    .forEach(i -> lamnaPlanen(i, planAr, medUtfall, "indikatorn '" + i.getNamn() + "' i '" + m.titel() + "'"));
        }
        taBortUtom(befintligaMalvarden, malvardenIFilen, malvarden::delete);
        for (Namndmal mal : befintligaMal.values()) {
            if (!malIFilen.contains(mal.getKod()) && mal.galler(planAr)) {
                for (Indikator i : indikatorer.findByNamndmal(mal)) {
                    if (i.galler(planAr)) {
                        lamnaPlanen(i, planAr, medUtfall, "indikatorn '" + i.getNamn() + "' i '" + mal.getTitel() + "'");
                    }
                }
                mal.avslutaFore(planAr);
            }
        }
    }

    /**
     * An indicator the plan no longer has ends the year before the plan; nothing is deleted, so its history and what
     * refers to it stay. One that only this plan year had and that already has outcomes is refused: the outcomes
     * would disappear from the plan they were entered for.
     */
    private void lamnaPlanen(Indikator indikator, int planAr, Set<Long> medUtfall, String vad) {
        if (indikator.getFranAr() >= planAr && medUtfall.contains(indikator.getId())) {
            throw new ImportException(List.of(new ImportFel("namndmal", vad + " saknas i filen men har utfall i Målbild och "
                    + "kan därför inte tas bort; ta med den i filen")));
        }
        indikator.avslutaFore(planAr);
    }

    private void skrivUtfall(Indikator indikator, IndikatorDel del, Map<String, Enhet> enhetPerKod,
            Map<String, Utfall> befintliga) {
        for (UtfallDel u : lista(del.utfall())) {
            Enhet enhet = u.enhet() == null ? null : enhetPerKod.get(u.enhet());
            Utfall rad = befintliga.get(nyckel(indikator.getId(), u.ar(), u.manad(), u.konEllerTotal().name(),
                    enhet == null ? null : enhet.getId()));
            if (rad == null) {
                rad = new Utfall(indikator, u.ar(), u.manad(), u.konEllerTotal(), enhet);
            }
            if (Boolean.TRUE.equals(u.ingetUtfall())) {
                if (!rad.isIngetUtfall() || rad.getId() == null || andrad(rad, null, u)) {
                    rad.registreraIngetUtfall(u.forklaring(), u.kommentar(), lista(u.fotnoter()));
                }
            } else if (rad.getId() == null || andrad(rad, u.varde(), u)) {
                rad.registrera(u.varde(), u.kommentar(), lista(u.fotnoter()));
            }
            utfall.save(rad);
        }
    }

    /** Whether an outcome differs from the file, so that an unchanged re-import leaves its version alone. */
    private static boolean andrad(Utfall rad, BigDecimal varde, UtfallDel u) {
        boolean vardeLika = varde == null ? rad.getVarde() == null
                : rad.getVarde() != null && rad.getVarde().compareTo(varde) == 0;
        return !vardeLika || rad.isIngetUtfall() != Boolean.TRUE.equals(u.ingetUtfall())
                || !Objects.equals(rad.getForklaring(), u.forklaring())
                || !Objects.equals(rad.getKommentar(), u.kommentar())
                || !rad.getFotnoter().equals(lista(u.fotnoter()));
    }

    private void skrivUppdrag(Namnd namnd, PlanFil fil, int ar) {
        uppdrag.deleteByNamndAndAr(namnd, ar);
        uppdrag.flush();
        int ordning = 0;
        for (var u : lista(fil.strategiskaUppdrag())) {
            uppdrag.save(new StrategisktUppdrag(namnd, ar, u.typ(), u.text(), ++ordning));
        }
    }

    private static String nyckel(Utfall u) {
        return nyckel(u.getIndikator().getId(), u.getAr(), u.getManad(), u.getKon().name(),
                u.getEnhet() == null ? null : u.getEnhet().getId());
    }

    private static String nyckel(Long indikatorId, int ar, Integer manad, String kon, Long enhetId) {
        return indikatorId + "|" + ar + "|" + manad + "|" + kon + "|" + enhetId;
    }

    /** Deletes what was stored under a key the file no longer has. */
    private static <T> void taBortUtom(Map<String, T> befintliga, Set<String> iFilen, Consumer<T> taBort) {
        befintliga.entrySet().stream().filter(e -> !iFilen.contains(e.getKey())).map(Map.Entry::getValue).forEach(taBort);
    }

    private static <T> Map<String, T> perNyckel(List<T> poster, Function<T, String> nyckel) {
        Map<String, T> karta = new HashMap<>();
        poster.forEach(p -> karta.put(nyckel.apply(p), p));
        return karta;
    }
}
