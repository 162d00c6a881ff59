package se.malbild.rapport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import se.malbild.bedomning.BedomningInmatning;
import se.malbild.bedomning.BedomningService;
import se.malbild.bedomning.Listtyp;
import se.malbild.bedomning.StatuslistaService;
import se.malbild.bedomning.Textregler;
import se.malbild.common.SvenskTal;
import se.malbild.dokument.Dokument;
import se.malbild.ekonomi.EkonomiFixturer;
import se.malbild.mal.Indikator;
import se.malbild.mal.IndikatorRepository;
import se.malbild.mal.Utfall;
import se.malbild.mal.UtfallRepository;
import se.malbild.onboarding.PlanImportService;
import se.malbild.onboarding.UppfoljningDemo;
import se.malbild.organisation.Namnd;
import se.malbild.organisation.NamndRepository;
import se.malbild.sakerhet.MalbildAnvandare;
import se.malbild.sakerhet.Roll;
import se.malbild.uppfoljning.Inmatning;
import se.malbild.uppfoljning.NyckeltalUppfoljning;
import se.malbild.uppfoljning.UppfoljningService;
import se.malbild.uppfoljning.Uppfoljningspunkt;
import se.malbild.uppfoljning.Uppfoljningstyp;
import se.malbild.uppfoljning.UtfallService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The delårsrapport costs a fixed number of SQL statements however many goals, indicators, outcomes, assessments,
 * assignments, activities and key figures the committee has: the demo's Linköping against a committee four times
 * as large, followed up through the same services the demo uses.
 */
// A small batch size, so that loading per row could not hide behind one batch.
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "spring.jpa.properties.hibernate.default_batch_fetch_size=4"})
@AutoConfigureMockMvc
class DelarsrapportSqlIT {

    private static final MalbildAnvandare ADMIN = new MalbildAnvandare(1, "ada", "Ada", Roll.ADMIN, Set.of());
    private static final MalbildAnvandare POLITIKER = new MalbildAnvandare(2, "petra", "Petra", Roll.POLITIKER, Set.of());
    private static final int KOPIOR = 4;

    @Autowired
    ApplicationContext context;

    @Autowired
    DelarsrapportService delarsrapporter;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    MockMvc mvc;

    @Test
    void aCommitteeFourTimesLargerCostsTheSameNumberOfStatements() {
        Delarsrapportfixtur.Linkoping linkoping = Delarsrapportfixtur.linkoping(context, "9943");
        Delarsrapportfixtur.Linkoping stor = fyraGangerStorre("9944");

        long sma = satser(linkoping);
        long stora = satser(stor);

        Dokument storRapport = Delarsrapportfixtur.som(POLITIKER, () -> delarsrapporter.las(stor.namndId(), stor.punktId()));
        Dokument litenRapport = Delarsrapportfixtur.som(POLITIKER,
                () -> delarsrapporter.las(linkoping.namndId(), linkoping.punktId()));
        assertThat(storRapport.oppnaData().indikatorer()).as("the larger committee's report shows four times the values")
                .hasSize(KOPIOR * litenRapport.oppnaData().indikatorer().size());
        assertThat(Delarsrapportfixtur.tabell(storRapport, "internkontroll-tabell").rader())
                .hasSize(KOPIOR * Delarsrapportfixtur.tabell(litenRapport, "internkontroll-tabell").rader().size());
        assertThat(stora).isEqualTo(sma);
        assertThat(sma).isLessThanOrEqualTo(50);
    }

    /** The whole page request: the report, the adoption status, the export links and the layout. */
    @Test
    void thePageOfACommitteeFourTimesLargerCostsTheSameNumberOfStatements() throws Exception {
        Delarsrapportfixtur.Linkoping linkoping = Delarsrapportfixtur.linkoping(context, "9943");
        Delarsrapportfixtur.Linkoping stor = fyraGangerStorre("9944");

        long sma = sidansSatser(linkoping);
        long stora = sidansSatser(stor);

        assertThat(stora).isEqualTo(sma);
        assertThat(sma).isLessThanOrEqualTo(60);
    }

    private long sidansSatser(Delarsrapportfixtur.Linkoping an) throws Exception {
        Statistics statistik = emf.unwrap(SessionFactory.class).getStatistics();
        statistik.clear();
        mvc.perform(get("/namnder/" + an.namndId() + "/uppfoljning/" + an.punktId() + "/delarsrapport")
                .with(user(POLITIKER))).andExpect(status().isOk());
        return statistik.getPrepareStatementCount();
    }

    private long satser(Delarsrapportfixtur.Linkoping an) {
        Statistics statistik = emf.unwrap(SessionFactory.class).getStatistics();
        statistik.clear();
        Delarsrapportfixtur.som(POLITIKER, () -> delarsrapporter.las(an.namndId(), an.punktId()));
        return statistik.getPrepareStatementCount();
    }

    /**
     * Linköping's plan with every nämndmål, indicator, strategic assignment and key figure four times over (the first
     * copy keeps the demo's codes and names), loaded with the demo's follow-up; then the copies get the same outcomes,
     * key figures, assessments and statuses, and the activities and kontrollmoment are added three more times, all
     * through the services the demo and the pages use.
     */
    private Delarsrapportfixtur.Linkoping fyraGangerStorre(String scbKod) {
        NamndRepository namnder = context.getBean(NamndRepository.class);
        if (namnder.findByKommunAndKod(scbKod, "AN").isEmpty()) {
            context.getBean(PlanImportService.class).importera(fyraGanger(EkonomiFixturer.plan(scbKod)), "stor.json", "test");
            Namnd namnd = namnder.findByKommunAndKod(scbKod, "AN").orElseThrow();
            Uppfoljningspunkt augusti = context.getBean(UppfoljningDemo.class).lasInAugusti2022(namnd);
            Uppfoljningspunkt augusti2021 = context.getBean(UppfoljningService.class)
                    .skapaPunkt(scbKod, 2021, 8, Uppfoljningstyp.DELAR, "per 31 augusti 2021", null);
            Delarsrapportfixtur.som(ADMIN, () -> context.getBean(TransactionTemplate.class).execute(status -> {
                kopieraUtfall(namnd, augusti);
                kopieraNyckeltal(namnd, augusti);
                kopieraNyckeltal(namnd, augusti2021);
                kopieraBedomningar(namnd, augusti);
                kopieraStatusar(namnd, augusti);
                return null;
            }));
        }
        return Delarsrapportfixtur.linkoping(context, scbKod);
    }

    private static String kopia(int kopia) {
        return "(kopia " + kopia + ") ";
    }

    /** Linköping's plan with its goals, indicators, assignments and key figures four times over. */
    private static byte[] fyraGanger(byte[] linkoping) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode fil = (ObjectNode) mapper.readTree(linkoping);
        ArrayNode mal = mapper.createArrayNode();
        ArrayNode uppdrag = mapper.createArrayNode();
        ArrayNode nyckeltal = mapper.createArrayNode();
        for (int kopia = 0; kopia < KOPIOR; kopia++) {
            for (JsonNode m : fil.get("namndmal")) {
                ObjectNode ny = (ObjectNode) m.deepCopy();
                if (kopia > 0) {
                    ny.put("kod", m.get("kod").asString() + "-" + kopia);
                    for (JsonNode i : ny.get("indikatorer")) {
                        ((ObjectNode) i).put("kod", i.get("kod").asString() + "-" + kopia);
                    }
                }
                mal.add(ny);
            }
            for (JsonNode u : fil.get("strategiskaUppdrag")) {
                ObjectNode ny = (ObjectNode) u.deepCopy();
                if (kopia > 0) {
                    ny.put("text", kopia(kopia) + u.get("text").asString());
                }
                uppdrag.add(ny);
            }
            for (JsonNode n : fil.get("nyckeltal")) {
                ObjectNode ny = (ObjectNode) n.deepCopy();
                if (kopia > 0) {
                    ny.put("namn", kopia(kopia) + n.get("namn").asString());
                }
                nyckeltal.add(ny);
            }
        }
        fil.set("namndmal", mal);
        fil.set("strategiskaUppdrag", uppdrag);
        fil.set("nyckeltal", nyckeltal);
        return mapper.writeValueAsString(fil).getBytes(StandardCharsets.UTF_8);
    }

    private void kopieraUtfall(Namnd namnd, Uppfoljningspunkt punkt) {
        Map<String, Indikator> perKod = new HashMap<>();
        context.getBean(IndikatorRepository.class).findGallande(namnd, punkt.getAr()).forEach(i -> perKod.put(i.getKod(), i));
        List<Inmatning> inmatningar = new ArrayList<>();
        for (Utfall u : context.getBean(UtfallRepository.class).findByNamndAndPeriod(namnd, punkt.getAr(), punkt.getManad())) {
            for (int kopia = 1; kopia < KOPIOR; kopia++) {
                Indikator indikator = perKod.get(u.getIndikator().getKod() + "-" + kopia);
                inmatningar.add(new Inmatning(indikator.getId(), u.getEnhet() == null ? null : u.getEnhet().getId(),
                        u.getKon(), u.getVarde() == null ? null : SvenskTal.somInmatning(u.getVarde()), u.isIngetUtfall(),
                        u.getForklaring(), u.getKalla(), u.getKommentar(), null, false));
            }
        }
        assertThat(inmatningar).isNotEmpty();
        assertThat(context.getBean(UtfallService.class).spara(namnd.getId(), punkt.getId(), inmatningar).lyckades()).isTrue();
    }

    private void kopieraNyckeltal(Namnd namnd, Uppfoljningspunkt punkt) {
        NyckeltalUppfoljning nyckeltal = context.getBean(NyckeltalUppfoljning.class);
        List<NyckeltalUppfoljning.Rad> rader = nyckeltal.las(namnd.getId(), punkt.getId()).rader();
        List<NyckeltalUppfoljning.Inmatning> inmatningar = new ArrayList<>();
        for (NyckeltalUppfoljning.Rad original : rader) {
            if (original.varde().isEmpty() && original.prognosHelar().isEmpty()) {
                continue;
            }
            for (int kopia = 1; kopia < KOPIOR; kopia++) {
                String namn = kopia(kopia) + original.namn();
                NyckeltalUppfoljning.Rad rad = rader.stream().filter(r -> r.namn().equals(namn)).findFirst().orElseThrow();
                inmatningar.add(new NyckeltalUppfoljning.Inmatning(rad.nyckeltalId(), original.varde(),
                        original.prognosHelar(), original.kommentar(), rad.version()));
            }
        }
        assertThat(nyckeltal.spara(namnd.getId(), punkt.getId(), inmatningar).lyckades()).isTrue();
    }

    private void kopieraBedomningar(Namnd namnd, Uppfoljningspunkt punkt) {
        BedomningService bedomningar = context.getBean(BedomningService.class);
        List<BedomningService.Mal> mal = bedomningar.las(namnd.getId(), punkt.getId()).mal();
        List<BedomningInmatning> inmatningar = new ArrayList<>();
        for (BedomningService.Mal original : mal) {
            if (original.kod().contains("-") || original.status() == null) {
                continue;
            }
            for (int kopia = 1; kopia < KOPIOR; kopia++) {
                String kod = original.kod() + "-" + kopia;
                BedomningService.Mal m = mal.stream().filter(x -> x.kod().equals(kod)).findFirst().orElseThrow();
                inmatningar.add(new BedomningInmatning(m.namndmalId(), original.status(), original.motivering(),
                        original.analys(), Textregler.somRader(original.urvalResultat()),
                        Textregler.somRader(original.avvikelser()), m.version(), false));
            }
        }
        assertThat(bedomningar.spara(namnd.getId(), punkt.getId(), inmatningar).lyckades()).isTrue();
    }

    private void kopieraStatusar(Namnd namnd, Uppfoljningspunkt punkt) {
        StatuslistaService listor = context.getBean(StatuslistaService.class);
        StatuslistaService.Sida fore = listor.las(namnd.getId(), punkt.getId());
        for (int kopia = 1; kopia < KOPIOR; kopia++) {
            for (StatuslistaService.Rad r : fore.aktiviteter()) {
                listor.laggTill(namnd.getId(), punkt.getId(), Listtyp.AKTIVITET, kopia(kopia) + r.text());
            }
            for (StatuslistaService.Rad r : fore.kontrollmoment()) {
                listor.laggTill(namnd.getId(), punkt.getId(), Listtyp.KONTROLLMOMENT, kopia(kopia) + r.text());
            }
        }
        StatuslistaService.Sida sida = listor.las(namnd.getId(), punkt.getId());
        List<StatuslistaService.StatusInmatning> inmatningar = new ArrayList<>();
        List<StatuslistaService.Rad> alla = new ArrayList<>(sida.uppdrag());
        alla.addAll(sida.aktiviteter());
        alla.addAll(sida.kontrollmoment());
        for (StatuslistaService.Rad original : alla) {
            if (original.text().startsWith("(kopia ") || original.status() == null) {
                continue;
            }
            for (int kopia = 1; kopia < KOPIOR; kopia++) {
                String text = kopia(kopia) + original.text();
                StatuslistaService.Rad rad = alla.stream()
                        .filter(r -> r.listtyp() == original.listtyp() && r.text().equals(text)).findFirst().orElseThrow();
                inmatningar.add(new StatuslistaService.StatusInmatning(rad.listtyp(), rad.id(), original.status(),
                        original.kommentar(), rad.version(), false));
            }
        }
        assertThat(listor.spara(namnd.getId(), punkt.getId(), inmatningar).lyckades()).isTrue();
    }
}
