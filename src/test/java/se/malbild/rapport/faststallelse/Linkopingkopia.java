package se.malbild.rapport.faststallelse;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.malbild.mal.Kon;
import se.malbild.onboarding.PlanImportService;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.testsupport.Demofiler;
import se.malbild.uppfoljning.Inmatning;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningstyp;
import se.malbild.uppfoljning.UtfallService;

/** The demo Linköping Arbetsmarknadsnämnd 2022 under a private municipality code, with its follow-up per 31 augusti 2022. */
public final class Linkopingkopia {

    /** The copy: its committee and follow-up point, and the pages of that point. */
    public record Kopia(long namndId, long punktId, JdbcTemplate jdbc) {

        public String adress(String sida) {
            return "/namnder/" + namndId + "/uppfoljning/" + punktId + "/" + sida;
        }

        public String status() {
            return jdbc.queryForObject("select status from namnd_uppfoljning where namnd_id = ? and uppfoljningspunkt_id = ?",
                    String.class, namndId, punktId);
        }
    }

    private static final MalbildAnvandare DEMO = new MalbildAnvandare(0, "demodata", "Demodata", Roll.ADMIN, Set.of());

    private final PlanImportService importer;
    private final UppfoljningService uppfoljningar;
    private final UtfallService utfall;
    private final JdbcTemplate jdbc;

    public Linkopingkopia(PlanImportService importer, UppfoljningService uppfoljningar, UtfallService utfall, JdbcTemplate jdbc) {
        this.importer = importer;
        this.uppfoljningar = uppfoljningar;
        this.utfall = utfall;
        this.jdbc = jdbc;
    }

    public Kopia augusti2022(String scbKod) {
        importer.importera(Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"" + scbKod + "\"")
                .getBytes(StandardCharsets.UTF_8), "linkoping.json", "test");
        long namnd = jdbc.queryForObject("select n.id from namnd n join kommun k on k.id = n.kommun_id where k.scb_kod = ?",
                Long.class, scbKod);
        long punkt = uppfoljningar.skapaPunkt(scbKod, 2022, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2022",
                LocalDate.of(2022, 9, 12)).getId();
        long vantetid = jdbc.queryForObject("select i.id from indikator i join namndmal m on m.id = i.namndmal_id "
                + "where m.namnd_id = ? and i.kod = 'VANTETID_BESLUT_EKB'", Long.class, namnd);
        var fore = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(DEMO, null, DEMO.getAuthorities()));
        try {
            utfall.spara(namnd, punkt, List.of(new Inmatning(vantetid, null, Kon.T, "16", false, null, null, null, null, false)));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(fore);
        }
        return new Kopia(namnd, punkt, jdbc);
    }
}
