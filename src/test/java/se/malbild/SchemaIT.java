package se.malbild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class SchemaIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOutcomeExistsOnlyOncePerIndicatorPeriodAndBreakdownEvenWithoutAnEnhet() {
        jdbc.update("insert into kommun (scb_kod, namn) values ('9960', 'Schemakommun') on conflict do nothing");
        Long kommun = jdbc.queryForObject("select id from kommun where scb_kod = '9960'", Long.class);
        Long namnd = jdbc.queryForObject("insert into namnd (kommun_id, kod, namn) values (?, 'N' || nextval('namnd_id_seq'), 'N') returning id",
                Long.class, kommun);
        Long omrade = jdbc.queryForObject("insert into malomrade (kommun_id, kod, namn, fran_ar, till_ar, ordning) "
                + "values (?, 'O' || nextval('malomrade_id_seq'), 'O', 2022, 2023, 1) returning id", Long.class, kommun);
        Long kom = jdbc.queryForObject("insert into kommunovergripande_mal (malomrade_id, kod, namn, ordning) "
                + "values (?, 'K', 'K', 1) returning id", Long.class, omrade);
        Long mal = jdbc.queryForObject("insert into namndmal (namnd_id, kommunovergripande_mal_id, kod, titel, ordning, fran_ar) "
                + "values (?, ?, 'M', 'M', 1, 2022) returning id", Long.class, namnd, kom);
        Long indikator = jdbc.queryForObject("insert into indikator (namndmal_id, kod, namn, matenhet, riktning, ordning, fran_ar) "
                + "values (?, 'I', 'I', 'ANTAL', 'INGEN', 1, 2022) returning id", Long.class, mal);
        jdbc.update("insert into utfall (indikator_id, ar, kon, varde) values (?, 2021, 'T', 1)", indikator);

        assertThatThrownBy(() -> jdbc.update("insert into utfall (indikator_id, ar, kon, varde) values (?, 2021, 'T', 2)", indikator))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.update("insert into utfall (indikator_id, ar, kon, varde, inget_utfall) values (?, 2020, 'T', 2, true)", indikator))
                .as("I.U. has no value").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void flywayCreatesTheSchemaOnPostgresqlAndHibernateValidatesIt() {
        String version = jdbc.queryForObject("show server_version", String.class);
        assertThat(version).startsWith("17");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class)).isPositive();
    }
}
