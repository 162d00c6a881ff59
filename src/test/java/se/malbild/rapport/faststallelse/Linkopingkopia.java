package se.malbild.rapport.faststallelse;

import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.NamndRepository;
import se.malbild.testsupport.Demofiler;

/**
 * The demo's Linköping Arbetsmarknadsnämnd with seed 001's whole follow-up per 31 augusti 2022, loaded as the demo
 * loads it, under a municipality code of its own (the test database is shared and never reset).
 */
public final class Linkopingkopia {

    /** The copy: its committee and its follow-up point per 31 augusti 2022, and the pages of that point. */
    public record Kopia(long namndId, long punktId, JdbcTemplate jdbc) {

        public String adress(String sida) {
            return "/namnder/" + namndId + "/uppfoljning/" + punktId + "/" + sida;
        }

        public String status() {
            return jdbc.queryForObject("select status from namnd_uppfoljning where namnd_id = ? and uppfoljningspunkt_id = ?",
                    String.class, namndId, punktId);
        }
    }

    private final PlanImportService importer;
    private final UppfoljningDemo demo;
    private final NamndRepository namnder;
    private final JdbcTemplate jdbc;

    public Linkopingkopia(PlanImportService importer, UppfoljningDemo demo, NamndRepository namnder, JdbcTemplate jdbc) {
        this.importer = importer;
        this.demo = demo;
        this.namnder = namnder;
        this.jdbc = jdbc;
    }

    /** Imports the plan and loads the follow-up; run once per municipality code. */
    public Kopia augusti2022(String scbKod) {
        importer.importera(Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"" + scbKod + "\"")
                .getBytes(StandardCharsets.UTF_8), "linkoping-" + scbKod + ".json", "test");
        var namnd = namnder.findByKommunAndKod(scbKod, "AN").orElseThrow();
        long punkt = demo.lasInAugusti2022(namnd).getId();
        return new Kopia(namnd.getId(), punkt, jdbc);
    }
}
