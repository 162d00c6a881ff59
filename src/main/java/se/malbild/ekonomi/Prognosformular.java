package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.SvenskFormat;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.UppfoljningAtkomst;
import se.malbild.uppfoljning.UppfoljningStatus;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * Reads the forecast entry page and the forecast history of a nämnd at a point, for everyone who may read the
 * follow-up (404 for an unknown nämnd or another municipality's point, 403 for another committee's registrator).
 * Amounts are shown in tkr; the inputs hold what a person would type back.
 */
@Service
@Transactional(readOnly = true)
public class Prognosformular {

    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    /** The page: whose, which month the forecasts are made in (and which months may be chosen), and the rows. */
    public record Sida(long namndId, String namnd, String kommun, long punktId, String punkt, int ar, int manad,
            List<Integer> manader, UppfoljningStatus status, boolean redigerbar, List<Rad> rader,
            List<Investeringsrad> investeringar) {
    }

    /**
     * A verksamhet (or, with {@code verksamhetId} null, the whole nämnd): its budget and the latest earlier forecast
     * for reference (month and amount), and the current forecast of the month as typed text with its löpnummer.
     */
    public record Rad(Long verksamhetId, String namn, String budget, Integer tidigareManad, String tidigare,
            Integer lopnummer, String prognos, String kostnader, String intakter, String kommentar) {
    }

    public record Investeringsrad(long objektId, String namn, String ram, Integer lopnummer, String redovisatUtgifter,
            String redovisatInkomster, String prognosUtgifter, String prognosInkomster, String kommentar) {
    }

    /** Every forecast of the year, newest first. */
    public record Historik(long namndId, String namnd, String kommun, long punktId, String punkt, int ar,
            List<Historikrad> prognoser, List<Investeringshistorikrad> investeringar) {
    }

    /** {@code verksamhet} null for the whole nämnd; amounts formatted in tkr, split empty when not given. */
    public record Historikrad(String verksamhet, int manad, int lopnummer, String prognos, String kostnader,
            String intakter, String kommentar, String tidpunkt, String anvandare) {
    }

    public record Investeringshistorikrad(String investering, int manad, int lopnummer, String redovisatUtgifter,
            String redovisatInkomster, String prognosUtgifter, String prognosInkomster, String kommentar,
            String tidpunkt, String anvandare) {
    }

    private final UppfoljningAtkomst atkomst;
    private final Ekonomibehorighet behorighet;
    private final EkonomiskUppfoljningService ekonomi;
    private final PrognosService prognosService;
    private final PrognosRepository prognoser;
    private final InvesteringsobjektRepository investeringsobjekt;
    private final InvesteringsprognosRepository investeringsprognoser;

    Prognosformular(UppfoljningAtkomst atkomst, Ekonomibehorighet behorighet, EkonomiskUppfoljningService ekonomi,
            PrognosService prognosService, PrognosRepository prognoser, InvesteringsobjektRepository investeringsobjekt,
            InvesteringsprognosRepository investeringsprognoser) {
        this.atkomst = atkomst;
        this.behorighet = behorighet;
        this.ekonomi = ekonomi;
        this.prognosService = prognosService;
        this.prognoser = prognoser;
        this.investeringsobjekt = investeringsobjekt;
        this.investeringsprognoser = investeringsprognoser;
    }

    /** @param manad the month the forecasts are made in; null for the point's own month */
    public Sida las(long namndId, long punktId, Integer manad) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        Uppfoljningspunkt punkt = ratt.punkt();
        List<Integer> manader = prognosService.prognosmanader(punkt);
        int vald = manad == null ? punkt.getManad() : manad;
        if (!manader.contains(vald)) {
            throw new PrognosService.OgiltigManadException(vald);
        }
        EkonomiskUppfoljningService.Uppfoljning uppfoljning = ekonomi.las(namnd, punkt);
        List<Prognos> alla = prognoser.findByNamndAndAr(namnd, punkt.getAr());
        Map<String, Prognos> nu = new HashMap<>();
        Map<String, Prognos> tidigare = new HashMap<>();
        for (Prognos p : alla) {
            String nyckel = String.valueOf(p.verksamhetId());
            if (p.getManad() == vald) {
                nu.merge(nyckel, p, (a, b) -> a.getLopnummer() >= b.getLopnummer() ? a : b);
            } else if (p.getManad() < vald) {
                tidigare.merge(nyckel, p, Prognosformular::senare);
            }
        }
        List<Rad> rader = new ArrayList<>();
        for (EkonomiskUppfoljning.Rad r : uppfoljning.tabeller().rader()) {
            rader.add(rad(r.underlag().verksamhetId(), r.underlag().namn(), tkr(r.underlag().budget().netto()),
                    nu.get(String.valueOf(r.underlag().verksamhetId())),
                    tidigare.get(String.valueOf(r.underlag().verksamhetId()))));
        }
        rader.add(rad(null, null, tkr(uppfoljning.tabeller().summaInklKommunalaEnheter().arsbudget()), nu.get("null"),
                tidigare.get("null")));

        Map<Long, Investeringsprognos> investeringarNu = new HashMap<>();
        investeringsprognoser.findByNamndAndAr(namnd, punkt.getAr()).stream().filter(p -> p.getManad() == vald)
                .forEach(p -> investeringarNu.merge(p.getObjekt().getId(), p,
                        (a, b) -> a.getLopnummer() >= b.getLopnummer() ? a : b));
        List<Investeringsrad> investeringar = investeringsobjekt.findByNamndAndArOrderByOrdning(namnd, punkt.getAr()).stream()
                .map(o -> {
                    Investeringsprognos p = investeringarNu.get(o.getId());
                    var v = p == null ? null : p.varden();
                    return new Investeringsrad(o.getId(), o.getNamn(), tkr(o.getRam()), p == null ? null : p.getLopnummer(),
                            v == null ? "" : PrognosService.inmatning(v.redovisatUtgifter()),
                            v == null ? "" : PrognosService.inmatning(v.redovisatInkomster()),
                            v == null ? "" : PrognosService.inmatning(v.prognosUtgifter()),
                            v == null ? "" : PrognosService.inmatning(v.prognosInkomster()),
                            p == null ? "" : text(p.getKommentar()));
                })
                .toList();
        boolean redigerbar = ratt.status() == UppfoljningStatus.OPPEN && behorighet.farSkrivaPrognos(namnd);
        return new Sida(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn(), punkt.getId(), punkt.getNamn(),
                punkt.getAr(), vald, manader, ratt.status(), redigerbar, rader, investeringar);
    }

    public Historik historik(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Namnd namnd = ratt.namnd();
        int ar = ratt.punkt().getAr();
        List<Historikrad> rader = prognoser.findByNamndAndAr(namnd, ar).stream()
                .sorted(Comparator.comparing(Prognos::getSkapad).thenComparing(Prognos::getId).reversed())
                .map(p -> new Historikrad(p.getVerksamhet() == null ? null : p.getVerksamhet().getNamn(), p.getManad(),
                        p.getLopnummer(), tkr(p.belopp().netto()), tkrEllerTom(p.belopp().kostnader()),
                        tkrEllerTom(p.belopp().intakter()), text(p.getKommentar()), TID.format(p.getSkapad()),
                        p.getSkapadAv()))
                .toList();
        List<Investeringshistorikrad> investeringar = investeringsprognoser.findByNamndAndAr(namnd, ar).stream()
                .sorted(Comparator.comparing(Investeringsprognos::getSkapad).thenComparing(Investeringsprognos::getId)
                        .reversed())
                .map(p -> new Investeringshistorikrad(p.getObjekt().getNamn(), p.getManad(), p.getLopnummer(),
                        tkr(p.varden().redovisatUtgifter()), tkr(p.varden().redovisatInkomster()),
                        tkr(p.varden().prognosUtgifter()), tkr(p.varden().prognosInkomster()), text(p.getKommentar()),
                        TID.format(p.getSkapad()), p.getSkapadAv()))
                .toList();
        return new Historik(namnd.getId(), namnd.getNamn(), namnd.getKommun().getNamn(), ratt.punkt().getId(),
                ratt.punkt().getNamn(), ar, rader, investeringar);
    }

    private static Rad rad(Long verksamhetId, String namn, String budget, Prognos nu, Prognos tidigare) {
        EkonomiskUppfoljning.Nettobelopp belopp = nu == null ? null : nu.belopp();
        return new Rad(verksamhetId, namn, budget, tidigare == null ? null : tidigare.getManad(),
                tidigare == null ? null : tkr(tidigare.belopp().netto()), nu == null ? null : nu.getLopnummer(),
                belopp == null ? "" : PrognosService.inmatning(belopp.netto()),
                belopp == null ? "" : PrognosService.inmatning(belopp.kostnader()),
                belopp == null ? "" : PrognosService.inmatning(belopp.intakter()),
                nu == null ? "" : text(nu.getKommentar()));
    }

    private static Prognos senare(Prognos a, Prognos b) {
        if (a.getManad() != b.getManad()) {
            return a.getManad() > b.getManad() ? a : b;
        }
        return a.getLopnummer() >= b.getLopnummer() ? a : b;
    }

    static String tkr(BigDecimal kronor) {
        return kronor == null ? null : SvenskFormat.tal(Beloppsenhet.TKR.franKronor(kronor), 0);
    }

    private static String tkrEllerTom(BigDecimal kronor) {
        return kronor == null ? "" : tkr(kronor);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
