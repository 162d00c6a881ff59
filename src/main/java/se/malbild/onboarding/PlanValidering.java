package se.malbild.onboarding;

import static se.malbild.onboarding.PlanFil.lista;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.malbild.common.SvenskFormat;
import se.malbild.ekonomi.Beloppsenhet;
import se.malbild.ekonomi.Driftsammandrag;
import se.malbild.ekonomi.Kolumn;
import se.malbild.mal.Kon;
import se.malbild.onboarding.PlanFil.DriftbeloppDel;
import se.malbild.onboarding.PlanFil.IndikatorDel;
import se.malbild.onboarding.PlanFil.NamndmalDel;
import se.malbild.onboarding.PlanFil.PostDel;
import se.malbild.onboarding.PlanFil.UtfallDel;
import se.malbild.onboarding.PlanFil.VerksamhetDel;

/**
 * The checks a schema cannot make: that codes are unique and refer to something in the file, that amounts sit in
 * the document's columns, that breakdowns are declared, and that "varav intäkter/kostnader" add up to the net sum.
 * Every problem is reported with its path, in Swedish.
 */
final class PlanValidering {

    /** numeric(18, 2): sixteen digits of kronor. */
    private static final BigDecimal STORSTA_BELOPP = new BigDecimal("1E16");

    private final PlanFil fil;
    private final Set<String> kandaKommunovergripandeMal;
    private final List<ImportFel> fel = new ArrayList<>();

    /**
     * @param kandaKommunovergripandeMal codes of council goals already stored for the municipality, which the file
     *                                   may refer to without repeating them
     */
    PlanValidering(PlanFil fil, Set<String> kandaKommunovergripandeMal) {
        this.fil = fil;
        this.kandaKommunovergripandeMal = kandaKommunovergripandeMal;
    }

    List<ImportFel> kontrollera() {
        var namnd = fil.namnd();
        var ib = fil.internbudget();
        if (ib.planTillAr() < ib.ar()) {
            fel("internbudget.planTillAr", "planen måste sträcka sig till budgetåret " + ib.ar() + " eller senare");
        }
        Set<Kolumn> kolumner = new HashSet<>();
        for (int i = 0; i < ib.kolumner().size(); i++) {
            var k = ib.kolumner().get(i);
            if (!kolumner.add(new Kolumn(k.ar(), k.typ()))) {
                fel("internbudget.kolumner[" + i + "]", "kolumnen " + namn(new Kolumn(k.ar(), k.typ())) + " finns två gånger");
            }
        }
        Set<String> enheter = unika(lista(namnd.enheter()), PlanFil.EnhetDel::kod, "namnd.enheter", "enheten");
        Map<String, VerksamhetDel> verksamheter = new LinkedHashMap<>();
        for (int i = 0; i < lista(namnd.verksamheter()).size(); i++) {
            var v = namnd.verksamheter().get(i);
            if (verksamheter.putIfAbsent(v.kod(), v) != null) {
                fel("namnd.verksamheter[" + i + "].kod", "koden '" + v.kod() + "' används redan av en annan verksamhet");
            }
        }
        Set<String> kommunovergripande = new HashSet<>(kandaKommunovergripandeMal);
        unika(lista(fil.malomraden()), PlanFil.MalomradeDel::kod, "malomraden", "målområdet");
        for (int i = 0; i < lista(fil.malomraden()).size(); i++) {
            var m = fil.malomraden().get(i);
            if (m.tillAr() < m.franAr()) {
                fel("malomraden[" + i + "].tillAr", "planperioden slutar före den börjar (" + m.franAr() + "–" + m.tillAr() + ")");
            }
            for (int j = 0; j < m.kommunovergripandeMal().size(); j++) {
                kommunovergripande.add(m.kommunovergripandeMal().get(j).kod());
            }
        }
        kontrolleraBelopp(ib.beloppsenhet());
        kontrolleraDriftbudget(verksamheter, kolumner);
        kontrolleraInvesteringar(kolumner);
        unika(lista(fil.budgetramar()), r -> String.valueOf(r.ar()), "budgetramar", "budgetramen för år");
        kontrolleraNyckeltal(enheter);
        kontrolleraMal(enheter, kommunovergripande);
        return fel;
    }

    /** Every amount must be exact in kronor and öre, so that nothing is rounded when it is stored. */
    private void kontrolleraBelopp(Beloppsenhet enhet) {
        if (fil.driftbudget() != null) {
            var poster = lista(fil.driftbudget().poster());
            for (int i = 0; i < poster.size(); i++) {
                for (int j = 0; j < poster.get(i).belopp().size(); j++) {
                    var b = poster.get(i).belopp().get(j);
                    String sokvag = "driftbudget.poster[" + i + "].belopp[" + j + "]";
                    belopp(enhet, b.belopp(), sokvag + ".belopp");
                    belopp(enhet, b.intakter(), sokvag + ".intakter");
                    belopp(enhet, b.kostnader(), sokvag + ".kostnader");
                }
                var forandringar = lista(poster.get(i).forandringar());
                for (int j = 0; j < forandringar.size(); j++) {
                    for (int k = 0; k < forandringar.get(j).belopp().size(); k++) {
                        belopp(enhet, forandringar.get(j).belopp().get(k).belopp(),
                                "driftbudget.poster[" + i + "].forandringar[" + j + "].belopp[" + k + "].belopp");
                    }
                }
            }
            var varav = lista(fil.driftbudget().varav());
            for (int i = 0; i < varav.size(); i++) {
                belopp(enhet, varav.get(i).intakter(), "driftbudget.varav[" + i + "].intakter");
                belopp(enhet, varav.get(i).kostnader(), "driftbudget.varav[" + i + "].kostnader");
            }
        }
        var ramar = lista(fil.budgetramar());
        for (int i = 0; i < ramar.size(); i++) {
            belopp(enhet, ramar.get(i).belopp(), "budgetramar[" + i + "].belopp");
            var justeringar = lista(ramar.get(i).justeringar());
            for (int j = 0; j < justeringar.size(); j++) {
                belopp(enhet, justeringar.get(j).belopp(), "budgetramar[" + i + "].justeringar[" + j + "].belopp");
            }
        }
        if (fil.investeringar() != null) {
            var objekt = lista(fil.investeringar().objekt());
            for (int i = 0; i < objekt.size(); i++) {
                for (int j = 0; j < objekt.get(i).belopp().size(); j++) {
                    belopp(enhet, objekt.get(i).belopp().get(j).belopp(), "investeringar.objekt[" + i + "].belopp[" + j + "].belopp");
                }
            }
            var invRamar = lista(fil.investeringar().ramar());
            for (int i = 0; i < invRamar.size(); i++) {
                belopp(enhet, invRamar.get(i).belopp(), "investeringar.ramar[" + i + "].belopp");
            }
        }
    }

    private void belopp(Beloppsenhet enhet, BigDecimal belopp, String sokvag) {
        if (belopp == null) {
            return;
        }
        BigDecimal kronor = enhet.tillKronor(belopp).stripTrailingZeros();
        if (kronor.scale() > 2) {
            fel(sokvag, "beloppet " + tal(belopp) + " har fler decimaler än hela ören");
        } else if (kronor.abs().compareTo(STORSTA_BELOPP) >= 0) {
            fel(sokvag, "beloppet " + tal(belopp) + " är orimligt stort");
        }
    }

    private void kontrolleraDriftbudget(Map<String, VerksamhetDel> verksamheter, Set<Kolumn> kolumner) {
        if (fil.driftbudget() == null) {
            return;
        }
        Set<Integer> ar = new HashSet<>();
        kolumner.forEach(k -> ar.add(k.ar()));
        Set<String> medPost = new HashSet<>();
        List<Driftsammandrag.Rad> rader = new ArrayList<>();
        List<PostDel> poster = lista(fil.driftbudget().poster());
        for (int i = 0; i < poster.size(); i++) {
            var post = poster.get(i);
            String sokvag = "driftbudget.poster[" + i + "]";
            VerksamhetDel verksamhet = verksamheter.get(post.verksamhet());
            if (verksamhet == null) {
                fel(sokvag + ".verksamhet", "verksamheten '" + post.verksamhet() + "' finns inte i namnd.verksamheter");
                continue;
            }
            if (!medPost.add(post.verksamhet())) {
                fel(sokvag + ".verksamhet", "verksamheten '" + verksamhet.namn() + "' har redan en post");
            }
            rader.add(new Driftsammandrag.Rad(verksamhet.namn(), verksamhet.typ(),
                    kolumnbelopp(post.belopp(), kolumner, sokvag + ".belopp", verksamhet.namn()),
                    fordelning(post.belopp(), sokvag + ".belopp", verksamhet.namn())));
            for (int j = 0; j < lista(post.forandringar()).size(); j++) {
                var forandring = post.forandringar().get(j);
                for (int k = 0; k < forandring.belopp().size(); k++) {
                    int arForandring = forandring.belopp().get(k).ar();
                    if (!ar.contains(arForandring)) {
                        fel(sokvag + ".forandringar[" + j + "].belopp[" + k + "].ar",
                                "år " + arForandring + " för '" + forandring.text() + "' är inte ett av internbudgetens år");
                    }
                }
            }
        }
        Driftsammandrag sammandrag = new Driftsammandrag(rader);
        var varav = lista(fil.driftbudget().varav());
        for (int i = 0; i < varav.size(); i++) {
            var v = varav.get(i);
            Kolumn kolumn = new Kolumn(v.ar(), v.typ());
            String sokvag = "driftbudget.varav[" + i + "]";
            if (!kolumner.contains(kolumn)) {
                fel(sokvag, "kolumnen " + namn(kolumn) + " finns inte i internbudget.kolumner");
                continue;
            }
            BigDecimal netto = sammandrag.summaNetto(kolumn);
            BigDecimal varavSumma = v.intakter().add(v.kostnader());
            if (varavSumma.compareTo(netto) != 0) {
                fel(sokvag, "intäkter " + tal(v.intakter()) + " och kostnader " + tal(v.kostnader()) + " blir "
                        + tal(varavSumma) + ", men summa nettokostnader för " + namn(kolumn) + " är " + tal(netto));
            }
            sammandrag.fordelning(kolumn)
                    .filter(radernas -> radernas.intakter().compareTo(v.intakter()) != 0)
                    .ifPresent(radernas -> fel(sokvag + ".intakter", "intäkter " + tal(v.intakter()) + " för "
                            + namn(kolumn) + " stämmer inte med verksamheternas intäkter, som blir " + tal(radernas.intakter())));
        }
    }

    private Map<Kolumn, BigDecimal> kolumnbelopp(List<DriftbeloppDel> belopp, Set<Kolumn> kolumner, String sokvag,
            String vad) {
        Map<Kolumn, BigDecimal> perKolumn = new HashMap<>();
        for (int i = 0; i < belopp.size(); i++) {
            var b = belopp.get(i);
            Kolumn kolumn = new Kolumn(b.ar(), b.typ());
            if (!kolumner.contains(kolumn)) {
                fel(sokvag + "[" + i + "]", "kolumnen " + namn(kolumn) + " för '" + vad + "' finns inte i internbudget.kolumner");
            } else if (perKolumn.put(kolumn, b.belopp()) != null) {
                fel(sokvag + "[" + i + "]", "'" + vad + "' har två belopp för " + namn(kolumn));
            }
        }
        return perKolumn;
    }

    /** The split of each amount that has one, checking that income and costs add up to the net amount. */
    private Map<Kolumn, Driftsammandrag.Fordelning> fordelning(List<DriftbeloppDel> belopp, String sokvag, String vad) {
        Map<Kolumn, Driftsammandrag.Fordelning> perKolumn = new HashMap<>();
        for (int i = 0; i < belopp.size(); i++) {
            var b = belopp.get(i);
            if (b.intakter() == null) {
                continue;
            }
            var fordelning = new Driftsammandrag.Fordelning(b.intakter(), b.kostnader());
            Kolumn kolumn = new Kolumn(b.ar(), b.typ());
            if (fordelning.netto().compareTo(b.belopp()) != 0) {
                fel(sokvag + "[" + i + "]", "för '" + vad + "' " + namn(kolumn) + " blir intäkter " + tal(b.intakter())
                        + " och kostnader " + tal(b.kostnader()) + " " + tal(fordelning.netto())
                        + ", inte nettobeloppet " + tal(b.belopp()));
            }
            perKolumn.put(kolumn, fordelning);
        }
        return perKolumn;
    }

    private void kontrolleraInvesteringar(Set<Kolumn> kolumner) {
        if (fil.investeringar() == null) {
            return;
        }
        var objekt = lista(fil.investeringar().objekt());
        unika(objekt, PlanFil.InvesteringDel::namn, "investeringar.objekt", "investeringen");
        for (int i = 0; i < objekt.size(); i++) {
            // Investment tables may show earlier budget years than the driftsammandrag, so only duplicates are errors.
            Set<Kolumn> sedda = new HashSet<>();
            for (int j = 0; j < objekt.get(i).belopp().size(); j++) {
                var b = objekt.get(i).belopp().get(j);
                if (!sedda.add(new Kolumn(b.ar(), b.typ()))) {
                    fel("investeringar.objekt[" + i + "].belopp[" + j + "]", "'" + objekt.get(i).namn()
                            + "' har två belopp för " + namn(new Kolumn(b.ar(), b.typ())));
                }
            }
        }
        unika(lista(fil.investeringar().ramar()), r -> String.valueOf(r.ar()), "investeringar.ramar", "investeringsramen för år");
    }

    private void kontrolleraNyckeltal(Set<String> enheter) {
        Set<String> nycklar = new HashSet<>();
        var nyckeltal = lista(fil.nyckeltal());
        for (int i = 0; i < nyckeltal.size(); i++) {
            var n = nyckeltal.get(i);
            String sokvag = "nyckeltal[" + i + "]";
            if (n.enhet() != null && !enheter.contains(n.enhet())) {
                fel(sokvag + ".enhet", "enheten '" + n.enhet() + "' finns inte i namnd.enheter");
            }
            if (!nycklar.add(n.kategori() + "|" + n.namn() + "|" + n.enhet())) {
                fel(sokvag, "'" + n.namn() + "'" + (n.enhet() == null ? "" : " för " + n.enhet()) + " finns redan");
            }
            Set<String> varden = new HashSet<>();
            for (int j = 0; j < n.varden().size(); j++) {
                var v = n.varden().get(j);
                if (!varden.add(v.ar() + "|" + v.typ())) {
                    fel(sokvag + ".varden[" + j + "]", "'" + n.namn() + "' har två värden för " + v.typ() + " " + v.ar());
                }
            }
        }
    }

    private void kontrolleraMal(Set<String> enheter, Set<String> kommunovergripande) {
        unika(lista(fil.namndmal()), NamndmalDel::kod, "namndmal", "nämndmålet");
        Set<String> indikatorkoder = new HashSet<>();
        var namndmal = lista(fil.namndmal());
        for (int i = 0; i < namndmal.size(); i++) {
            var mal = namndmal.get(i);
            String sokvag = "namndmal[" + i + "]";
            if (!kommunovergripande.contains(mal.kommunovergripandeMal())) {
                fel(sokvag + ".kommunovergripandeMal", "'" + mal.titel() + "' hänvisar till det kommunövergripande målet '"
                        + mal.kommunovergripandeMal() + "', som varken finns i filen eller redan hos kommunen");
            }
            for (int j = 0; j < mal.indikatorer().size(); j++) {
                var indikator = mal.indikatorer().get(j);
                String indSokvag = sokvag + ".indikatorer[" + j + "]";
                if (!indikatorkoder.add(indikator.kod())) {
                    fel(indSokvag + ".kod", "koden '" + indikator.kod() + "' används redan av en annan indikator");
                }
                kontrolleraIndikator(indikator, indSokvag, enheter);
            }
        }
    }

    private void kontrolleraIndikator(IndikatorDel indikator, String sokvag, Set<String> enheter) {
        List<String> indikatorEnheter = lista(indikator.enheter());
        for (int k = 0; k < indikatorEnheter.size(); k++) {
            if (!enheter.contains(indikatorEnheter.get(k))) {
                fel(sokvag + ".enheter[" + k + "]", "enheten '" + indikatorEnheter.get(k) + "' finns inte i namnd.enheter");
            }
        }
        Set<Integer> malAr = new HashSet<>();
        for (int k = 0; k < lista(indikator.malvarden()).size(); k++) {
            int ar = indikator.malvarden().get(k).ar();
            if (!malAr.add(ar)) {
                fel(sokvag + ".malvarden[" + k + "]", "'" + indikator.namn() + "' har två målvärden för " + ar);
            }
        }
        for (int k = 0; k < lista(indikator.utfall()).size(); k++) {
            var varde = indikator.utfall().get(k).varde();
            if (varde != null && varde.stripTrailingZeros().scale() > 4) {
                fel(sokvag + ".utfall[" + k + "].varde", "'" + indikator.namn() + "' har ett utfall med fler än fyra decimaler");
            }
        }
        Set<String> utfallsnycklar = new HashSet<>();
        List<UtfallDel> utfall = lista(indikator.utfall());
        for (int k = 0; k < utfall.size(); k++) {
            var u = utfall.get(k);
            String uSokvag = sokvag + ".utfall[" + k + "]";
            if (u.konEllerTotal() != Kon.T && !Boolean.TRUE.equals(indikator.konsuppdelning())) {
                fel(uSokvag + ".kon", "'" + indikator.namn() + "' redovisas inte per kön (konsuppdelning saknas)");
            }
            if (u.enhet() != null && !indikatorEnheter.contains(u.enhet())) {
                fel(uSokvag + ".enhet", "'" + indikator.namn() + "' redovisas inte för enheten '" + u.enhet()
                        + "' (lägg till den i indikatorns enheter)");
            }
            String nyckel = u.ar() + "|" + u.manad() + "|" + u.konEllerTotal() + "|" + u.enhet();
            if (!utfallsnycklar.add(nyckel)) {
                fel(uSokvag, "'" + indikator.namn() + "' har redan ett utfall för " + u.ar()
                        + (u.manad() == null ? "" : "-" + u.manad()) + ", " + u.konEllerTotal()
                        + (u.enhet() == null ? "" : ", " + u.enhet()));
            }
        }
    }

    private <T> Set<String> unika(List<T> poster, Function<T, String> nyckel, String sokvag, String vad) {
        Set<String> sedda = new HashSet<>();
        for (int i = 0; i < poster.size(); i++) {
            String kod = nyckel.apply(poster.get(i));
            if (!sedda.add(kod)) {
                fel(sokvag + "[" + i + "]", vad + " '" + kod + "' finns redan tidigare i filen");
            }
        }
        return sedda;
    }

    private static String namn(Kolumn kolumn) {
        String typ = switch (kolumn.typ()) {
            case BOKSLUT -> "Bokslut";
            case BUDGET -> "Budget";
            case PLAN -> "Plan";
        };
        return typ + " " + kolumn.ar();
    }

    private static String tal(BigDecimal varde) {
        return SvenskFormat.tal(varde, 0, 4);
    }

    private void fel(String sokvag, String meddelande) {
        fel.add(new ImportFel(sokvag, meddelande));
    }
}
