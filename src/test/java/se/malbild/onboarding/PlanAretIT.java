package se.malbild.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.testsupport.Demofiler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A plan states figures for its own year: a later plan, or a corrected file, never changes an earlier document. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanAretIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PlanImportService importer;

    @Autowired
    MockMvc mvc;

    @Test
    void importingNextYearsPlanLeavesThisYearsInternbudgetAsItWas() throws Exception {
        byte[] plan2022 = medKommun(Demofiler.las(Demofiler.LINKOPING), "9950");
        importer.importera(plan2022, "2022.json", "test");
        String fore = huvudinnehall("/kommuner/9950/namnder/AN/internbudget/2022");

        importer.importera(nastaAr(plan2022), "2023.json", "test");

        assertThat(huvudinnehall("/kommuner/9950/namnder/AN/internbudget/2022")).isEqualTo(fore);
        Document sida2023 = sida("/kommuner/9950/namnder/AN/internbudget/2023");
        assertThat(sida2023.text()).doesNotContain("Hög avtalstrohet");
        assertThat(sida2023.select("table").text()).contains("Målvärde 2024");
    }

    @Test
    void aCorrectedFileRemovesWhatItNoLongerHasFromItsOwnPlan() throws Exception {
        byte[] plan = medKommun(Demofiler.las(Demofiler.LINKOPING), "9951");
        importer.importera(plan, "plan.json", "test");

        ObjectNode utanOfordelad = (ObjectNode) JSON.readTree(plan);
        ArrayNode poster = (ArrayNode) utanOfordelad.get("driftbudget").get("poster");
        for (int i = 0; i < poster.size(); i++) {
            if (poster.get(i).get("verksamhet").asString().equals("OFORDELAD_PL")) {
                poster.remove(i);
                break;
            }
        }
        for (JsonNode varav : utanOfordelad.get("driftbudget").get("varav")) {
            if (varav.get("ar").asInt() >= 2023) {
                ((ObjectNode) varav).put("kostnader", varav.get("kostnader").asInt() - 212);
            }
        }
        importer.importera(JSON.writeValueAsBytes(utanOfordelad), "rattad.json", "test");

        Document sida = sida("/kommuner/9951/namnder/AN/internbudget/2022");
        assertThat(sida.text()).doesNotContain("Ofördelad pris- och lönejustering");
        assertThat(sida.text().replace((char) 0xa0, (char) 32))
                .contains("Summa nettokostnader 430 424 451 865 462 147 455 018 455 018")
                .contains("Avvikelse mot budgetram −1 212");
    }

    @Test
    void aGoalWithOutcomesIsNeverRemovedByAnImport() {
        byte[] plan = medKommun(Demofiler.las(Demofiler.LINKOPING), "9952");
        importer.importera(plan, "plan.json", "test");
        ObjectNode utanMal = (ObjectNode) JSON.readTree(plan);
        ((ArrayNode) utanMal.get("namndmal")).remove(2);

        assertThatThrownBy(() -> importer.importera(JSON.writeValueAsBytes(utanMal), "utan-mal.json", "test"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getFel())
                        .anySatisfy(f -> assertThat(f.meddelande()).contains("E-handelstrohet").contains("har utfall")));
    }

    /** Linköping's plan moved one year on: other targets, one goal dropped, investments for 2023–2028. */
    private static byte[] nastaAr(byte[] plan2022) {
        ObjectNode plan = (ObjectNode) JSON.readTree(plan2022);
        ObjectNode ib = (ObjectNode) plan.get("internbudget");
        ib.put("ar", 2023).put("planTillAr", 2028).put("titel", "Internbudget 2023 med plan för 2024–2028");
        for (JsonNode kolumn : ib.get("kolumner")) {
            ((ObjectNode) kolumn).put("ar", kolumn.get("ar").asInt() + 1);
        }
        flyttaBelopp(plan.get("driftbudget").get("poster"));
        for (JsonNode post : plan.get("driftbudget").get("poster")) {
            for (JsonNode f : post.path("forandringar")) {
                for (JsonNode b : f.get("belopp")) {
                    ((ObjectNode) b).put("ar", b.get("ar").asInt() + 1);
                }
            }
        }
        for (JsonNode v : plan.get("driftbudget").get("varav")) {
            ((ObjectNode) v).put("ar", v.get("ar").asInt() + 1);
        }
        for (JsonNode r : plan.get("budgetramar")) {
            ((ObjectNode) r).put("ar", r.get("ar").asInt() + 1);
        }
        for (JsonNode o : plan.get("investeringar").get("objekt")) {
            flyttaBelopp(JSON.createArrayNode().add(o));
        }
        for (JsonNode r : plan.get("investeringar").get("ramar")) {
            ((ObjectNode) r).put("ar", r.get("ar").asInt() + 1);
        }
        for (JsonNode n : plan.get("nyckeltal")) {
            for (JsonNode v : n.get("varden")) {
                ((ObjectNode) v).put("ar", v.get("ar").asInt() + 1);
            }
        }
        ArrayNode mal = (ArrayNode) plan.get("namndmal");
        for (JsonNode m : mal) {
            for (JsonNode i : m.get("indikatorer")) {
                for (JsonNode mv : i.path("malvarden")) {
                    ((ObjectNode) mv).put("ar", mv.get("ar").asInt() + 1);
                    if (mv.has("varde")) {
                        ((ObjectNode) mv).put("varde", mv.get("varde").decimalValue().add(BigDecimal.ONE));
                    }
                }
            }
        }
        for (int i = 0; i < mal.size(); i++) {
            if (mal.get(i).get("titel").asString().equals("Hög avtalstrohet")) {
                mal.remove(i);
                break;
            }
        }
        return JSON.writeValueAsBytes(plan);
    }

    private static void flyttaBelopp(JsonNode poster) {
        for (JsonNode post : poster) {
            for (JsonNode b : post.get("belopp")) {
                ((ObjectNode) b).put("ar", b.get("ar").asInt() + 1);
            }
        }
    }

    private static byte[] medKommun(byte[] plan, String scbKod) {
        return new String(plan, StandardCharsets.UTF_8)
                .replace("\"scbKod\": \"0580\"", "\"scbKod\": \"" + scbKod + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private String huvudinnehall(String url) throws Exception {
        return sida(url).selectFirst("main").html();
    }

    private Document sida(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user("lasare").roles("POLITIKER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
