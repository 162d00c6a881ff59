package se.malbild.redovisning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import se.malbild.organisation.Kommun;
import se.malbild.organisation.KommunRepository;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.organisation.Verksamhet;
import se.malbild.organisation.VerksamhetRepository;
import se.malbild.organisation.VerksamhetTyp;

/**
 * Test committees in municipalities of their own (97xx), created once and reused, since the test database is shared and
 * never reset. {@link #rensa} empties one committee's actuals, mapping and import log.
 */
final class Testnamnder {

    /** The committee the hand-made fixtures and their mapping (redovisning/mappning.csv) are for. */
    static final Map<String, VerksamhetTyp> FIXTURNAMND = verksamheter("NAMND", "BISTAND", "ATGARDER", "ENHETER");

    /** The verksamhet codes of Linköping's Arbetsmarknadsnämnd in the follow-up per 31 August 2022. */
    static final Map<String, VerksamhetTyp> LINKOPING_AN = verksamheter("NAMND_STYRELSE", "EKONOMISKT_BISTAND",
            "FLYKTINGMOTTAGANDE", "ARBETSMARKNADSATGARDER", "FORVALTNINGEN", "NAMNDENS_ENHETER");

    private final KommunRepository kommuner;
    private final NamndRepository namnder;
    private final VerksamhetRepository verksamheter;
    private final TransactionTemplate transaktion;
    private final JdbcTemplate jdbc;

    private Testnamnder(ApplicationContext context) {
        this.kommuner = context.getBean(KommunRepository.class);
        this.namnder = context.getBean(NamndRepository.class);
        this.verksamheter = context.getBean(VerksamhetRepository.class);
        this.transaktion = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    static Testnamnder av(ApplicationContext context) {
        return new Testnamnder(context);
    }

    /** The committee, created with these verksamheter (in this order) when it does not exist. */
    Namnd namnd(String scbKod, String namndKod, Map<String, VerksamhetTyp> koder) {
        return transaktion.execute(status -> {
            Kommun kommun = kommuner.findByScbKod(scbKod)
                    .orElseGet(() -> kommuner.save(new Kommun(scbKod, "Testkommun " + scbKod)));
            Namnd namnd = namnder.findByKommunAndKod(scbKod, namndKod).orElseGet(() -> {
                Namnd ny = new Namnd(kommun, namndKod);
                ny.beskriv("Testnämnd " + namndKod + " för redovisat", "Testförvaltningen", null, null, List.of());
                return namnder.save(ny);
            });
            List<String> finns = verksamheter.findByNamndOrderByOrdning(namnd).stream().map(Verksamhet::getKod).toList();
            int ordning = finns.size();
            for (var kod : koder.entrySet()) {
                if (!finns.contains(kod.getKey())) {
                    Verksamhet v = new Verksamhet(namnd, kod.getKey());
                    v.beskriv(namn(kod.getKey()), kod.getValue(), ++ordning);
                    verksamheter.save(v);
                }
            }
            return namnd;
        });
    }

    /** Removes the committee's actuals, rules, settings and import log, so a test starts from nothing. */
    void rensa(Namnd namnd) {
        long id = namnd.getId();
        jdbc.update("delete from redovisat where verksamhet_id in (select id from verksamhet where namnd_id = ?)", id);
        jdbc.update("delete from redovisning_regel where namnd_id = ?", id);
        jdbc.update("delete from redovisning_installning where namnd_id = ?", id);
        jdbc.update("delete from redovisning_import where namnd_id = ?", id);
    }

    private static String namn(String kod) {
        return switch (kod) {
            case "BISTAND", "EKONOMISKT_BISTAND" -> "Ekonomiskt bistånd";
            case "ATGARDER", "ARBETSMARKNADSATGARDER" -> "Arbetsmarknadsåtgärder";
            case "ENHETER", "NAMNDENS_ENHETER" -> "Nämndens enheter";
            case "NAMND", "NAMND_STYRELSE" -> "Nämnd- och styrelseverksamhet";
            case "FLYKTINGMOTTAGANDE" -> "Flyktingmottagande";
            case "FORVALTNINGEN" -> "Integrations- och arbetsmarknadsförvaltningen";
            default -> kod;
        };
    }

    private static Map<String, VerksamhetTyp> verksamheter(String... koder) {
        Map<String, VerksamhetTyp> typer = new LinkedHashMap<>();
        for (String kod : koder) {
            typer.put(kod, kod.contains("ENHETER") ? VerksamhetTyp.KOMMUNAL_ENHET : VerksamhetTyp.VERKSAMHET);
        }
        return typer;
    }
}
