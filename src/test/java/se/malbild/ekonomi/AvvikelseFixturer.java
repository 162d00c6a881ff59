package se.malbild.ekonomi;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Municipalities (codes 9850–9869) with {@code antal} nämnder, each a copy of Linköping's AN with the whole demo
 * economy per 31 augusti 2022 loaded through the services users use: plan, follow-up budget, account mapping, SIE
 * actuals, forecasts of March, July and August and the investments. Built once per code.
 */
public final class AvvikelseFixturer {

    /** The municipality, its nämnder in code order and its points of 2022. */
    public record Kommunfixtur(Kommun kommun, List<Namnd> namnder, Uppfoljningspunkt mars, Uppfoljningspunkt augusti) {
    }

    private AvvikelseFixturer() {
    }

    public static synchronized Kommunfixtur kommun(ApplicationContext context, String scbKod, int antal) {
        NamndRepository namnder = context.getBean(NamndRepository.class);
        UppfoljningService uppfoljningar = context.getBean(UppfoljningService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<String> koder = new ArrayList<>();
        for (int i = 1; i <= antal; i++) {
            String kod = String.format("N%02d", i);
            koder.add(kod);
            if (namnder.findByKommunAndKod(scbKod, kod).isEmpty()) {
                context.getBean(PlanImportService.class).importera(plan(scbKod, kod, i), kod + ".json", "test");
            }
        }
        Uppfoljningspunkt mars = uppfoljningar.skapaPunkt(scbKod, 2022, 3, Uppfoljningstyp.DELAR, "per 31 mars 2022",
                LocalDate.of(2022, 4, 12));
        Uppfoljningspunkt augusti = uppfoljningar.skapaPunkt(scbKod, 2022, 8, Uppfoljningstyp.DELAR,
                "per 31 augusti 2022", LocalDate.of(2022, 9, 12));
        List<Namnd> lista = new ArrayList<>();
        for (String kod : koder) {
            Namnd namnd = namnder.findByKommunAndKod(scbKod, kod).orElseThrow();
            Integer prognoser = jdbc.queryForObject("select count(*) from prognos where namnd_id = ?", Integer.class,
                    namnd.getId());
            if (prognoser == 0) {
                context.getBean(BudgetImportService.class).importera(namnd, 2022, Demofiler.las(EkonomiDemo.BUDGET),
                        "budget.csv", "test");
                context.getBean(MappningService.class).lasInRegler(namnd.getId(),
                        Demofiler.las("/demo/linkoping-an-mappning.csv"), Teckenkodning.AUTOMATISK);
                context.getBean(RedovisningImportService.class).importera(namnd.getId(),
                        Demofiler.las("/demo/linkoping-an-redovisat-2022-jan-aug.se"), "redovisat.se",
                        Teckenkodning.AUTOMATISK, "test");
                context.getBean(EkonomiDemo.class).lasIn(namnd, augusti);
            }
            lista.add(namnd);
        }
        Kommun kommun = context.getBean(KommunRepository.class).findByScbKod(scbKod).orElseThrow();
        return new Kommunfixtur(kommun, lista, mars, augusti);
    }

    /** Linköping's demo plan as nämnd {@code kod} ("Nämnd 01" …) of municipality {@code scbKod}. */
    private static byte[] plan(String scbKod, String kod, int nummer) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode fil = (ObjectNode) mapper.readTree(Demofiler.las(Demofiler.LINKOPING));
        ((ObjectNode) fil.get("kommun")).put("scbKod", scbKod).put("namn", "Testkommun " + scbKod);
        ((ObjectNode) fil.get("namnd")).put("kod", kod).put("namn", String.format("Nämnd %02d", nummer));
        return mapper.writeValueAsString(fil).getBytes(StandardCharsets.UTF_8);
    }
}
