package se.malbild.dokument;

import java.math.BigDecimal;
import java.util.List;

/**
 * The values of a report in machine-readable form, kept with the document so that what is published as open data is
 * exactly what was adopted.
 *
 * @param scbKod      the municipality's SCB code
 * @param namndKod    the committee's code
 * @param ar          the year the report concerns
 * @param manad       the month of the follow-up point (12 for a full year); null for a plan
 * @param indikatorer indicator values: outcomes (and targets) per indicator, period and gender
 * @param ekonomi     budget against actuals and forecast per verksamhet
 * @param malresultat the final assessment of each nämndmål (empty for a plan, and in snapshots adopted before the
 *                    field existed: JSON without it reads as an empty list)
 */
public record OppnaData(String scbKod, String namndKod, int ar, Integer manad, List<Indikatorvarde> indikatorer,
        List<Ekonomirad> ekonomi, List<Malresultat> malresultat) {

    public OppnaData {
        indikatorer = List.copyOf(indikatorer);
        ekonomi = List.copyOf(ekonomi);
        malresultat = malresultat == null ? List.of() : List.copyOf(malresultat);
    }

    /** Values without goal results (a plan, an internbudget). */
    public OppnaData(String scbKod, String namndKod, int ar, Integer manad, List<Indikatorvarde> indikatorer,
            List<Ekonomirad> ekonomi) {
        this(scbKod, namndKod, ar, manad, indikatorer, ekonomi, List.of());
    }

    /**
     * Whether a nämndmål was reached, as the committee assessed it at the follow-up point.
     *
     * @param kod                   the nämndmål's code
     * @param titel                 its title
     * @param malomrade             the målområde it belongs to
     * @param kommunovergripandeMal the kommunövergripande mål it serves
     * @param status                the final status (a {@code Malstatus} name: {@code UPPFYLLS},
     *                              {@code UPPFYLLS_DELVIS}, {@code UPPFYLLS_EJ}, {@code KAN_EJ_BEDOMAS}); null when
     *                              the nämndmål was not assessed
     * @param statustext            the status as printed in the report ("Uppfylls delvis")
     * @param motivering            the committee's reasoning for the status; null when none was written
     * @param indikatorer           the codes of the nämndmål's indicators, as in {@link Indikatorvarde#kpi()}
     */
    public record Malresultat(String kod, String titel, String malomrade, String kommunovergripandeMal, String status,
            String statustext, String motivering, List<String> indikatorer) {

        public Malresultat {
            indikatorer = indikatorer == null ? List.of() : List.copyOf(indikatorer);
        }
    }

    /**
     * One value of one indicator, named as Kolada names its fields.
     *
     * @param kpi     the indicator's code (its Kolada KPI id when it has one)
     * @param titel   the indicator's name
     * @param enhet   the unit ("%", "antal", "dagar")
     * @param period  the year the value belongs to
     * @param manad   the month of a value measured during the year; null for a full-year value
     * @param gender  T (totalt), K (kvinnor) or M (män)
     * @param enhetsnamn the organisational unit the value is broken down by; null for the whole committee
     * @param typ     {@code UTFALL} or {@code MALVARDE}
     * @param value   the value; null when there is none ("I.U.")
     * @param status  empty for a value, {@code I.U.} when no value could be given
     */
    public record Indikatorvarde(String kpi, String titel, String enhet, int period, Integer manad, String gender,
            String enhetsnamn, String typ, BigDecimal value, String status) {
    }

    /**
     * Budget against actuals for one verksamhet (or the committee's sum), in kronor.
     *
     * @param verksamhet         the verksamhet's code ({@code SUMMA} for the committee's total)
     * @param namn               its name
     * @param budgetHelar        the year's budget
     * @param budgetPeriod       the budget up to the month, periodised
     * @param redovisatPeriod    actuals up to the month
     * @param avvikelsePeriod    periodised budget minus actuals
     * @param prognosHelar       the forecast for the year
     * @param avvikelseHelar     budget minus forecast
     */
    public record Ekonomirad(String verksamhet, String namn, BigDecimal budgetHelar, BigDecimal budgetPeriod,
            BigDecimal redovisatPeriod, BigDecimal avvikelsePeriod, BigDecimal prognosHelar,
            BigDecimal avvikelseHelar) {
    }
}
