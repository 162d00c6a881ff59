package se.malbild.oversikt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.malbild.ekonomi.EkonomiFixturer;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.rapport.faststallelse.Beslut;
import se.malbild.rapport.faststallelse.FaststallelseService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * The politicians' overview on the demo municipalities: both dashboards, seed 001's statuses counted once the
 * follow-up is submitted and the decision shown once it is adopted, the drill-down to an indicator's history, and
 * that a politician can change nothing but what is theirs to decide.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OversiktIT {

    private static final MalbildAnvandare POLITIKER = new MalbildAnvandare(9821, "petra", "Petra Politiker",
            Roll.POLITIKER, Set.of());
    private static final MalbildAnvandare ADMIN = new MalbildAnvandare(9822, "ada", "Ada", Roll.ADMIN, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningDemo demo;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    FaststallelseService faststallelser;

    @Autowired
    NamndRepository namnder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappningar;

    @Test
    void aPoliticianSeesBothDemoMunicipalitiesDashboards() throws Exception {
        Namnd an = demoLinkoping();
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "test");
        // As the demo creates them.
        uppfoljningar.skapaPunkt("0687", 2023, 4, Uppfoljningstyp.DELAR, "tertial 1 2023", LocalDate.of(2023, 5, 15));
        uppfoljningar.skapaPunkt("0687", 2023, 8, Uppfoljningstyp.DELAR, "tertial 2 2023", LocalDate.of(2023, 9, 15));

        Document linkoping = sida("/kommuner/0580/oversikt");
        assertThat(linkoping.select("h1").text()).isEqualTo("Översikt – Linköpings kommun");
        assertThat(linkoping.select("h2").eachText()).contains(an.getNamn());
        assertThat(linkoping.select("select#punkt option[selected]").text()).isEqualTo("per 31 augusti 2022");
        Document tranas = sida("/kommuner/0687/oversikt");
        assertThat(tranas.select("h1").text()).isEqualTo("Översikt – Tranås kommun");
        assertThat(tranas.select("p.datalage strong").eachText()).isNotEmpty().allMatch("Ej inlämnad"::equals);
        assertThat(tranas.select("table caption").eachText()).noneMatch(c -> c.startsWith("Måluppfyllelse"));

        Document start = sida("/");
        assertThat(start.select("a[href=/kommuner/0580/oversikt]").text()).isEqualTo("Översikt för politiker – Linköpings kommun");
        assertThat(start.select("a[href=/kommuner/0687/oversikt]")).hasSize(1);
    }

    @Test
    void statusCountsAreSeed001sOnceSubmittedAndTheDecisionOnceAdopted() throws Exception {
        Namnd an = linkopingKopia("9820");
        Uppfoljningspunkt augusti = uppfoljningar.skapaPunkt("9820", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null);
        String adress = "/kommuner/9820/oversikt?punkt=" + augusti.getId();

        Document oppen = sida(adress);
        assertThat(namndblock(oppen, an).select("p.datalage").text()).isEqualTo("Ej inlämnad");
        assertThat(namndblock(oppen, an).select("table")).isEmpty();

        som(ADMIN, () -> {
            uppfoljningar.lamnaIn(an.getId(), augusti.getId());
            return null;
        });
        Document inlamnad = sida(adress);
        assertThat(namndblock(inlamnad, an).select("p.datalage").text()).isEqualTo("Inlämnad (ännu inte fastställd)");
        Element tabell = namndblock(inlamnad, an).select("table").first();
        assertThat(tabell.select("thead th").eachText())
                .containsExactly("Målområde", "Uppfylls", "Uppfylls delvis", "Uppfylls ej", "Kan ej bedömas");
        assertThat(tabell.select("thead th svg")).hasSize(4);
        // Seed 001: one nämndmål Uppfylls, five Uppfylls delvis, one Uppfylls ej, two Kan ej bedömas.
        assertThat(tabell.select("tr.summa td").eachText()).containsExactly("1", "5", "1", "2");
        assertThat(tabell.select("tr.summa td").eachText()).containsExactlyElementsOf(iDatabasen(an, augusti));
        // Seed 001: budget 464 446 tkr, forecast the same; in March the forecast deviation was −10 000 tkr.
        assertThat(texter(namndblock(inlamnad, an).select("tr.ekonomi td").eachText()))
                .containsExactly("464 446", "464 446", "0", "0,0 %");
        assertThat(texter(namndblock(inlamnad, an).select("ul.forandringar li").eachText())).containsExactly(
                "Måluppfyllelsen kan inte jämföras: uppföljningen per 31 mars 2022 är inte inlämnad.",
                "avvikelse \u221210 000 → 0 tkr (jämfört med per 31 mars 2022)");

        Document utskrift = sida(adress + "&utskrift");
        assertThat(utskrift.select("section.oversikt form, section.oversikt select, section.oversikt .ej-utskrift")).as("no filters or links to print").isEmpty();
        assertThat(namndblock(utskrift, an).select("tr.summa td").eachText()).containsExactly("1", "5", "1", "2");

        som(POLITIKER, () -> faststallelser.faststallDelarsrapport(an.getId(), augusti.getId(),
                new Beslut(LocalDate.of(2022, 9, 28), "§ 94", null)));
        Document faststalld = sida(adress);
        assertThat(namndblock(faststalld, an).select("p.datalage").text()).isEqualTo("Fastställd – beslut 2022-09-28, § 94");
        assertThat(faststalld.select("#trend figcaption").text()).isEqualTo("Nämndmålens status per uppföljningspunkt – Testkommun 9820");
        assertThat(faststalld.select("table caption:containsOwn(Nämndmålens status) ~ tbody tr").first().select("td").eachText())
                .containsExactly("1", "5", "1", "2");
        assertThat(faststalld.select("table caption:containsOwn(budgetavvikelse) ~ tbody tr").eachText())
                .containsExactly("per 31 augusti 2022 0");
    }

    @Test
    void theDrillDownReachesAnIndicatorsHistoryAndWhoChangedIt() throws Exception {
        Namnd an = linkopingKopia("9823");
        Uppfoljningspunkt augusti = uppfoljningar.skapaPunkt("9823", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null);
        som(ADMIN, () -> {
            uppfoljningar.lamnaIn(an.getId(), augusti.getId());
            return null;
        });
        Document oversikt = sida("/kommuner/9823/oversikt?punkt=" + augusti.getId());
        String namndsida = namndblock(oversikt, an).select("a:containsOwn(Nämndmål och indikatorer)").attr("href");

        Document namnd = sida(namndsida);
        assertThat(namnd.select("h1").text()).isEqualTo(an.getNamn() + " per 31 augusti 2022");
        Element mal = namnd.select("article.namndmal").stream()
                .filter(a -> a.select("h3").text().startsWith("Digitalisering")).findFirst().orElseThrow();
        assertThat(mal.select("span.status").first().text()).isEqualTo("Uppfylls delvis");
        assertThat(mal.select("h4").eachText()).contains("Motivering");
        String indikatorsida = namnd.select("article.namndmal table a").first().attr("href");

        Document indikator = sida(indikatorsida);
        assertThat(indikator.select("caption").eachText()).anyMatch(c -> c.startsWith("Utfall – "));
        assertThat(indikator.select("tbody th[scope=row]").eachText()).anyMatch(p -> p.startsWith("Helår"));
        String historik = indikator.select("a:containsOwn(Vem ändrade vad)").first().attr("href");
        assertThat(historik).startsWith("/namnder/" + an.getId() + "/historik/Utfall/");
        mvc.perform(get(historik).with(user(POLITIKER))).andExpect(status().isOk());
    }

    @Test
    void aRegistratorIsRefusedAndAnotherMunicipalitysCommitteeIsNotFound() throws Exception {
        Namnd an = linkopingKopia("9824");
        Uppfoljningspunkt augusti = uppfoljningar.skapaPunkt("9824", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null);
        MalbildAnvandare registrator = new MalbildAnvandare(9825, "rut", "Rut", Roll.REGISTRATOR, Set.of(an.getId()));
        mvc.perform(get("/kommuner/9824/oversikt").with(user(registrator))).andExpect(status().isForbidden());
        mvc.perform(get("/kommuner/0687/oversikt/namnder/" + an.getId() + "?punkt=" + augusti.getId()).with(user(POLITIKER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kommuner/9824/oversikt").with(user(new MalbildAnvandare(9826, "carl", "Carl", Roll.CONTROLLER,
                Set.of())))).andExpect(status().isOk());
    }

    /**
     * Every state-changing endpoint of the application, posted to by a politician with a valid CSRF token and the
     * demo's real ids, is refused, except the decisions that are the politicians' own.
     */
    @Test
    void aPoliticianCanChangeNothingButAdoptAndPublish() throws Exception {
        Namnd an = demoLinkoping();
        Uppfoljningspunkt augusti = uppfoljningar.skapaPunkt("0580", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null);
        Long regel = jdbc.queryForList("select id from redovisning_regel where namnd_id = ? order by id limit 1", Long.class,
                an.getId()).stream().findFirst().orElse(1L);
        Long indikator = jdbc.queryForObject("""
                select min(i.id) from indikator i join namndmal m on m.id = i.namndmal_id where m.namnd_id = ?""",
                Long.class, an.getId());
        // {id} is an indicator in the Kolada admin pages (the one other {id} is a report's, an exception below).
        Map<String, String> varden = Map.of("namndId", an.getId().toString(), "punktId", augusti.getId().toString(),
                "scbKod", "0580", "namndKod", "AN", "kod", "AN", "ar", "2022", "regelId", regel.toString(),
                "id", indikator.toString());
        // The politicians' own decisions, and their own password.
        Set<String> undantag = Set.of(
                "/namnder/{namndId}/uppfoljning/{punktId}/delarsrapport/faststall",
                "/rapporter/{id}/publicera",
                "/kommuner/{scbKod}/namnder/{namndKod}/internbudget/{ar}/faststallelse",
                "/konto/losenord");

        Map<String, Integer> svar = new TreeMap<>();
        List<String> undantagna = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> m : mappningar.getHandlerMethods().entrySet()) {
            Set<RequestMethod> metoder = m.getKey().getMethodsCondition().getMethods();
            for (String monster : m.getKey().getPatternValues()) {
                for (RequestMethod metod : metoder) {
                    if (metod == RequestMethod.GET || metod == RequestMethod.HEAD || metod == RequestMethod.OPTIONS) {
                        continue;
                    }
                    if (undantag.contains(monster)) {
                        undantagna.add(monster);
                        continue;
                    }
                    String adress = monster;
                    for (Map.Entry<String, String> v : varden.entrySet()) {
                        adress = adress.replace("{" + v.getKey() + "}", v.getValue());
                    }
                    assertThat(adress).as("okänd sökvägsvariabel i " + monster).doesNotContain("{");
                    int kod = mvc.perform(request(HttpMethod.valueOf(metod.name()), adress).with(csrf()).with(user(POLITIKER)))
                            .andReturn().getResponse().getStatus();
                    svar.put(metod + " " + monster, kod);
                }
            }
        }
        assertThat(svar).as("skrivande adresser").hasSizeGreaterThan(15);
        assertThat(svar).allSatisfy((adress, kod) -> assertThat(kod).as(adress).isEqualTo(403));
        assertThat(undantagna).containsAll(undantag);
    }

    /** Texts as read, with ordinary spaces for the non-breaking ones. */
    private static List<String> texter(List<String> texter) {
        return texter.stream().map(t -> t.replace('\u00a0', ' ')).toList();
    }

    private List<String> iDatabasen(Namnd namnd, Uppfoljningspunkt punkt) {
        return List.of("UPPFYLLS", "UPPFYLLS_DELVIS", "UPPFYLLS_EJ", "KAN_EJ_BEDOMAS").stream()
                .map(s -> String.valueOf(jdbc.queryForObject("""
                        select count(*) from bedomning b join namndmal m on m.id = b.namndmal_id
                        where m.namnd_id = ? and b.uppfoljningspunkt_id = ? and b.status = ?""", Long.class,
                        namnd.getId(), punkt.getId(), s)))
                .toList();
    }

    /** The heading of the committee and everything up to the next committee's. */
    private static Element namndblock(Document sida, Namnd namnd) {
        Element rubrik = sida.getElementById("namnd-" + namnd.getId());
        Element block = new Element("div");
        for (Element e = rubrik.nextElementSibling(); e != null && !e.tagName().equals("h2"); e = e.nextElementSibling()) {
            block.appendChild(e.clone());
        }
        return block;
    }

    private Document sida(String adress) throws Exception {
        String html = mvc.perform(get(adress).with(user(POLITIKER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    /** The demo's Linköping with seed 001's follow-up, loaded as the demo loads it, once. */
    private synchronized Namnd demoLinkoping() {
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");
        Namnd an = namnder.findByKommunAndKod("0580", "AN").orElseThrow();
        Integer bedomda = jdbc.queryForObject("""
                select count(*) from bedomning b join namndmal m on m.id = b.namndmal_id where m.namnd_id = ?""",
                Integer.class, an.getId());
        if (bedomda == 0) {
            demo.lasInAugusti2022(an);
        }
        return an;
    }

    /** The demo's Linköping under a municipality code of this test's, with seed 001's follow-up. */
    private Namnd linkopingKopia(String scbKod) {
        if (namnder.findByKommunAndKod(scbKod, "AN").isEmpty()) {
            importer.importera(EkonomiFixturer.plan(scbKod), "linkoping-" + scbKod + ".json", "test");
            demo.lasInAugusti2022(namnder.findByKommunAndKod(scbKod, "AN").orElseThrow());
        }
        return namnder.findByKommunAndKod(scbKod, "AN").orElseThrow();
    }

    private static <T> T som(MalbildAnvandare vem, Supplier<T> arbete) {
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(vem, null, vem.getAuthorities()));
        try {
            return arbete.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }
}
