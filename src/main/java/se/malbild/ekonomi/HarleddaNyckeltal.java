package se.malbild.ekonomi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.malbild.organisation.Namnd;
import se.malbild.uppfoljning.Uppfoljningspunkt;

/**
 * The key figures computed from economy data, never typed, for other modules (e.g. goal indicators such as "Avvikelse
 * mot budget, %" and "Träffsäkerhet i ekonomiprognos"). Exact values; format for display with
 * {@code SvenskFormat.procent(v, 1)}. No access checks: the caller has checked that the user may read the nämnd's
 * follow-up. The point must belong to the nämnd's municipality. Definitions in {@link Harledning}.
 */
@Service
@Transactional(readOnly = true)
public class HarleddaNyckeltal {

    private final EkonomiskUppfoljningService ekonomi;

    HarleddaNyckeltal(EkonomiskUppfoljningService ekonomi) {
        this.ekonomi = ekonomi;
    }

    /**
     * "Avvikelse mot budget, %": the deviation January up to the point's month including the internal units, as a
     * percentage of the periodised budget including the units (seed 001, August 2022: 6 087 / 306 516 = +2,0 %).
     * Empty without actuals for the period or without a budget.
     */
    public Optional<BigDecimal> avvikelseMotBudgetProcent(Namnd namnd, Uppfoljningspunkt punkt) {
        return ekonomi.las(namnd, punkt).avvikelseMotBudgetProcent();
    }

    /**
     * "Träffsäkerhet i ekonomiprognos" for the forecast made at the point (the cut-off, e.g. 31 August): (the year's
     * result − the forecast) / the year's budget × 100, all including the internal units. Its status says why it
     * cannot be computed: until the year's actuals cover all twelve months it is
     * {@link EkonomiskUppfoljningService.TraffsakerhetStatus#ARETS_REDOVISNING_SAKNAS} ("kan ej beräknas").
     */
    public EkonomiskUppfoljningService.Traffsakerhet traffsakerhetIEkonomiprognos(Namnd namnd, Uppfoljningspunkt punkt) {
        return ekonomi.las(namnd, punkt).traffsakerhet();
    }

    /**
     * Cost per household: the net cost of the verksamhet {@value EkonomiskUppfoljningService#EKONOMISKT_BISTAND}
     * January up to the point's month divided by {@code antalHushall} (for now a parameter; e.g. the volume "Antal
     * hushåll med ekonomiskt bistånd" of that month), and per month. Empty without actuals, without that verksamhet or
     * without households.
     */
    public Optional<Harledning.KostnadPerHushall> kostnadPerHushall(Namnd namnd, Uppfoljningspunkt punkt,
            BigDecimal antalHushall) {
        EkonomiskUppfoljningService.Uppfoljning uppfoljning = ekonomi.las(namnd, punkt);
        return Harledning.kostnadPerHushall(uppfoljning.ekonomisktBistand(), antalHushall, punkt.getManad());
    }

    /**
     * The net cost of {@value EkonomiskUppfoljningService#EKONOMISKT_BISTAND} over the last twelve months, for each
     * of the twelve months up to the point's month (a rolling sum; null while a month lacks actuals). Empty without
     * that verksamhet.
     */
    public List<Harledning.Tolvmanaderspunkt> kostnadSenaste12Manader(Namnd namnd, Uppfoljningspunkt punkt) {
        return ekonomi.las(namnd, punkt).tolvManader();
    }
}
