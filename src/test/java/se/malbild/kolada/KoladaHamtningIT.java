package se.malbild.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.malbild.kolada.Koladafiler.del;
import static se.malbild.kolada.Koladafiler.sida;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.malbild.onboarding.PlanImportService;
import se.malbild.testsupport.Demofiler;

/** Fetching from "Kolada" (a local stub server, no internet) through the admin page: all pages, or nothing and why. */
@SpringBootTest
@AutoConfigureMockMvc
class KoladaHamtningIT {

    private static final HttpServer KOLADA;
    private static final Map<String, String> SIDOR = new ConcurrentHashMap<>();

    static {
        try {
            KOLADA = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        KOLADA.createContext("/", utbyte -> {
            String svar = SIDOR.get(utbyte.getRequestURI().toString());
            byte[] kropp = svar == null ? new byte[0] : svar.getBytes(StandardCharsets.UTF_8);
            utbyte.sendResponseHeaders(svar == null ? 500 : 200, kropp.length == 0 ? -1 : kropp.length);
            try (OutputStream ut = utbyte.getResponseBody()) {
                ut.write(kropp);
            }
        });
        KOLADA.start();
    }

    @DynamicPropertySource
    static void kolada(DynamicPropertyRegistry egenskaper) {
        egenskaper.add("malbild.kolada.aktiverad", () -> "true");
        egenskaper.add("malbild.kolada.bas-url", KoladaHamtningIT::bas);
    }

    @AfterAll
    static void stoppa() {
        KOLADA.stop(0);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanImportService planer;

    @Test
    void fetchesEveryPageForTheMunicipalityAndItsPeers() throws Exception {
        kommun("9815");
        mvc.perform(post("/admin/kolada/9815/grupp").param("namn", "Grannar").param("medlemmar", "9816;Grannby")
                .with(csrf()).with(user("ada").roles("ADMIN")));
        SIDOR.put("/v3/data/kpi/H9815/municipality/9815,9816/year/2021,2022",
                sida(Koladafiler.post("H9815", "9815", 2022, del("T", "3")), bas() + "/sida/2"));
        SIDOR.put("/v3/sida/2", sida(Koladafiler.post("H9815", "9816", 2022, del("T", "4")), null));

        mvc.perform(post("/admin/kolada/9815/hamta").param("kpier", "H9815").param("ar", "2021, 2022")
                        .with(csrf()).with(user("ada").roles("ADMIN")))
                .andExpect(flash().attribute("meddelande", "Inläst: 2 sidor, 2 värden sparade och 0 borttagna."));

        assertThat(jdbc.queryForList("select kommun || '=' || varde from kolada_varde where kpi = 'H9815' order by kommun",
                String.class)).containsExactly("9815=3", "9816=4");
    }

    @Test
    void anHttpErrorOnTheSecondPageIsShownAndNothingIsWritten() throws Exception {
        kommun("9817");
        SIDOR.put("/v3/data/kpi/H9817/municipality/9817/year/2022",
                sida(Koladafiler.post("H9817", "9817", 2022, del("T", "3")), bas() + "/saknas"));

        String html = mvc.perform(post("/admin/kolada/9817/hamta").param("kpier", "H9817").param("ar", "2022")
                        .with(csrf()).with(user("ada").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select(".felsammanfattning li").eachText())
                .containsExactly("Kolada svarade med HTTP 500 på " + bas() + "/saknas.");
        assertThat(jdbc.queryForObject("select count(*) from kolada_varde where kpi = 'H9817'", Integer.class)).isZero();
    }

    private static String bas() {
        return "http://127.0.0.1:" + KOLADA.getAddress().getPort() + "/v3";
    }

    private void kommun(String scbKod) {
        String plan = Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"" + scbKod + "\"");
        planer.importera(plan.getBytes(StandardCharsets.UTF_8), scbKod + ".json", "test");
    }
}
