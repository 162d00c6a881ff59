package se.malbild.bedomning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.onboarding.PlanImportService;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.Uppfoljningstyp;

/** Seed 001's assessments, texts and statuses per 31 augusti 2022, loaded through the pages' services. */
@SpringBootTest
@AutoConfigureMockMvc
class BedomningDemoIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    UppfoljningService uppfoljningar;

    @Autowired
    NamndRepository namnder;

    @Autowired
    BedomningDemo demo;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoHasSeed001sStatusesWithMotivationsWhereTheyDifferFromTheProposalAndLoadsOnce() {
        Bedomningsfixtur linkoping = Bedomningsfixtur.linkopingAugusti2022("9979", importer, uppfoljningar, jdbc, mvc);
        augustiutfallen(linkoping);
        Namnd namnd = namnder.findByKommunAndKod("9979", "AN").orElseThrow();
        Uppfoljningspunkt punkt = uppfoljningar.skapaPunkt("9979", 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022", null);

        demo.lasIn(namnd, punkt);

        Map<String, String> status = jdbc.queryForList("""
                select m.kod, b.forslag, b.status, b.motivering from bedomning b join namndmal m on m.id = b.namndmal_id
                where m.namnd_id = ? and b.uppfoljningspunkt_id = ?""", namnd.getId(), punkt.getId()).stream()
                .collect(Collectors.toMap(r -> (String) r.get("kod"), r -> r.get("forslag") + ">" + r.get("status")));
        assertThat(status).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PROFESSIONELLT_BEMOTANDE", "KAN_EJ_BEDOMAS>KAN_EJ_BEDOMAS",
                "HOG_EGENFORSORJNINGSGRAD", "UPPFYLLS_DELVIS>UPPFYLLS_DELVIS",
                "HOG_AVTALSTROHET", "UPPFYLLS_EJ>UPPFYLLS_EJ",
                "KOSTNADSEFFEKTIVA_ATGARDER", "KAN_EJ_BEDOMAS>KAN_EJ_BEDOMAS",
                "GOD_EKONOMISK_STYRNING", "KAN_EJ_BEDOMAS>UPPFYLLS",
                "DIGITALISERING", "UPPFYLLS_EJ>UPPFYLLS_DELVIS",
                "GODA_ARBETSPLATSER", "UPPFYLLS_DELVIS>UPPFYLLS_DELVIS",
                "HALLBART_LEDARSKAP", "UPPFYLLS_EJ>UPPFYLLS_DELVIS",
                "NYA_VAGAR_KOMPETENS", "UPPFYLLS_DELVIS>UPPFYLLS_DELVIS"));
        assertThat(jdbc.queryForObject("""
                select count(*) from bedomning b join namndmal m on m.id = b.namndmal_id
                where m.namnd_id = ? and b.forslag <> b.status and coalesce(b.motivering, '') = ''""", Integer.class,
                namnd.getId())).isZero();
        assertThat(jdbc.queryForList("select avsnitt from rapporttext where namnd_id = ? order by id", String.class,
                namnd.getId())).containsExactly("SAMLAD_BEDOMNING", "HANDELSER", "FORVANTAD_UTVECKLING", "VERKSAMHET");
        assertThat(jdbc.queryForList("select status from uppdrag_status where namnd_id = ?", String.class, namnd.getId()))
                .hasSize(13).filteredOn("GENOMFORD"::equals).hasSize(2);
        assertThat(jdbc.queryForList("""
                select p.slag || ':' || s.status from planpost_status s join planpost p on p.id = s.planpost_id
                where p.namnd_id = ? and p.slag = 'KONTROLLMOMENT' order by p.ordning""", String.class, namnd.getId()))
                .hasSize(12).contains("KONTROLLMOMENT:GENOMFORD_MED_AVVIKELSE", "KONTROLLMOMENT:EJ_GENOMFORD");
        assertThat(jdbc.queryForList("select distinct anvandare from andring where namnd_id = ? and objekttyp in "
                + "('Bedomning', 'Rapporttext', 'UppdragStatus', 'PlanpostStatus', 'Planpost')", String.class, namnd.getId()))
                .containsExactly("demodata");

        int andringar = linkoping.andringar();
        demo.lasIn(namnd, punkt);
        assertThat(linkoping.andringar()).isEqualTo(andringar);
    }

    /** The totals of seed 001's column "Augusti 2022" the demo enters; the economy-derived indicators are not typed. */
    private static void augustiutfallen(Bedomningsfixtur f) {
        for (String kod : new String[] {"BRUKARENKAT_TILLGANGLIGHET", "BRUKARENKAT_BEMOTANDE", "KONSSKILLNADER_BRUKARENKAT"}) {
            f.ingetUtfall(kod, "Brukarundersökningarna görs i september 2022.");
        }
        f.ingetUtfall("UTSLUSSADE_PER_MNKR_AMC", "Utfall finns först till helår 2022.");
        f.ingetUtfall("UTSLUSSADE_PER_MNKR_OSA", "Utfall finns först till helår 2022.");
        f.ingetUtfall("CHEFSINDEX", "Redovisas vid årsslutet.");
        Map.ofEntries(Map.entry("VANTETID_BESLUT_EKB", "16"), Map.entry("AVSLUT_ARBETE_MED_SUBVENTION", "37"),
                Map.entry("AVSLUT_ARBETE_UTAN_SUBVENTION", "55"), Map.entry("AVSLUT_STUDIER", "33"),
                Map.entry("HUSHALL_EKB", "3090"), Map.entry("HUSHALL_LANGVARIGT_EKB", "1770"),
                Map.entry("MEDIANTID_BISTAND", "15.86"), Map.entry("LANGVARIGA_HUSHALL_MED_BARN", "926"),
                Map.entry("BARN_I_LANGVARIGA_HUSHALL", "1596"), Map.entry("ANDEL_BEFOLKNING_EKB", "4.86"),
                Map.entry("EJ_ATERAKTUALISERADE", "74"), Map.entry("E_HANDELSTROHET", "73.3"),
                Map.entry("TID_SOCIALT_ARBETE", "10.21"), Map.entry("ANDEL_E_ANSOKNINGAR", "40.81"),
                Map.entry("TOTAL_SJUKFRANVARO", "7.4"), Map.entry("ANDEL_HELTIDSANSTALLNINGAR", "97.4"),
                Map.entry("HME", "69"), Map.entry("AVGANGSALDER_PENSION", "64.7"),
                Map.entry("ANTAL_ARBETSMARKNADSPLATSER", "2"))
                .forEach(f::utfall);
    }
}
