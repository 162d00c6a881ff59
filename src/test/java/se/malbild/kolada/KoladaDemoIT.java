package se.malbild.kolada;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.malbild.onboarding.PlanImportService;
import se.malbild.organisation.NamndRepository;
import se.malbild.testsupport.Demofiler;

/** The demo's Kolada data: Linköping in R9, two AN indicators linked, and the comparison read in two queries. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class KoladaDemoIT {

    @Autowired
    PlanImportService planer;

    @Autowired
    KoladaDemo demo;

    @Autowired
    KoladaJamforelse jamforelse;

    @Autowired
    NamndRepository namnder;

    @Autowired
    TransactionTemplate transaktion;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void linkopingIsComparedWithR9FromTheFixtureInTwoQueries() {
        planer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");
        transaktion.executeWithoutResult(s -> demo.lasIn(namnder.findByKommunAndKod("0580", "AN").orElseThrow()));

        Statistics statistik = emf.unwrap(SessionFactory.class).getStatistics();
        statistik.clear();
        KoladaJamforelse.Jamforelse r9 = jamforelse.jamfor("0580", "Linköping", List.of("N31807", "U31462", "N02280"));
        long satser = statistik.getPrepareStatementCount();

        assertThat(satser).isLessThanOrEqualTo(2);
        assertThat(r9.grupp()).isEqualTo("R9");
        assertThat(r9.illustrativa()).as("the demo's made-up values are never passed off as Kolada's")
                .containsExactlyInAnyOrder("N31807", "U31462", "N02280");
        assertThat(r9.kommuner()).hasSize(9).first().isEqualTo(new KoladaJamforelse.Kommun("0580", "Linköping", true));
        assertThat(r9.kommuner()).extracting(KoladaJamforelse.Kommun::namn).contains("Norrköping", "Eskilstuna", "Västerås", "Södertälje");
        assertThat(r9.varden("N31807")).hasSize(45);
        assertThat(r9.varden("N31807")).filteredOn(p -> p.kommun().equals("0580"))
                .extracting(KoladaJamforelse.Punkt::ar).containsExactly(2018, 2019, 2020, 2021, 2022);
        assertThat(r9.varden("N02280")).filteredOn(p -> p.kommun().equals("0581") && p.ar() == 2022)
                .extracting(KoladaJamforelse.Punkt::kon).containsExactly("K", "M", "T");
        assertThat(r9.varden("U31462")).filteredOn(p -> p.kommun().equals("0181") && p.ar() == 2020)
                .singleElement().satisfies(p -> assertThat(p.varde()).isNull());
        assertThat(jdbc.queryForList("""
                select i.kod || '=' || i.kolada_kpi from indikator i join namndmal m on m.id = i.namndmal_id
                join namnd n on n.id = m.namnd_id join kommun k on k.id = n.kommun_id
                where k.scb_kod = '0580' and n.kod = 'AN' and i.kolada_kpi is not null order by i.kod""", String.class))
                .containsExactly("HUSHALL_EKB=N31807", "VANTETID_BESLUT_EKB=U31462");
    }

    @Test
    void aMunicipalityWithoutPeerGroupSeesOnlyItsOwnValues() {
        KoladaJamforelse.Jamforelse egen = jamforelse.jamfor("9819", "Ingen grupp", List.of("N31807"));

        assertThat(egen.grupp()).isNull();
        assertThat(egen.kommuner()).containsExactly(new KoladaJamforelse.Kommun("9819", "Ingen grupp", true));
        assertThat(egen.varden("N31807")).isEmpty();
    }
}
