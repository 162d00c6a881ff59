package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The deviation view costs the same number of SQL statements for a municipality with 1, 10 and 20 nämnder. */
// A small batch size, so that loading per nämnd could not hide behind one batch.
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "spring.jpa.properties.hibernate.default_batch_fetch_size=4"})
@AutoConfigureMockMvc
class AvvikelserSqlIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void tenAndTwentyNamnderCostTheSameNumberOfStatementsAsOne() throws Exception {
        AvvikelseFixturer.Kommunfixtur en = AvvikelseFixturer.kommun(context, "9850", 1);
        AvvikelseFixturer.Kommunfixtur tio = AvvikelseFixturer.kommun(context, "9851", 10);
        AvvikelseFixturer.Kommunfixtur tjugo = AvvikelseFixturer.kommun(context, "9852", 20);

        long satserEn = satser(en, 1);
        long satserTio = satser(tio, 10);
        long satserTjugo = satser(tjugo, 20);

        assertThat(satserTio).isEqualTo(satserEn);
        assertThat(satserTjugo).isEqualTo(satserEn);
        assertThat(satserEn).isLessThanOrEqualTo(15);
    }

    private long satser(AvvikelseFixturer.Kommunfixtur fixtur, int namnder) throws Exception {
        Statistics statistik = emf.unwrap(SessionFactory.class).getStatistics();
        statistik.clear();
        String html = mvc.perform(get("/kommuner/" + fixtur.kommun().getScbKod() + "/avvikelser?sortera=prognos")
                .with(user(Sidor.controller("carl")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        long satser = statistik.getPrepareStatementCount();
        Document sida = Jsoup.parse(html);
        assertThat(sida.select("table#avvikelser th[scope=rowgroup]")).hasSize(namnder);
        assertThat(sida.select("table#avvikelser td.troskel")).hasSize(namnder * 7);
        return satser;
    }
}
