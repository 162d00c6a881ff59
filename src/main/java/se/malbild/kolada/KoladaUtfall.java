package se.malbild.kolada;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.common.NotFoundException;
import se.malbild.common.SvenskTal;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.Kon;
import se.malbild.mal.Utfall;
import se.malbild.mal.UtfallRepository;
import se.malbild.organisation.Namnd;
import se.malbild.revision.Revisionslogg;

/**
 * Fills an indicator's full-year outcomes from the Kolada values of its KPI for its own municipality: one outcome
 * per year and gender (K and M only for indicators broken down by gender), with source "Kolada" and every change in
 * the revision log. An outcome a person entered (source other than Kolada) is never overwritten: a different value
 * is reported as a conflict and left as it is; the person decides (change or empty the outcome, then fill again).
 * An outcome earlier filled from Kolada follows Kolada. A year Kolada has no value for is left alone.
 */
@Service
@Transactional
public class KoladaUtfall {

    public static final String KALLA = "Kolada";

    /** An outcome entered by someone that differs from Kolada's value: kept, reported. */
    public record Konflikt(int ar, String kon, String sparat, String kolada, String kalla) {
    }

    public record Resultat(String indikator, String kpi, int nya, int andrade, int oforandrade, List<Konflikt> konflikter) {
    }

    private final IndikatorRepository indikatorer;
    private final UtfallRepository utfall;
    private final KoladaVardeRepository varden;
    private final Revisionslogg revision;

    KoladaUtfall(IndikatorRepository indikatorer, UtfallRepository utfall, KoladaVardeRepository varden,
            Revisionslogg revision) {
        this.indikatorer = indikatorer;
        this.utfall = utfall;
        this.varden = varden;
        this.revision = revision;
    }

    public Resultat fyll(long indikatorId) {
        Indikator indikator = indikatorer.findById(indikatorId)
                .orElseThrow(() -> new NotFoundException("Indikatorn " + indikatorId + " finns inte"));
        String kpi = indikator.getKoladaKpi();
        if (kpi == null || kpi.isBlank()) {
            throw new KoladaException("kolada.fel.ingenKpi", indikator.getNamn());
        }
        Namnd namnd = indikator.getNamndmal().getNamnd();
        List<KoladaVarde> koladavarden = varden.findByKpiAndKommunOrderByPeriodAscKonAsc(kpi, namnd.getKommun().getScbKod())
                .stream()
                .filter(v -> v.getVarde() != null)
                .filter(v -> "T".equals(v.getKon()) || indikator.isKonsuppdelning())
                .toList();
        if (koladavarden.isEmpty()) {
            return new Resultat(indikator.getNamn(), kpi, 0, 0, 0, List.of());
        }
        int franAr = koladavarden.stream().mapToInt(KoladaVarde::getPeriod).min().orElseThrow();
        int tillAr = koladavarden.stream().mapToInt(KoladaVarde::getPeriod).max().orElseThrow();
        Map<String, Utfall> befintliga = new HashMap<>();
        utfall.findHelarByNamnd(namnd, franAr, tillAr).stream()
                .filter(u -> u.getIndikator().getId().equals(indikator.getId()) && u.getEnhet() == null)
                .forEach(u -> befintliga.put(u.getAr() + "|" + u.getKon(), u));
        int nya = 0;
        int andrade = 0;
        int oforandrade = 0;
        List<Konflikt> konflikter = new ArrayList<>();
        for (KoladaVarde v : koladavarden) {
            Kon kon = Kon.valueOf(v.getKon());
            Utfall rad = befintliga.get(v.getPeriod() + "|" + kon);
            if (rad != null && rad.getVarde() != null && rad.getVarde().compareTo(v.getVarde()) == 0) {
                oforandrade++;
                continue;
            }
            if (rad != null && !KALLA.equals(rad.getKalla())) {
                konflikter.add(new Konflikt(v.getPeriod(), v.getKon(),
                        rad.isIngetUtfall() ? "I.U." : SvenskTal.somInmatning(rad.getVarde()),
                        SvenskTal.somInmatning(v.getVarde()), rad.getKalla()));
                continue;
            }
            boolean ny = rad == null;
            if (ny) {
                rad = new Utfall(indikator, v.getPeriod(), null, kon, null);
                nya++;
            } else {
                andrade++;
            }
            BigDecimal foreVarde = ny ? null : rad.getVarde();
            boolean foreIu = !ny && rad.isIngetUtfall();
            String foreForklaring = ny ? null : rad.getForklaring();
            String foreKalla = ny ? null : rad.getKalla();
            rad.registrera(v.getVarde(), rad.getKommentar(), rad.getFotnoter());
            rad.setKalla(KALLA);
            rad = utfall.saveAndFlush(rad);
            Long namndId = namnd.getId();
            revision.registrera("Utfall", rad.getId(), "varde", foreVarde, rad.getVarde(), namndId);
            revision.registrera("Utfall", rad.getId(), "ingetUtfall", foreIu ? "I.U." : null, null, namndId);
            revision.registrera("Utfall", rad.getId(), "forklaring", foreForklaring, null, namndId);
            revision.registrera("Utfall", rad.getId(), "kalla", foreKalla, KALLA, namndId);
        }
        return new Resultat(indikator.getNamn(), kpi, nya, andrade, oforandrade, List.copyOf(konflikter));
    }

    /** Links an indicator to a Kolada KPI id (trimmed, upper case), or removes the link when blank. Audited. */
    public void koppla(long indikatorId, String kpi) {
        Indikator indikator = indikatorer.findById(indikatorId)
                .orElseThrow(() -> new NotFoundException("Indikatorn " + indikatorId + " finns inte"));
        String ny = kpi == null || kpi.isBlank() ? null : kpi.strip().toUpperCase(java.util.Locale.ROOT);
        if (ny != null && !ny.matches("[A-Z0-9_]{1,20}")) {
            throw new KoladaException("kolada.fel.kpiId", kpi);
        }
        String fore = indikator.getKoladaKpi();
        if (Objects.equals(fore, ny)) {
            return;
        }
        indikator.setKoladaKpi(ny);
        revision.registrera("Indikator", indikator.getId(), "koladaKpi", fore, ny,
                indikator.getNamndmal().getNamnd().getId());
    }
}
