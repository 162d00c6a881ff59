package se.malbild.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.onboarding.PlanImportService;
import se.malbild.testsupport.Demofiler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The internbudget page costs a fixed number of SQL statements however many goals, indicators and outcomes it shows. */
// A small batch size, so that loading per row could not hide behind one batch.
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "spring.jpa.properties.hibernate.default_batch_fetch_size=4"})
@AutoConfigureMockMvc
class InternbudgetSqlIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImportService importer;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void aCommitteeFourTimesLargerCostsTheSameNumberOfStatements() throws Exception {
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");
        importer.importera(fyraGanger(Demofiler.las(Demofiler.LINKOPING)), "stor.json", "test");

        long linkoping = satser("/kommuner/0580/namnder/AN/internbudget/2022");
        long stor = satser("/kommuner/9970/namnder/AN/internbudget/2022");

        assertThat(stor).isEqualTo(linkoping);
        assertThat(linkoping).isLessThanOrEqualTo(25);
    }

    private long satser(String url) throws Exception {
        Statistics statistik = emf.unwrap(SessionFactory.class).getStatistics();
        statistik.clear();
        mvc.perform(get(url).with(user("lasare").roles("POLITIKER"))).andExpect(status().isOk());
        return statistik.getPrepareStatementCount();
    }

    /** Linköping's plan for another municipality, with every nämndmål, indicator and outcome four times over. */
    private static byte[] fyraGanger(byte[] linkoping) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode fil = (ObjectNode) mapper.readTree(linkoping);
        ((ObjectNode) fil.get("kommun")).put("scbKod", "9970").put("namn", "Storkommun");
        ArrayNode mal = (ArrayNode) fil.get("namndmal");
        ArrayNode alla = mapper.createArrayNode();
        for (int kopia = 0; kopia < 4; kopia++) {
            for (JsonNode m : mal) {
                ObjectNode ny = (ObjectNode) m.deepCopy();
                ny.put("kod", m.get("kod").asString() + "-" + kopia);
                for (JsonNode i : ny.get("indikatorer")) {
                    ((ObjectNode) i).put("kod", i.get("kod").asString() + "-" + kopia);
                }
                alla.add(ny);
            }
        }
        fil.set("namndmal", alla);
        return mapper.writeValueAsString(fil).getBytes(StandardCharsets.UTF_8);
    }
}
