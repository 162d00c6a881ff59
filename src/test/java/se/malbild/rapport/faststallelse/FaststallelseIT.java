package se.malbild.rapport.faststallelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.malbild.dokument.DokumentJson;
import se.malbild.mal.Kon;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.NamndRepository;
import se.malbild.uppfoljning.Inmatning;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningstyp;
import se.malbild.uppfoljning.UtfallService;

/**
 * Issue 4's acceptance points 2 and 4 on a copy of the demo Linköping delårsrapport per 31 augusti 2022: adopting it
 * freezes it (an outcome changed afterwards alters the live report, never the adopted one, its PDF or its
 * fingerprint; the database refuses to change it), only politicians and admins adopt and publish, and open data lists
 * only what is adopted and published.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaststallelseIT {

    private static final String VANTETID = "VANTETID_BESLUT_EKB";
    private static final String VANTETID_NAMN = "Väntetid i antal dagar från första ansökan till beslut inom ekonomiskt bistånd";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    UppfoljningDemo demo;

    @Autowired
    NamndRepository namnder;

    @Autowired
    UtfallService utfall;

    @Autowired
    JdbcTemplate jdbc;

    final MalbildAnvandare petra = new MalbildAnvandare(31, "petra", "Petra Politiker", Roll.POLITIKER, Set.of());
    final MalbildAnvandare ada = new MalbildAnvandare(32, "ada", "Ada Administratör", Roll.ADMIN, Set.of());
    final MalbildAnvandare carl = new MalbildAnvandare(33, "carl", "Carl Controller", Roll.CONTROLLER, Set.of());
    MalbildAnvandare rut;
    MalbildAnvandare ture;
    Linkopingkopia.Kopia kopia;

    @BeforeAll
    void demoDelarsrapportenForEnEgenKommun() {
        kopia = new Linkopingkopia(importer, demo, namnder, jdbc).augusti2022("9930");
        rut = new MalbildAnvandare(34, "rut", "Rut Registrator", Roll.REGISTRATOR, Set.of(kopia.namndId()));
        ture = new MalbildAnvandare(35, "ture", "Ture Registrator", Roll.REGISTRATOR, Set.of(kopia.namndId() + 100_000));
    }

    @Test
    void adoptingFreezesTheReportWhileTheLiveReportShowsWhatChangedAndOpenDataOnlyWhatIsPublished() throws Exception {
        String rapportsida = kopia.adress("delarsrapport");
        mvc.perform(post(kopia.adress("lamna-in")).with(csrf()).with(user(rut))).andExpect(status().is3xxRedirection());
        assertThat(csv("indikatorer.csv")).as("nothing adopted, nothing published").hasSize(1);

        Document fore = sida(rapportsida, petra);
        assertThat(fore.select(".faststallelse").text()).contains("Inte fastställd");
        assertThat(fore.select("form[action$=/faststall] input#beslutsdatum")).hasSize(1);

        for (MalbildAnvandare ejPolitiker : List.of(rut, carl)) {
            faststall(ejPolitiker, "2022-09-20", "AN § 87").andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from faststalld_rapport where namnd_id = ?", Integer.class,
                kopia.namndId())).isZero();

        faststall(petra, "2022-09-20", "AN § 87").andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("meddelande", "Rapporten är fastställd (2022-09-20, AN § 87) och sparad som den ser ut nu."));
        long id = jdbc.queryForObject("select id from faststalld_rapport where namnd_id = ? and uppfoljningspunkt_id = ?",
                Long.class, kopia.namndId(), kopia.punktId());
        assertThat(kopia.status()).isEqualTo("FASTSTALLD");
        assertThat(jdbc.queryForList("select anvandare || ':' || falt || ':' || coalesce(gammalt, '') || '>' || nytt from andring "
                        + "where namnd_id = ? and objekttyp in ('NamndUppfoljning', 'FaststalldRapport') order by id",
                String.class, kopia.namndId()))
                .contains("rut:status:OPPEN>INLAMNAD", "petra:status:INLAMNAD>FASTSTALLD")
                .anySatisfy(a -> assertThat(a).startsWith("petra:faststalld:>Delårsrapport").contains("AN § 87"));
        faststall(ada, "2022-09-21", "AN § 88")
                .andExpect(flash().attribute("meddelande", "Rapporten är redan fastställd. En rapport fastställs bara en gång; "
                        + "rättelser kommer med i nästa rapport."));

        String lagradHtml = jdbc.queryForObject("select html from faststalld_rapport where id = ?", String.class, id);
        String sha256 = jdbc.queryForObject("select sha256 from faststalld_rapport where id = ?", String.class, id);
        byte[] lagradPdf = jdbc.queryForObject("select pdf from faststalld_rapport where id = ?", byte[].class, id);
        assertThat(sha256).isEqualTo(DokumentJson.sha256(jdbc.queryForObject(
                "select dokument_json from faststalld_rapport where id = ?", String.class, id)));
        String faststalld = text("/rapporter/" + id, petra);
        assertThat(faststalld).contains(lagradHtml);
        Document faststalldSida = Jsoup.parse(faststalld);
        assertThat(faststalldSida.select(".faststalld").text()).contains("Fastställd av nämnden 2022-09-20, AN § 87",
                "petra", sha256, "Fingeravtrycket stämmer");
        assertThat(pdf(id, petra)).isEqualTo(lagradPdf);
        try (PDDocument utskrift = Loader.loadPDF(lagradPdf)) {
            assertThat(new PDFTextStripper().getText(utskrift))
                    .contains("Fastställd 2022-09-20 AN § 87 · SHA-256 " + sha256);
        }

        Document levandeFore = sida(rapportsida, petra);
        assertThat(levandeFore.select(".faststallelse").text()).contains("Fastställd 2022-09-20 AN § 87")
                .contains("Den aktuella rapporten är densamma som den fastställda.").doesNotContain("Underlaget har ändrats");

        mvc.perform(post(kopia.adress("oppna")).with(csrf()).with(user(ada))).andExpect(status().is3xxRedirection());
        assertThat(kopia.status()).isEqualTo("OPPEN");
        andraVantetid("18");

        Document levande = sida(rapportsida, petra);
        assertThat(levande.select(".dokument").text()).contains(VANTETID_NAMN);
        assertThat(levande.select(".andrad").text()).contains("Underlaget har ändrats efter fastställelsen");
        assertThat(levande.select(".andrad tbody tr")).anySatisfy(rad -> {
            assertThat(rad.selectFirst("th").text()).contains(VANTETID_NAMN);
            assertThat(rad.select("td").eachText()).containsExactly("16", "18");
        });

        assertThat(vantetider(fil(kopia.adress("delarsrapport.xlsx"), petra, EXCEL))).contains(18.0);
        assertThat(vantetider(fil("/rapporter/" + id + ".xlsx", petra, EXCEL))).as("made again from the stored document")
                .contains(16.0).doesNotContain(18.0);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(fil("/rapporter/" + id + ".docx", petra, WORD)))) {
            assertThat(word.getFooterList()).anySatisfy(sidfot -> assertThat(sidfot.getText())
                    .contains("Fastställd 2022-09-20 AN § 87 · SHA-256 " + sha256));
        }
        assertThat(fil(kopia.adress("delarsrapport.pdf"), petra, "application/pdf")).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        String faststalldEfter = text("/rapporter/" + id, petra);
        assertThat(faststalldEfter).contains(lagradHtml);
        assertThat(Jsoup.parse(faststalldEfter).select(".faststalld").text()).contains(sha256, "Fingeravtrycket stämmer");
        assertThat(pdf(id, petra)).isEqualTo(lagradPdf);
        assertThatThrownBy(() -> jdbc.update("update faststalld_rapport set html = '<p>ändrad</p>' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("Fastställda rapporter ändras aldrig");
        assertThatThrownBy(() -> jdbc.update("delete from faststalld_rapport where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("Fastställda rapporter ändras aldrig");
        assertThat(jdbc.queryForObject("select html from faststalld_rapport where id = ?", String.class, id)).isEqualTo(lagradHtml);

        assertThat(csv("indikatorer.csv")).as("adopted but not published").hasSize(1);
        mvc.perform(get("/rapporter/" + id)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/logga-in"));
        for (MalbildAnvandare ejPolitiker : List.of(rut, carl)) {
            mvc.perform(post("/rapporter/" + id + "/publicera").with(csrf()).with(user(ejPolitiker)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/rapporter/" + id + "/publicera").with(csrf()).with(user(petra)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select anvandare || ':' || falt || ':' || nytt from andring where objekttyp = "
                + "'FaststalldRapport' and objekt_id = ? order by id", String.class, id))
                .containsExactly("petra:faststalld:" + jdbc.queryForObject("select nytt from andring where objekttyp = "
                        + "'FaststalldRapport' and objekt_id = ? and falt = 'faststalld'", String.class, id),
                        "petra:publicerad:Publicerad");

        List<String> indikatorer = csv("indikatorer.csv");
        assertThat(indikatorer).anySatisfy(rad -> assertThat(rad).startsWith(VANTETID + ",9930,2022,T,16,"));
        assertThat(indikatorer).noneSatisfy(rad -> assertThat(rad).startsWith(VANTETID + ",9930,2022,T,18,"));
        assertThat(oppnaData("indikatorer.json")).contains("\"kpi\":\"" + VANTETID + "\"").doesNotContain("\"value\":18");
        assertThat(csv("ekonomi.csv")).hasSizeGreaterThan(1);

        String publik = mvc.perform(get("/rapporter/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(publik).contains(lagradHtml);
        assertThat(mvc.perform(get("/rapporter/" + id + ".pdf")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(lagradPdf);
    }

    @Test
    void theDecisionNeedsADateNotInTheFutureAndAParagraph() throws Exception {
        long mars = uppfoljningar.skapaPunkt("9930", 2022, 3, Uppfoljningstyp.DELAR, "per 31 mars 2022", null).getId();
        String marsrapport = "/namnder/" + kopia.namndId() + "/uppfoljning/" + mars + "/delarsrapport";
        assertThat(sida(marsrapport, petra).select(".faststallelse").text())
                .contains("Rapporten kan fastställas först när nämndens handläggare har lämnat in uppföljningen.");
        mvc.perform(post(marsrapport + "/faststall").param("beslutsdatum", "").param("paragraf", "").with(csrf())
                .with(user(petra))).andExpect(flash().attribute("meddelande", org.hamcrest.Matchers.startsWith(
                        "Rapporten kan fastställas först när")));
        mvc.perform(post("/namnder/" + kopia.namndId() + "/uppfoljning/" + mars + "/lamna-in").with(csrf()).with(user(rut)))
                .andExpect(status().is3xxRedirection());
        assertThat(sida(marsrapport, rut).select(".faststallelse").text())
                .contains("Nämndens beslut registreras av en politiker eller en administratör.");

        Document tomt = Jsoup.parse(mvc.perform(post(marsrapport + "/faststall").param("beslutsdatum", "")
                .param("paragraf", " ").with(csrf()).with(user(petra))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(tomt.select(".felsammanfattning li").eachText()).containsExactlyInAnyOrder(
                "Beslutsdatum: ange dagen då nämnden fattade beslutet.",
                "Paragraf i protokollet: ange paragrafen, till exempel AN § 87.");
        assertThat(tomt.selectFirst("input#beslutsdatum").attr("aria-invalid")).isEqualTo("true");

        Document framtid = Jsoup.parse(mvc.perform(post(marsrapport + "/faststall")
                .param("beslutsdatum", LocalDate.now().plusDays(2).toString()).param("paragraf", "AN § 87")
                .with(csrf()).with(user(petra)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(framtid.select(".felsammanfattning li").eachText())
                .containsExactly("Beslutsdatum: datumet kan inte ligga i framtiden.");
        assertThat(framtid.selectFirst("input#paragraf").val()).isEqualTo("AN § 87");
    }

    @Test
    void theInternbudgetIsAdoptedOnceByAPoliticianAndListedWithTheCommitteesReports() throws Exception {
        String sida = "/kommuner/9930/namnder/AN/internbudget/2022/faststallelse";
        assertThat(sida(sida, rut).select(".faststallelse").text()).contains("Inte fastställd")
                .contains("Nämndens beslut registreras av en politiker eller en administratör.");
        mvc.perform(post(sida).param("beslutsdatum", "2021-12-15").param("paragraf", "AN § 120").with(csrf()).with(user(rut)))
                .andExpect(status().isForbidden());

        mvc.perform(post(sida).param("beslutsdatum", "2021-12-15").param("paragraf", "AN § 120").with(csrf())
                .with(user(petra))).andExpect(status().is3xxRedirection());
        mvc.perform(post(sida).param("beslutsdatum", "2021-12-16").param("paragraf", "AN § 121").with(csrf())
                .with(user(ada))).andExpect(flash().attribute("meddelande", org.hamcrest.Matchers.startsWith(
                        "Rapporten är redan fastställd.")));

        assertThat(jdbc.queryForList("select paragraf from faststalld_rapport where namnd_id = ? and rapporttyp = 'INTERNBUDGET'",
                String.class, kopia.namndId())).containsExactly("AN § 120");
        assertThat(sida(sida, petra).select(".faststallelse").text()).contains("Fastställd 2021-12-15 AN § 120");
        Document lista = sida("/namnder/" + kopia.namndId() + "/rapporter", petra);
        assertThat(lista.select("table tbody tr").eachText())
                .anySatisfy(rad -> assertThat(rad).contains("Internbudget", "2021-12-15, AN § 120", "Nej"));
    }

    @Test
    void aRegistratorOfAnotherCommitteeCannotReadTheReportsAndUnknownOnesAreNotFound() throws Exception {
        mvc.perform(get(kopia.adress("delarsrapport")).with(user(ture))).andExpect(status().isForbidden());
        mvc.perform(get("/namnder/" + kopia.namndId() + "/rapporter").with(user(ture))).andExpect(status().isForbidden());
        mvc.perform(get("/rapporter/999999999").with(user(petra))).andExpect(status().isNotFound());
        mvc.perform(get("/oppna-data/kommuner/9939/indikatorer.csv")).andExpect(status().isNotFound());
    }

    @Test
    void openDataNeedsNoLoginAndMayBeCached() throws Exception {
        mvc.perform(get("/oppna-data/kommuner/9930/indikatorer.csv")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")));
        mvc.perform(get("/oppna-data/kommuner/9930/indikatorer.json")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")));
    }

    private ResultActions faststall(MalbildAnvandare vem, String datum, String paragraf) throws Exception {
        return mvc.perform(post(kopia.adress("delarsrapport/faststall")).param("beslutsdatum", datum)
                .param("paragraf", paragraf).param("kommentar", "").with(csrf()).with(user(vem)));
    }

    private void andraVantetid(String varde) {
        long indikator = jdbc.queryForObject("select i.id from indikator i join namndmal m on m.id = i.namndmal_id "
                + "where m.namnd_id = ? and i.kod = ?", Long.class, kopia.namndId(), VANTETID);
        Integer version = jdbc.queryForObject("select version from utfall where indikator_id = ? and ar = 2022 and manad = 8 "
                + "and kon = 'T'", Integer.class, indikator);
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(ada, null, ada.getAuthorities()));
        try {
            UtfallService.Resultat resultat = utfall.spara(kopia.namndId(), kopia.punktId(), List.of(
                    new Inmatning(indikator, null, Kon.T, varde, false, null, null, null, version, false)));
            assertThat(resultat.lyckades()).as(resultat.toString()).isTrue();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
    }

    private Document sida(String adress, MalbildAnvandare vem) throws Exception {
        return Jsoup.parse(text(adress, vem));
    }

    private String text(String adress, MalbildAnvandare vem) throws Exception {
        return mvc.perform(get(adress).with(user(vem))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] pdf(long id, MalbildAnvandare vem) throws Exception {
        return mvc.perform(get("/rapporter/" + id + ".pdf").with(user(vem))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A download: its type, saved as a file, and its bytes. */
    private byte[] fil(String adress, MalbildAnvandare vem, String typ) throws Exception {
        return mvc.perform(get(adress).with(user(vem))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(typ)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** The numbers in every row of the workbook that is the waiting-time indicator's. */
    private static List<Double> vantetider(byte[] xlsx) throws Exception {
        List<Double> tal = new java.util.ArrayList<>();
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet blad : bok) {
                for (Row rad : blad) {
                    Cell forsta = rad.getCell(rad.getFirstCellNum() < 0 ? 0 : rad.getFirstCellNum());
                    if (forsta != null && forsta.getCellType() == CellType.STRING
                            && forsta.getStringCellValue().startsWith(VANTETID_NAMN)) {
                        rad.forEach(c -> {
                            if (c.getCellType() == CellType.NUMERIC) {
                                tal.add(c.getNumericCellValue());
                            }
                        });
                    }
                }
            }
        }
        return tal;
    }

    private String oppnaData(String fil) throws Exception {
        return mvc.perform(get("/oppna-data/kommuner/9930/" + fil)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> csv(String fil) throws Exception {
        return oppnaData(fil).lines().toList();
    }
}
