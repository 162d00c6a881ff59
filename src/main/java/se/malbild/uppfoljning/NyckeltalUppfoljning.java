package se.malbild.uppfoljning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.SvenskFormat;
import se.malbild.common.SvenskTal;
import se.malbild.nyckeltal.Nyckeltal;
import se.malbild.nyckeltal.NyckeltalRepository;
import se.malbild.nyckeltal.NyckeltalUtfall;
import se.malbild.nyckeltal.NyckeltalUtfallRepository;
import se.malbild.nyckeltal.NyckeltalVarde;
import se.malbild.nyckeltal.VardeTyp;
import se.malbild.organisation.Namnd;
import se.malbild.revision.Revisionslogg;

/**
 * Volymmått and personal key figures at a follow-up point: the value at the month and the full-year forecast, beside
 * the same month last year and the year's budget. All or nothing; stale versions are conflicts; every change audited.
 */
@Service
@Transactional
public class NyckeltalUppfoljning {

    public record Sida(long namndId, String namnd, long punktId, String punkt, int ar, int manad, boolean redigerbar,
            List<Rad> rader) {
    }

    public record Rad(long nyckeltalId, Long utfallId, String kategori, String namn, String foregaendeAr, String budget, Integer version,
            String varde, String prognosHelar, String kommentar) {
    }

    /** What was typed for one key figure; {@code version} as seen when the page was opened (null: none existed). */
    public record Inmatning(Long nyckeltalId, String varde, String prognosHelar, String kommentar, Integer version) {
    }

    public record Fel(int rad, String namn, String nyckel) {
    }

    /**
     * A key figure at a point with its exact values, for reports: the value at the month, the same month last year,
     * the full-year forecast, the year's budget or plan value, and the comment; each null when there is none.
     */
    public record Varde(Nyckeltal nyckeltal, BigDecimal varde, BigDecimal foregaendeAr, BigDecimal prognosHelar,
            BigDecimal budget, String kommentar) {
    }

    public record Resultat(List<Fel> fel, List<String> konflikter, int sparade) {

        public boolean lyckades() {
            return fel.isEmpty() && konflikter.isEmpty();
        }
    }

    private final UppfoljningAtkomst atkomst;
    private final NyckeltalRepository nyckeltal;
    private final NyckeltalUtfallRepository utfall;
    private final Revisionslogg revision;

    NyckeltalUppfoljning(UppfoljningAtkomst atkomst, NyckeltalRepository nyckeltal, NyckeltalUtfallRepository utfall,
            Revisionslogg revision) {
        this.atkomst = atkomst;
        this.nyckeltal = nyckeltal;
        this.utfall = utfall;
        this.revision = revision;
    }

    @Transactional(readOnly = true)
    public Sida las(long namndId, long punktId) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forLasning(namndId, punktId);
        Uppfoljningspunkt punkt = ratt.punkt();
        Map<String, NyckeltalUtfall> varden = varden(ratt.namnd(), punkt);
        List<Rad> rader = new ArrayList<>();
        for (Nyckeltal n : nyckeltal.findByNamnd(ratt.namnd())) {
            NyckeltalUtfall nu = varden.get(n.getId() + "|" + punkt.getAr());
            NyckeltalUtfall ifjol = varden.get(n.getId() + "|" + (punkt.getAr() - 1));
            rader.add(new Rad(n.getId(), nu == null ? null : nu.getId(), n.getKategori().name(),
                    n.getEnhet() == null ? n.getNamn() : n.getNamn() + ", " + n.getEnhet().getNamn(),
                    ifjol == null || ifjol.getVarde() == null ? "" : SvenskFormat.tal(ifjol.getVarde(), n.getDecimaler()),
                    budget(n, punkt.getAr()), nu == null ? null : nu.getVersion(),
                    nu == null || nu.getVarde() == null ? "" : SvenskTal.somInmatning(nu.getVarde()),
                    nu == null || nu.getPrognosHelar() == null ? "" : SvenskTal.somInmatning(nu.getPrognosHelar()),
                    nu == null ? null : nu.getKommentar()));
        }
        return new Sida(ratt.namnd().getId(), ratt.namnd().getNamn(), punkt.getId(), punkt.getNamn(), punkt.getAr(),
                punkt.getManad(), ratt.redigerbar(), rader);
    }

    /**
     * The committee's key figures at the point, in the plan's order, for a report that has checked that the user may
     * read the committee's follow-up. Two queries, whatever the number of key figures.
     */
    @Transactional(readOnly = true)
    public List<Varde> vidPunkten(Namnd namnd, Uppfoljningspunkt punkt) {
        Map<String, NyckeltalUtfall> varden = varden(namnd, punkt);
        List<Varde> rader = new ArrayList<>();
        for (Nyckeltal n : nyckeltal.findByNamnd(namnd)) {
            NyckeltalUtfall nu = varden.get(n.getId() + "|" + punkt.getAr());
            NyckeltalUtfall ifjol = varden.get(n.getId() + "|" + (punkt.getAr() - 1));
            rader.add(new Varde(n, nu == null ? null : nu.getVarde(), ifjol == null ? null : ifjol.getVarde(),
                    nu == null ? null : nu.getPrognosHelar(), budgetvarde(n, punkt.getAr()),
                    nu == null ? null : nu.getKommentar()));
        }
        return rader;
    }

    public Resultat spara(long namndId, long punktId, List<Inmatning> inmatningar) {
        UppfoljningAtkomst.Ratt ratt = atkomst.forSkrivning(namndId, punktId);
        Uppfoljningspunkt punkt = ratt.punkt();
        Map<Long, Nyckeltal> perId = new HashMap<>();
        nyckeltal.findByNamnd(ratt.namnd()).forEach(n -> perId.put(n.getId(), n));
        Map<String, NyckeltalUtfall> varden = varden(ratt.namnd(), punkt);
        List<Fel> fel = new ArrayList<>();
        List<String> konflikter = new ArrayList<>();
        List<Runnable> andringar = new ArrayList<>();
        for (int i = 0; i < inmatningar.size(); i++) {
            Inmatning in = inmatningar.get(i);
            Nyckeltal tal = perId.get(in.nyckeltalId());
            if (tal == null) {
                throw new AccessDeniedException(
                        "Nyckeltalet " + in.nyckeltalId() + " hör inte till " + ratt.namnd().getNamn());
            }
            BigDecimal varde;
            BigDecimal prognos;
            try {
                varde = tolka(in.varde());
                prognos = tolka(in.prognosHelar());
            } catch (SvenskTal.OgiltigtTal e) {
                fel.add(new Fel(i, tal.getNamn(), e.nyckel()));
                continue;
            }
            NyckeltalUtfall sparat = varden.get(tal.getId() + "|" + punkt.getAr());
            String kommentar = in.kommentar() == null || in.kommentar().isBlank() ? null : in.kommentar().strip();
            if (sparat == null ? varde == null && prognos == null && kommentar == null
                    : lika(sparat.getVarde(), varde) && lika(sparat.getPrognosHelar(), prognos)
                            && Objects.equals(sparat.getKommentar(), kommentar)) {
                continue;
            }
            int sedd = in.version() == null ? -1 : in.version();
            if ((sparat == null ? -1 : sparat.getVersion()) != sedd) {
                konflikter.add(tal.getNamn());
                continue;
            }
            andringar.add(() -> {
                NyckeltalUtfall rad = sparat == null ? new NyckeltalUtfall(tal, punkt.getAr(), punkt.getManad()) : sparat;
                BigDecimal foreVarde = rad.getVarde();
                BigDecimal forePrognos = rad.getPrognosHelar();
                String foreKommentar = rad.getKommentar();
                rad.satt(varde, prognos, kommentar);
                rad = utfall.saveAndFlush(rad);
                revision.registrera("NyckeltalUtfall", rad.getId(), "varde", foreVarde, varde, namndId);
                revision.registrera("NyckeltalUtfall", rad.getId(), "prognosHelar", forePrognos, prognos, namndId);
                revision.registrera("NyckeltalUtfall", rad.getId(), "kommentar", foreKommentar, kommentar, namndId);
            });
        }
        if (!fel.isEmpty() || !konflikter.isEmpty()) {
            return new Resultat(fel, konflikter, 0);
        }
        andringar.forEach(Runnable::run);
        return new Resultat(List.of(), List.of(), andringar.size());
    }

    private Map<String, NyckeltalUtfall> varden(Namnd namnd, Uppfoljningspunkt punkt) {
        Map<String, NyckeltalUtfall> varden = new HashMap<>();
        utfall.findByNamndAndManad(namnd, punkt.getAr(), punkt.getManad())
                .forEach(u -> varden.put(u.getNyckeltal().getId() + "|" + u.getAr(), u));
        return varden;
    }

    /** The year's budget or plan value as the plan of that year states it. */
    private static String budget(Nyckeltal n, int ar) {
        BigDecimal budget = budgetvarde(n, ar);
        return budget == null ? "" : SvenskFormat.tal(budget, n.getDecimaler());
    }

    private static BigDecimal budgetvarde(Nyckeltal n, int ar) {
        return n.varden(ar).stream()
                .filter(v -> v.getAr() == ar && v.getTyp() != VardeTyp.UTFALL && v.getVarde() != null)
                .map(NyckeltalVarde::getVarde)
                .findFirst()
                .orElse(null);
    }

    private static BigDecimal tolka(String text) {
        return text == null || text.isBlank() ? null : SvenskTal.tolka(text).varde();
    }

    private static boolean lika(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
