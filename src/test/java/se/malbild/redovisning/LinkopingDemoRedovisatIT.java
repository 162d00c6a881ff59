package se.malbild.redovisning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.VerksamhetTyp;

/**
 * The demo files for Linköping's Arbetsmarknadsnämnd (src/main/resources/demo) give the "Redovisat jan-aug" columns of
 * seed 001's "Resultat 31 augusti 2022" table, in tkr rounded from exact kronor: 2022 and the same period of 2021.
 */
@SpringBootTest
class LinkopingDemoRedovisatIT {

    @Autowired
    RedovisningImportService importer;

    @Autowired
    RedovisningService redovisning;

    @Autowired
    MappningService mappningar;

    @Autowired
    ApplicationContext context;

    Namnd namnd;

    @BeforeEach
    void importeraDemofilerna() {
        Testnamnder testnamnder = Testnamnder.av(context);
        namnd = testnamnder.namnd("9702", "AN", Testnamnder.LINKOPING_AN);
        testnamnder.rensa(namnd);
        int regler = mappningar.lasInRegler(namnd.getId(), Fixturer.las(Fixturer.DEMO_MAPPNING), Teckenkodning.AUTOMATISK);
        assertThat(regler).isEqualTo(11);
        Importresultat resultat = importer.importera(namnd.getId(), Fixturer.las(Fixturer.DEMO_SIE),
                "linkoping-an-redovisat-2022-jan-aug.se", Teckenkodning.AUTOMATISK, "demodata");
        assertThat(resultat.teckenkodning()).isEqualTo(Teckenkodning.PC8);
        assertThat(resultat.kontonUtanforIntervallen()).isEmpty();
        assertThat(resultat.manader()).hasSize(16);
    }

    @Test
    void janToAug2022MatchesTheSeedPerVerksamhet() {
        assertThat(nettoTkr(2022)).containsExactly(
                Map.entry("NAMND_STYRELSE", 908L),
                Map.entry("EKONOMISKT_BISTAND", 205_084L),
                Map.entry("FLYKTINGMOTTAGANDE", 30_720L),
                Map.entry("ARBETSMARKNADSATGARDER", 65_702L),
                Map.entry("FORVALTNINGEN", 7_524L),
                Map.entry("NAMNDENS_ENHETER", -9_509L));
    }

    @Test
    void janToAug2022TotalsAreRoundedSumsOfExactAmounts() {
        List<RedovisatPerVerksamhet> rader = redovisning.redovisat(namnd, 2022, 8);

        assertThat(tkr(summa(rader, false, RedovisatPerVerksamhet::netto))).isEqualTo(309_938L);
        assertThat(tkr(summa(rader, false, RedovisatPerVerksamhet::kostnader))).isEqualTo(330_631L);
        assertThat(tkr(summa(rader, false, RedovisatPerVerksamhet::intakter))).isEqualTo(-20_693L);
        assertThat(tkr(summa(rader, true, RedovisatPerVerksamhet::netto))).isEqualTo(300_429L);
    }

    @Test
    void theSamePeriod2021MatchesTheSeed() {
        assertThat(nettoTkr(2021)).containsExactly(
                Map.entry("NAMND_STYRELSE", 734L),
                Map.entry("EKONOMISKT_BISTAND", 213_581L),
                Map.entry("FLYKTINGMOTTAGANDE", 28_604L),
                Map.entry("ARBETSMARKNADSATGARDER", 57_958L),
                Map.entry("FORVALTNINGEN", 3_520L),
                Map.entry("NAMNDENS_ENHETER", -1_158L));
        List<RedovisatPerVerksamhet> rader = redovisning.redovisat(namnd, 2021, 8);
        assertThat(tkr(summa(rader, false, RedovisatPerVerksamhet::netto))).isEqualTo(304_397L);
        assertThat(tkr(summa(rader, false, RedovisatPerVerksamhet::kostnader))).isEqualTo(325_310L);
        assertThat(tkr(summa(rader, false, RedovisatPerVerksamhet::intakter))).isEqualTo(-20_913L);
        assertThat(tkr(summa(rader, true, RedovisatPerVerksamhet::netto))).isEqualTo(303_239L);
    }

    @Test
    void theAmountsAreExactKronorNotRoundThousands() {
        assertThat(redovisning.redovisat(namnd, 2022, 8)).allSatisfy(r -> assertThat(r.netto().remainder(new BigDecimal(1000)))
                .isNotEqualByComparingTo(BigDecimal.ZERO));
        assertThat(redovisning.perManad(namnd, YearMonth.of(2022, 1), YearMonth.of(2022, 12)))
                .hasSize(6 * 8);
    }

    private Map<String, Long> nettoTkr(int ar) {
        Map<String, Long> perKod = new LinkedHashMap<>();
        redovisning.redovisat(namnd, ar, 8).forEach(r -> perKod.put(r.kod(), tkr(r.netto())));
        return perKod;
    }

    private static BigDecimal summa(List<RedovisatPerVerksamhet> rader, boolean inklEnheter,
            Function<RedovisatPerVerksamhet, BigDecimal> belopp) {
        return rader.stream().filter(r -> inklEnheter || r.typ() == VerksamhetTyp.VERKSAMHET).map(belopp)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static long tkr(BigDecimal kronor) {
        return kronor.divide(new BigDecimal(1000)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
