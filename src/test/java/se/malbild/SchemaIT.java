package se.malbild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class SchemaIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayCreatesTheSchemaOnPostgresqlAndHibernateValidatesIt() {
        String version = jdbc.queryForObject("show server_version", String.class);
        assertThat(version).startsWith("17");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class)).isPositive();
    }
}
