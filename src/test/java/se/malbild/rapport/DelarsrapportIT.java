package se.malbild.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.malbild.rapport.Delarsrapportfixtur.avsnitt;
import static se.malbild.rapport.Delarsrapportfixtur.avsnittMedRubrik;
import static se.malbild.rapport.Delarsrapportfixtur.rad;
import static se.malbild.rapport.Delarsrapportfixtur.som;
import static se.malbild.rapport.Delarsrapportfixtur.tabell;
import static se.malbild.rapport.Delarsrapportfixtur.texter;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import se.malbild.common.NotFoundException;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Block;
import se.malbild.dokument.Diagram;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.DokumentHtml;
import se.malbild.dokument.OppnaData;
import se.malbild.dokument.Status;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Talformat;
import se.malbild.ekonomi.EkonomiFixturer;
import se.malbild.onboarding.PlanImportService;
import se.malbild.organisation.NamndRepository;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.testsupport.Demofiler;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * The delårsrapport of the demo's Linköping Arbetsmarknadsnämnd per 31 augusti 2022, assembled from the follow-up the
 * demo enters through the services: seed 001's sections in its order and its figures, as printed and exact.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelarsrapportIT {

    private static final MalbildAnvandare POLITIKER = new MalbildAnvandare(2, "petra", "Petra", Roll.POLITIKER, Set.of());
    private static final String MED_SUBVENTION = "Antal deltagare i inskrivna i arbetsmarknadsnämndens verksamheter "
            + "som avslutas till arbete med subvention";

    @Autowired
    ApplicationContext context;

    @Autowired
    DelarsrapportService delarsrapporter;

    @Autowired
    DokumentHtml html;

    Delarsrapportfixtur.Linkoping an;
    Dokument rapport;

    @BeforeAll
    void rapport() {
        an = Delarsrapportfixtur.linkoping(context, "9942");
        rapport = som(POLITIKER, () -> delarsrapporter.las(an.namndId(), an.punktId()));
    }

    @Test
    void everySectionOfSeed001IsThereInItsOrder() {
        assertThat(rapport.typ()).isEqualTo("DELARSRAPPORT");
        assertThat(rapport.titel()).isEqualTo("Delårsrapport per 31 augusti 2022");
        assertThat(rapport.namnd()).isEqualTo("Arbetsmarknadsnämnden");
        assertThat(rapport.avsnitt()).extracting(Avsnitt::rubrik).containsExactly("Nämndens uppdrag",
                "Samlad bedömning och analys", "Ekonomi", "Volymutveckling", "Personal",
                "Händelser av väsentlig betydelse", "Förväntad utveckling", "Ekonomiska tabeller",
                "Målredovisning med prognos", "Strategiska utvecklingsuppdrag", "Internkontroll", "Nämndindikatorer");
        assertThat(avsnitt(rapport, "ekonomiska-tabeller").underavsnitt()).extracting(Avsnitt::rubrik).containsExactly(
                "Resultat per 31 augusti 2022", "Prognos för helår 2022", "Ekonomiskt bistånd över tid", "Investeringar");
        assertThat(avsnitt(rapport, "malredovisning").underavsnitt()).extracting(Avsnitt::rubrik).containsExactly(
                "Målområde Medborgare", "Målområde Ekonomi", "Målområde Verksamhet", "Målområde Medarbetare",
                "Verksamhetsplanens aktiviteter");
        List<String> ids = Delarsrapportfixtur.allaAvsnitt(rapport).stream().map(Avsnitt::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void theEconomySummaryComparesWithTheForecastMadeInMarchAndCarriesTheComment() {
        Tabell sammanfattning = tabell(rapport, "ekonomi-sammanfattning");
        assertThat(sammanfattning.kolumner()).containsExactly("Ekonomi, belopp tkr", "Prognos helår", "Budget 2022",
                "Avvikelse", "Avvikelse i prognos helår, mars");
        assertThat(texter(sammanfattning, "Verksamhetens nettokostnader"))
                .containsExactly("464 446", "464 446", "0", "−10 000");
        assertThat(texter(sammanfattning, "Investeringar, netto")).containsExactly("400", "1 900", "1 500", "0");
        List<Tabell.Cell> drift = rad(sammanfattning, "Verksamhetens nettokostnader").celler();
        assertThat(drift.get(1).tal()).as("the budget in exact tkr").isEqualByComparingTo("464445.78");
        assertThat(drift.get(3).tal()).isEqualByComparingTo("-10000.22");
        assertThat(drift).allSatisfy(c -> assertThat(c.format()).isEqualTo(Talformat.HELTAL));
        assertThat(avsnitt(rapport, "ekonomi").block()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(
                Block.Stycke.class, s -> {
                    assertThat(s.rubrik()).isEqualTo("Kommentar");
                    assertThat(s.text()).startsWith("Nämnden räknar med ett resultat på 464,4 mnkr för 2022");
                }));
    }

    @Test
    void theJanuaryToAugustResultMatchesSeed001AndKeepsTheExactAmounts() {
        Tabell resultat = tabell(rapport, "resultat");
        assertThat(resultat.kolumner()).containsExactly("Verksamhet", "Redovisat jan–aug 2022", "Budget jan–aug 2022",
                "Avvikelse", "Redovisat jan–aug 2021");
        assertThat(texter(resultat, "Ekonomiskt bistånd")).containsExactly("205 084", "205 835", "751", "213 581");
        assertThat(texter(resultat, "Flyktingmottagande")).as("a rounded difference of exact amounts, not 26 358 − 30 720")
                .containsExactly("30 720", "26 358", "−4 363", "28 604");
        assertThat(texter(resultat, "Summa nettokostnader, tkr")).containsExactly("309 938", "309 631", "−307", "304 397");
        assertThat(texter(resultat, "Nämndens enheter")).containsExactly("−9 509", "−3 114", "6 395", "−1 158");
        assertThat(texter(resultat, "Summa nettokostnader, tkr, inkl. kommunala enheter"))
                .containsExactly("300 429", "306 516", "6 087", "303 239");

        List<Tabell.Cell> flykt = rad(resultat, "Flyktingmottagande").celler();
        assertThat(flykt.get(0).tal()).isEqualByComparingTo("30720.26675");
        assertThat(flykt.get(2).tal()).isEqualByComparingTo("-4362.5334166666667");
        assertThat(rad(resultat, "Ekonomiskt bistånd").celler().get(0).tal()).isEqualByComparingTo("205084.20874");
        Tabell.Rad varav = rad(resultat, "varav kostnader");
        assertThat(varav.slag()).isEqualTo(Tabell.Radslag.SPEC);
        assertThat(varav.kontext()).isEqualTo("Summa nettokostnader, tkr");
        assertThat(rad(resultat, "Summa nettokostnader, tkr").slag()).isEqualTo(Tabell.Radslag.SUMMA);
    }

    @Test
    void theFullYearForecastAndTheInvestmentsMatchSeed001WithTheirAnalysis() {
        Tabell prognos = tabell(rapport, "prognos");
        assertThat(prognos.kolumner()).containsExactly("Verksamhet", "Prognos helår 2022", "Budget 2022", "Avvikelse",
                "Bokslut 2021");
        assertThat(texter(prognos, "Summa nettokostnader, tkr")).containsExactly("468 846", "464 446", "−4 400", "457 918");
        assertThat(texter(prognos, "Flyktingmottagande")).containsExactly("44 512", "39 537", "−4 975", "43 448");
        assertThat(texter(prognos, "Summa nettokostnader, tkr, inkl. kommunala enheter"))
                .containsExactly("464 446", "464 446", "0", "458 476");
        assertThat(avsnitt(rapport, "ekonomi-prognos").block()).filteredOn(Block.Stycke.class::isInstance)
                .map(b -> ((Block.Stycke) b).rubrik())
                .contains("Ekonomiskt bistånd", "Arbetsmarknadsåtgärder", "Nämndens enheter", "Kommentar om Ekonomiskt bistånd");

        Tabell investeringar = tabell(rapport, "investeringar");
        assertThat(texter(investeringar, "Summa investeringar"))
                .containsExactly("318", "0", "400", "0", "400", "1 900", "1 500");
        assertThat(texter(investeringar, "Arbetsmarknadscentrum"))
                .containsExactly("0", "0", "50", "0", "50", "250", "200");
        assertThat(avsnitt(rapport, "investeringar").block()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(
                Block.Stycke.class, s -> {
                    assertThat(s.rubrik()).isEqualTo("Arbetsmarknadsservice");
                    assertThat(s.text()).contains("levereras först nästa år");
                }));
    }

    @Test
    void volumesAndPersonnelStandBesideTheirForecastAndTarget() {
        Tabell volymer = tabell(rapport, "volymer-tabell");
        assertThat(volymer.kolumner()).containsExactly("Basuppdrag (volymmått)", "Prognos helår", "Augusti 2022",
                "Augusti 2021");
        assertThat(texter(volymer, "Antal hushåll med ekonomiskt bistånd, utfall per sista månad"))
                .containsExactly("3 300", "3 090", "3 310");
        Tabell personal = tabell(rapport, "personal-tabell");
        assertThat(texter(personal, "Antal tillsvidareanställda, IAF")).containsExactly("228", "239", "");
        assertThat(texter(personal, "Total sjukfrånvaro, IAF")).containsExactly("6,0 %", "7,4 %", "");
        assertThat(rad(personal, "Total sjukfrånvaro, IAF").celler().get(1).tal()).isEqualByComparingTo("7.4");
    }

    @Test
    void eachNamndmalHasItsFinalStatusAsIconAndWordsWithItsAnalysisAndResults() {
        Map<String, Status> status = new LinkedHashMap<>();
        for (Avsnitt omrade : avsnitt(rapport, "malredovisning").underavsnitt()) {
            for (Avsnitt mal : omrade.underavsnitt()) {
                mal.block().stream().filter(Block.Statusrad.class::isInstance).map(Block.Statusrad.class::cast)
                        .findFirst().ifPresent(s -> status.put(mal.rubrik(), s.status()));
            }
        }
        assertThat(status).containsExactly(
                Map.entry("Professionellt bemötande och hög tillgänglighet", new Status(Status.Ikon.KAN_EJ_BEDOMAS, "Kan ej bedömas")),
                Map.entry("Hög egenförsörjningsgrad", new Status(Status.Ikon.DELVIS, "Uppfylls delvis")),
                Map.entry("Hög avtalstrohet", new Status(Status.Ikon.EJ, "Uppfylls ej")),
                Map.entry("Kostnadseffektiva arbetsmarknadsåtgärder", new Status(Status.Ikon.KAN_EJ_BEDOMAS, "Kan ej bedömas")),
                Map.entry("God ekonomisk styrning", new Status(Status.Ikon.UPPFYLLS, "Uppfylls")),
                Map.entry("Digitaliseringens möjligheter tas tillvara", new Status(Status.Ikon.DELVIS, "Uppfylls delvis")),
                Map.entry("Goda arbetsplatser", new Status(Status.Ikon.DELVIS, "Uppfylls delvis")),
                Map.entry("Hållbart chef- och ledarskap", new Status(Status.Ikon.DELVIS, "Uppfylls delvis")),
                Map.entry("Nya vägar för kompetensförsörjning", new Status(Status.Ikon.DELVIS, "Uppfylls delvis")));

        Avsnitt styrning = avsnittMedRubrik(rapport, "God ekonomisk styrning");
        assertThat(styrning.block()).filteredOn(Block.Statusrad.class::isInstance).first()
                .satisfies(b -> assertThat(((Block.Statusrad) b).forklaring()).as("the motivation: it differs from the proposal")
                        .startsWith("Nämnden prognostiserar ett resultat i nivå med budget"));
        assertThat(styrning.block()).filteredOn(Block.Punktlista.class::isInstance).map(b -> (Block.Punktlista) b)
                .satisfiesExactly(
                        urval -> {
                            assertThat(urval.ingress()).contains("det kommunövergripande målet Hållbar ekonomi");
                            assertThat(urval.punkter()).contains("Ingen avvikelse mot budget prognostiseras för 2022.");
                        },
                        avvikelser -> assertThat(avvikelser.punkter()).singleElement().asString()
                                .startsWith("Den planerade utbildningen i prognosarbete genomförs inte i år"));
        assertThat(avsnittMedRubrik(rapport, "Hög egenförsörjningsgrad").fotnoter()).as("the nämndmål's footnote")
                .hasSize(1);
    }

    @Test
    void indicatorsShowTheTwoPreviousYearsThePeriodTheTargetAndWhetherItIsMet() {
        Tabell egenforsorjning = tabell(rapport, "indikatorer-" + namndmal("Hög egenförsörjningsgrad"));
        assertThat(egenforsorjning.kolumner()).containsExactly("Nämndindikator", "2020", "2021", "Augusti 2022",
                "Målvärde 2022", "Mål uppnås");
        Tabell.Rad hushall = rad(egenforsorjning, "Antal hushåll med ekonomiskt bistånd, utfall i slutet av "
                + "verksamhetsåret (Källa: Treserva)");
        assertThat(texter(hushall)).containsExactly("3 327", "3 380", "3 090", "3 300", "Ja");
        assertThat(hushall.celler().get(2).tal()).isEqualByComparingTo("3090");
        assertThat(hushall.celler().get(3).tal()).isEqualByComparingTo("3300");
        assertThat(hushall.celler().get(4).status()).isEqualTo(new Status(Status.Ikon.UPPFYLLS, "Ja"));

        Tabell styrning = tabell(rapport, "indikatorer-" + namndmal("God ekonomisk styrning"));
        Tabell.Rad avvikelse = rad(styrning, "Avvikelse mot budget, %");
        assertThat(texter(avvikelse)).as("computed from the economy, 6 087 / 306 516")
                .containsExactly("0,0", "−4,1", "2,0", "0 %", "Ja");
        assertThat(avvikelse.celler().get(2).tal()).isEqualByComparingTo("1.9859008356");

        Tabell avtal = tabell(rapport, "indikatorer-" + namndmal("Hög avtalstrohet"));
        assertThat(rad(avtal, "E-handelstrohet, %").celler().get(4).status()).isEqualTo(new Status(Status.Ikon.EJ, "Nej"));
    }

    @Test
    void anIndicatorWithoutOutcomeShowsIUWithItsExplanationInAFootnote() {
        Tabell bemotande = tabell(rapport, "indikatorer-" + namndmal("Professionellt bemötande och hög tillgänglighet"));
        Tabell.Rad tillganglighet = rad(bemotande, "Tillgänglighet");
        assertThat(tillganglighet.grupp()).isEqualTo("Andel positiva svar i brukarenkät, %");
        Tabell.Cell augusti = tillganglighet.celler().get(2);
        assertThat(augusti.text()).isEqualTo("I.U.");
        assertThat(augusti.tal()).isNull();
        assertThat(fotnot(augusti)).isEqualTo("Brukarundersökningarna genomförs i september 2022 (SKR:s nationella för "
                + "AMF, AMC:s egen); inget resultat per 31 augusti.");

        Tabell styrning = tabell(rapport, "indikatorer-" + namndmal("God ekonomisk styrning"));
        Tabell.Cell traffsakerhet = rad(styrning, "Augusti").celler().get(2);
        assertThat(traffsakerhet.text()).isEqualTo("I.U.");
        assertThat(fotnot(traffsakerhet)).contains("först i bokslutet 2022");
    }

    @Test
    void breakdownsByGenderAndEnhetAreSubRowsReadWithTheirIndicator() {
        Tabell egenforsorjning = tabell(rapport, "indikatorer-" + namndmal("Hög egenförsörjningsgrad"));
        List<Tabell.Rad> rader = egenforsorjning.rader();
        int total = rader.indexOf(rad(egenforsorjning, MED_SUBVENTION + " (Källa: Accorda)"));
        Tabell.Rad kvinnor = rader.get(total + 1);
        assertThat(kvinnor.namn()).isEqualTo("Kvinnor");
        assertThat(kvinnor.slag()).isEqualTo(Tabell.Radslag.SPEC);
        assertThat(kvinnor.kontext()).isEqualTo(MED_SUBVENTION);
        assertThat(texter(kvinnor)).containsExactly("9", "6", "20", "", "");
        assertThat(rader.get(total + 2).namn()).isEqualTo("Män");

        Tabell arbetsplatser = tabell(rapport, "indikatorer-" + namndmal("Goda arbetsplatser"));
        Tabell.Rad kvinnorUaf = rad(arbetsplatser, "Kvinnor, UAF");
        assertThat(kvinnorUaf.kontext()).isEqualTo("Total sjukfrånvaro");
        assertThat(texter(kvinnorUaf).subList(0, 2)).containsExactly("3,1", "2,7");
    }

    @Test
    void footnotesAreNumberedInReadingOrderAndEveryReferenceHasItsText() {
        assertThat(rapport.fotnoter()).extracting(Dokument.Fotnot::nummer)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, rapport.fotnoter().size()).boxed().toList());
        List<Integer> referenser = new ArrayList<>();
        for (Avsnitt a : Delarsrapportfixtur.allaAvsnitt(rapport)) {
            referenser.addAll(a.fotnoter());
        }
        for (Block b : Delarsrapportfixtur.allaBlock(rapport)) {
            if (b instanceof Tabell t) {
                t.rader().forEach(r -> {
                    referenser.addAll(r.fotnoter());
                    r.celler().forEach(c -> referenser.addAll(c.fotnoter()));
                });
            }
        }
        assertThat(referenser).isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(1, rapport.fotnoter().size()));
        assertThat(Set.copyOf(referenser)).hasSize(rapport.fotnoter().size());
    }

    @Test
    void theChartsOfEkonomisktBistandHaveTheirValuesAsTables() {
        Diagram tolv = diagram("bistand-tolv-manader");
        assertThat(tolv.typ()).isEqualTo(Diagram.Typ.LINJE);
        assertThat(tolv.kategorier()).as("January–August 2020 have no actuals: the first sum is December 2021's")
                .startsWith("dec 2021").endsWith("aug 2022").hasSize(9);
        assertThat(tolv.serier().get(0).varden().get(8)).isEqualByComparingTo("310726.19971");
        assertThat(texter(tolv.tabell(), "aug 2022")).containsExactly("310 726");
        assertThat(texter(tolv.tabell(), "dec 2021")).containsExactly("319 223");

        Diagram hushall = diagram("bistand-hushall");
        assertThat(hushall.kategorier()).containsExactly("2020", "2021", "Augusti 2022");
        assertThat(hushall.serier()).extracting(Diagram.Serie::namn)
                .containsExactly("Hushåll totalt", "Långvariga hushåll (mer än två år)");
        assertThat(texter(hushall.tabell(), "Augusti 2022")).containsExactly("3 090", "1 770");
        Diagram kostnad = diagram("bistand-kostnad-per-hushall");
        assertThat(texter(kostnad.tabell(), "Augusti 2022")).as("205 084 209 kr / 3 090 hushåll / 8 månader")
                .containsExactly("8 296");
        assertThat(texter(kostnad.tabell(), "2020")).as("no actuals for 2020").containsExactly("");
    }

    @Test
    void aNumericIndicatorHasATrendChartWithItsTargetAndTheSameValuesInItsTable() {
        Diagram trend = Delarsrapportfixtur.allaBlock(rapport).stream()
                .filter(b -> b instanceof Diagram d && d.rubrik().equals("Utveckling: E-handelstrohet, %"))
                .map(Diagram.class::cast).findFirst().orElseThrow();
        assertThat(trend.kategorier()).containsExactly("2020", "2021", "Augusti 2022");
        assertThat(trend.serier()).extracting(Diagram.Serie::namn).containsExactly("Utfall", "Målvärde 2022");
        assertThat(texter(trend.tabell(), "Augusti 2022")).containsExactly("73,3", "100");
        assertThat(texter(trend.tabell(), "2020")).containsExactly("100,0", "");
    }

    @Test
    void openDataHasEveryIndicatorValueShownAndTheEconomyPerVerksamhetWithTheSum() {
        OppnaData data = rapport.oppnaData();
        assertThat(data.scbKod()).isEqualTo("9942");
        assertThat(data.namndKod()).isEqualTo("AN");
        assertThat(data.ar()).isEqualTo(2022);
        assertThat(data.manad()).isEqualTo(8);
        assertThat(data.indikatorer()).anySatisfy(v -> {
            assertThat(v.kpi()).isEqualTo("HUSHALL_EKB");
            assertThat(v.period()).isEqualTo(2022);
            assertThat(v.manad()).isEqualTo(8);
            assertThat(v.gender()).isEqualTo("T");
            assertThat(v.typ()).isEqualTo("UTFALL");
            assertThat(v.value()).isEqualByComparingTo("3090");
        }).anySatisfy(v -> {
            assertThat(v.kpi()).isEqualTo("HUSHALL_EKB");
            assertThat(v.typ()).isEqualTo("MALVARDE");
            assertThat(v.value()).isEqualByComparingTo("3300");
        }).anySatisfy(v -> {
            assertThat(v.kpi()).isEqualTo("BRUKARENKAT_TILLGANGLIGHET");
            assertThat(v.period()).isEqualTo(2022);
            assertThat(v.value()).isNull();
            assertThat(v.status()).isEqualTo("I.U.");
        }).anySatisfy(v -> {
            assertThat(v.kpi()).isEqualTo("TOTAL_SJUKFRANVARO");
            assertThat(v.period()).isEqualTo(2020);
            assertThat(v.gender()).isEqualTo("K");
            assertThat(v.enhetsnamn()).isEqualTo("UAF");
            assertThat(v.value()).isEqualByComparingTo("3.1");
        });
        assertThat(data.indikatorer()).filteredOn(v -> v.typ().equals("UTFALL") && v.period() == 2022)
                .as("one value per cell of the period column").hasSize(cellerMedVarde(2));

        Map<String, OppnaData.Ekonomirad> ekonomi = data.ekonomi().stream()
                .collect(Collectors.toMap(OppnaData.Ekonomirad::verksamhet, r -> r));
        assertThat(ekonomi).containsKeys("EKONOMISKT_BISTAND", "FLYKTINGMOTTAGANDE", "NAMNDENS_ENHETER", "SUMMA");
        assertThat(ekonomi.get("FLYKTINGMOTTAGANDE").redovisatPeriod()).isEqualByComparingTo("30720266.75");
        assertThat(ekonomi.get("FLYKTINGMOTTAGANDE").avvikelsePeriod()).as("published to the öre")
                .isEqualTo(new BigDecimal("-4362533.42"));
        assertThat(ekonomi.get("SUMMA").avvikelsePeriod()).isEqualTo(new BigDecimal("6087107.38"));
        assertThat(ekonomi.get("SUMMA").prognosHelar()).isEqualByComparingTo("464446000");
    }

    @Test
    void theReportRendersWithItsTableOfContentsFiguresStatusesAndCharts() {
        String fragment = html.fragment(rapport);
        org.jsoup.nodes.Document sida = Jsoup.parse(fragment);

        assertThat(sida.select("nav.innehall li a").eachText()).containsSubsequence("Nämndens uppdrag",
                "Samlad bedömning och analys", "Ekonomi", "Ekonomiska tabeller", "Nämndindikatorer", "Fotnoter");
        Element flykt = sida.select("#resultat tr").stream().filter(tr -> tr.select("th").text().equals("Flyktingmottagande"))
                .findFirst().orElseThrow();
        assertThat(flykt.select("td").eachText()).containsExactly("30 720", "26 358", "−4 363", "28 604");
        assertThat(sida.select("#mal-" + namndmal("Hög avtalstrohet") + " ~ .statusrad").first().text())
                .contains("Uppfylls ej");
        assertThat(sida.select("figure.diagram svg")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sida.select("details.diagramdata table")).hasSameSizeAs(sida.select("figure.diagram"));
    }

    @Test
    void aRegistratorOfAnotherCommitteeIsRefusedAndAnUnknownPointOrCommitteeIsNotFound() {
        MalbildAnvandare annan = new MalbildAnvandare(3, "ture", "Ture", Roll.REGISTRATOR, Set.of(an.namndId() + 100_000));
        assertThatThrownBy(() -> som(annan, () -> delarsrapporter.las(an.namndId(), an.punktId())))
                .isInstanceOf(AccessDeniedException.class);
        MalbildAnvandare egen = new MalbildAnvandare(4, "rut", "Rut", Roll.REGISTRATOR, Set.of(an.namndId()));
        assertThat(som(egen, () -> delarsrapporter.las(an.namndId(), an.punktId())).avsnitt()).isNotEmpty();

        long annanKommunsPunkt = EkonomiFixturer.annanKommunsPunkt(context);
        assertThatThrownBy(() -> som(POLITIKER, () -> delarsrapporter.las(an.namndId(), annanKommunsPunkt)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> som(POLITIKER, () -> delarsrapporter.las(an.namndId(), 999_999_999L)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> som(POLITIKER, () -> delarsrapporter.las(999_999_999L, an.punktId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCommitteeThatHasNotFollowedUpYetGetsNoEmptySections() {
        NamndRepository namnder = context.getBean(NamndRepository.class);
        if (namnder.findByKommunAndKod("9945", "AN").isEmpty()) {
            context.getBean(PlanImportService.class).importera(EkonomiFixturer.plan("9945"), "linkoping-9945.json", "test");
        }
        long namnd = namnder.findByKommunAndKod("9945", "AN").orElseThrow().getId();
        long punkt = context.getBean(UppfoljningService.class)
                .skapaPunkt("9945", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null).getId();

        Dokument tom = som(POLITIKER, () -> delarsrapporter.las(namnd, punkt));

        assertThat(tom.avsnitt()).extracting(Avsnitt::id).doesNotContain("samlad-bedomning", "volymer", "handelser",
                "forvantad-utveckling", "internkontroll");
        assertThat(tom.avsnitt()).extracting(Avsnitt::id).contains("uppdrag", "ekonomi", "malredovisning",
                "strategiska-uppdrag", "namndindikatorer");
        assertThat(avsnittMedRubrik(tom, "Hög avtalstrohet").block()).filteredOn(Block.Statusrad.class::isInstance)
                .singleElement().satisfies(b -> {
                    Block.Statusrad s = (Block.Statusrad) b;
                    assertThat(s.status()).isEqualTo(new Status(Status.Ikon.INGEN, "Inte bedömd än"));
                    assertThat(s.forklaring()).isEqualTo("Nämndindikatorerna föreslår: Kan ej bedömas.");
                });
        assertThat(texter(tabell(tom, "strategiska-uppdrag-tabell").rader().get(0)).get(0)).isEqualTo("Ingen status angiven");
    }

    @Test
    void anotherMunicipalitysPlanWithItsOwnGoalAreasAndAMalprognosLineGivesAReportAtEveryKindOfPoint() {
        context.getBean(PlanImportService.class).importera(Demofiler.text(Demofiler.TRANAS)
                .replace("\"scbKod\": \"0687\"", "\"scbKod\": \"9946\"")
                .replace("\"namn\": \"Tranås kommun\"", "\"namn\": \"Testkommun 9946\"")
                .getBytes(StandardCharsets.UTF_8), "tranas-9946.json", "test");
        long namnd = context.getBean(NamndRepository.class).findByKommunAndKod("9946", "KS-HRAF").orElseThrow().getId();
        UppfoljningService uppfoljningar = context.getBean(UppfoljningService.class);
        long tertial = uppfoljningar.skapaPunkt("9946", 2023, 4, Uppfoljningstyp.DELAR, "tertial 1 2023", null).getId();
        long helar = uppfoljningar.skapaPunkt("9946", 2023, 12, Uppfoljningstyp.HELAR, "helår 2023", null).getId();

        Dokument tertialrapport = som(POLITIKER, () -> delarsrapporter.las(namnd, tertial));
        Dokument helarsrapport = som(POLITIKER, () -> delarsrapporter.las(namnd, helar));

        assertThat(tertialrapport.titel()).isEqualTo("Delårsrapport tertial 1 2023");
        assertThat(tertialrapport.avsnitt()).extracting(Avsnitt::id).contains("uppdrag", "ekonomi", "malredovisning",
                "namndindikatorer");
        Tabell indikatorer = (Tabell) Delarsrapportfixtur.allaBlock(tertialrapport).stream()
                .filter(b -> b instanceof Tabell t && t.id().startsWith("indikatorer-")).findFirst().orElseThrow();
        assertThat(indikatorer.kolumner()).containsSequence("2021", "2022", "April 2023", "Målvärde 2023");
        Tabell helarstabell = (Tabell) Delarsrapportfixtur.allaBlock(helarsrapport).stream()
                .filter(b -> b instanceof Tabell t && t.id().startsWith("indikatorer-")).findFirst().orElseThrow();
        assertThat(helarstabell.kolumner()).containsSequence("2021", "2022", "2023", "Målvärde 2023");
        assertThat(html.fragment(helarsrapport)).contains("Delårsrapport helår 2023");
    }

    private long namndmal(String titel) {
        return Long.parseLong(avsnittMedRubrik(rapport, titel).id().substring("mal-".length()));
    }

    private String fotnot(Tabell.Cell cell) {
        assertThat(cell.fotnoter()).hasSize(1);
        return rapport.fotnoter().get(cell.fotnoter().get(0) - 1).text();
    }

    private Diagram diagram(String id) {
        return Delarsrapportfixtur.allaBlock(rapport).stream().filter(b -> b instanceof Diagram d && d.id().equals(id))
                .map(Diagram.class::cast).findFirst().orElseThrow(() -> new AssertionError("Inget diagram " + id));
    }

    /** How many cells of a column of the indicator tables hold a value or I.U. */
    private int cellerMedVarde(int kolumn) {
        int antal = 0;
        for (Avsnitt a : avsnitt(rapport, "namndindikatorer").underavsnitt()) {
            for (Avsnitt k : a.underavsnitt()) {
                for (Block b : k.block()) {
                    if (b instanceof Tabell t) {
                        antal += (int) t.rader().stream().filter(r -> !r.celler().get(kolumn).text().isEmpty()).count();
                    }
                }
            }
        }
        return antal;
    }
}
