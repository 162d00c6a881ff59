package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import se.malbild.organisation.Namnd;

/**
 * {@link EkonomiskUppfoljningService#lasAlla} reads a whole municipality's economy follow-up: the same result as
 * {@link EkonomiskUppfoljningService#las} nämnd by nämnd, in the same number of SQL statements for 1, 10 and 20 nämnder.
 */
// A small batch size, so that loading per nämnd could not hide behind one batch.
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "spring.jpa.properties.hibernate.default_batch_fetch_size=4"})
class LasAllaSqlIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    EkonomiskUppfoljningService service;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void theWholeMunicipalityReadsExactlyAsOneNamndAtATime() {
        AvvikelseFixturer.Kommunfixtur en = AvvikelseFixturer.kommun(context, "9850", 1);
        Namnd an = en.namnder().get(0);

        Map<Long, EkonomiskUppfoljningService.Uppfoljning> alla = service.lasAlla(en.kommun(), en.augusti());

        EkonomiskUppfoljningService.Uppfoljning ensam = service.las(an, en.augusti());
        assertThat(alla).containsOnlyKeys(an.getId());
        assertThat(alla.get(an.getId())).isEqualTo(ensam);
        // What the user sees on the economy page: seed 001's Flyktingmottagande and the March comparison.
        EkonomiskUppfoljning.Rad flykting = alla.get(an.getId()).tabeller().rader().stream()
                .filter(r -> r.underlag().kod().equals("FLYKTINGMOTTAGANDE")).findFirst().orElseThrow();
        assertThat(flykting.belopp().periodavvikelse().movePointLeft(3).setScale(0, RoundingMode.HALF_UP))
                .as("−4 363 tkr").isEqualByComparingTo("-4363");
        assertThat(flykting.belopp().arsavvikelse()).as("39 536 600 − 44 512 000 kr").isEqualByComparingTo("-4975400");
        assertThat(alla.get(an.getId()).forraPunkten().avvikelse().movePointLeft(3).setScale(0, RoundingMode.HALF_UP))
                .as("−10 000 tkr forecast in March").isEqualByComparingTo(new BigDecimal("-10000"));
    }

    @Test
    void tenAndTwentyNamnderCostTheSameNumberOfStatementsAsOne() {
        AvvikelseFixturer.Kommunfixtur en = AvvikelseFixturer.kommun(context, "9850", 1);
        AvvikelseFixturer.Kommunfixtur tio = AvvikelseFixturer.kommun(context, "9851", 10);
        AvvikelseFixturer.Kommunfixtur tjugo = AvvikelseFixturer.kommun(context, "9852", 20);

        long satserEn = satser(en);
        long satserTio = satser(tio);
        long satserTjugo = satser(tjugo);

        assertThat(satserTio).isEqualTo(satserEn);
        assertThat(satserTjugo).isEqualTo(satserEn);
        assertThat(satserEn).isLessThanOrEqualTo(12);

        Map<Long, EkonomiskUppfoljningService.Uppfoljning> alla = service.lasAlla(tjugo.kommun(), tjugo.augusti());
        assertThat(alla).hasSize(20);
        for (Namnd namnd : tjugo.namnder()) {
            assertThat(alla.get(namnd.getId())).isEqualTo(service.las(namnd, tjugo.augusti()));
        }
    }

    private long satser(AvvikelseFixturer.Kommunfixtur fixtur) {
        Statistics statistik = emf.unwrap(SessionFactory.class).getStatistics();
        statistik.clear();
        Map<Long, EkonomiskUppfoljningService.Uppfoljning> alla = service.lasAlla(fixtur.kommun(), fixtur.augusti());
        long satser = statistik.getPrepareStatementCount();
        assertThat(alla).hasSize(fixtur.namnder().size());
        return satser;
    }
}
