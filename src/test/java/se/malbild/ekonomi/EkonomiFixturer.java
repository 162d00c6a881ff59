package se.malbild.ekonomi;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.malbild.onboarding.PlanImportService;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.redovisning.MappningService;
import se.malbild.redovisning.RedovisningImportService;
import se.malbild.redovisning.Teckenkodning;
import se.malbild.testsupport.Demofiler;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.Uppfoljningstyp;

/**
 * Linköping's Arbetsmarknadsnämnd with the whole economy of seed 001 per 31 augusti 2022, in a municipality of its own
 * (the test database is shared and never reset): the demo plan, Linköping's follow-up points of 2022, the follow-up
 * budget (which creates the verksamheter the account mapping needs), the mapping and the SIE actuals of the demo, and
 * then {@link EkonomiDemo#lasIn} as the demo loader calls it. Built once per municipality code.
 */
public final class EkonomiFixturer {

    /** The committee and its points of 2022. */
    public record Linkoping(Namnd namnd, Uppfoljningspunkt mars, Uppfoljningspunkt augusti, Uppfoljningspunkt oktober,
            String scbKod) {

        public long namndId() {
            return namnd.getId();
        }
    }

    private EkonomiFixturer() {
    }

    /**
     * Linköping's demo plan for municipality {@code scbKod}, named "Testkommun …" so that pages listing committees
     * (and other tests looking for Linköping there) never mistake it for the real one.
     */
    public static byte[] plan(String scbKod) {
        return Demofiler.text(Demofiler.LINKOPING)
                .replace("\"scbKod\": \"0580\"", "\"scbKod\": \"" + scbKod + "\"")
                .replace("\"namn\": \"Linköpings kommun\"", "\"namn\": \"Testkommun " + scbKod + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A follow-up point of another municipality (9969), for ids that must not be accepted. */
    public static synchronized long annanKommunsPunkt(ApplicationContext context) {
        KommunRepository kommuner = context.getBean(KommunRepository.class);
        if (kommuner.findByScbKod("9969").isEmpty()) {
            kommuner.save(new Kommun("9969", "Testkommun 9969"));
        }
        return context.getBean(UppfoljningService.class).skapaPunkt("9969", 2022, 8, Uppfoljningstyp.DELAR,
                "per 31 augusti 2022", null).getId();
    }

    /** The committee in municipality {@code scbKod} with the demo economy loaded; created on first use. */
    public static synchronized Linkoping linkoping(ApplicationContext context, String scbKod) {
        UppfoljningService uppfoljningar = context.getBean(UppfoljningService.class);
        NamndRepository namnder = context.getBean(NamndRepository.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        boolean finns = namnder.findByKommunAndKod(scbKod, "AN").isPresent();
        if (!finns) {
            context.getBean(PlanImportService.class).importera(plan(scbKod), "linkoping-" + scbKod + ".json", "test");
        }
        Namnd namnd = namnder.findByKommunAndKod(scbKod, "AN").orElseThrow();
        Uppfoljningspunkt mars = uppfoljningar.skapaPunkt(scbKod, 2022, 3, Uppfoljningstyp.DELAR, "per 31 mars 2022",
                LocalDate.of(2022, 4, 12));
        Uppfoljningspunkt augusti = uppfoljningar.skapaPunkt(scbKod, 2022, 8, Uppfoljningstyp.DELAR,
                "per 31 augusti 2022", LocalDate.of(2022, 9, 12));
        Uppfoljningspunkt oktober = uppfoljningar.skapaPunkt(scbKod, 2022, 10, Uppfoljningstyp.PROGNOS,
                "prognos per 31 oktober 2022", LocalDate.of(2022, 11, 10));
        uppfoljningar.skapaPunkt(scbKod, 2022, 12, Uppfoljningstyp.HELAR, "helår 2022", LocalDate.of(2023, 2, 1));
        Integer prognoser = jdbc.queryForObject("select count(*) from prognos where namnd_id = ?", Integer.class,
                namnd.getId());
        if (prognoser == 0) {
            context.getBean(BudgetImportService.class).importera(namnd, 2022, Demofiler.las(EkonomiDemo.BUDGET),
                    "budget.csv", "test");
            context.getBean(MappningService.class).lasInRegler(namnd.getId(),
                    Demofiler.las("/demo/linkoping-an-mappning.csv"), Teckenkodning.AUTOMATISK);
            context.getBean(RedovisningImportService.class).importera(namnd.getId(),
                    Demofiler.las("/demo/linkoping-an-redovisat-2022-jan-aug.se"), "redovisat.se", Teckenkodning.AUTOMATISK,
                    "test");
            context.getBean(EkonomiDemo.class).lasIn(namnd, augusti);
        }
        return new Linkoping(namnd, mars, augusti, oktober, scbKod);
    }
}
