package se.malbild.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL every test in this JVM uses, chosen once: {@code TEST_DATABASE_URL} when set (with
 * {@code TEST_DATABASE_USERNAME}/{@code TEST_DATABASE_PASSWORD}), Testcontainers' PostgreSQL 17 when a Docker engine
 * answers, otherwise an embedded PostgreSQL 17 started from the Maven artifact.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    /** Spring datasource properties for the shared database, starting it on first use. */
    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = start();
        }
        return properties;
    }

    private static Map<String, Object> start() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            log.info("Tester använder databasen i TEST_DATABASE_URL");
            return datasource(url, envOr("TEST_DATABASE_USERNAME", "postgres"), envOr("TEST_DATABASE_PASSWORD", "postgres"));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            log.info("Tester använder Testcontainers PostgreSQL 17");
            return datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Kunde inte stoppa inbyggd PostgreSQL", e);
                }
            }));
            log.info("Tester använder inbyggd PostgreSQL på port {}", postgres.getPort());
            return datasource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte starta inbyggd PostgreSQL för testerna", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Map<String, Object> datasource(String url, String username, String password) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", username,
                "spring.datasource.password", password);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
