package se.malbild.databas;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Zero-configuration database: when no {@code spring.datasource.url} is set, a real PostgreSQL 17 is started from
 * the Maven artifact, keeping its data directory between restarts, with durable writes (fsync on).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    Datakatalog datakatalog(@Value("${malbild.embedded-db.data-dir}") Path dataDirectory) throws IOException {
        return Datakatalog.las(dataDirectory.toAbsolutePath());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Datakatalog katalog) throws IOException {
        boolean ny = !Files.exists(katalog.sokvag().resolve("PG_VERSION"));
        katalog.stoppaKvarlamnadServer();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(katalog.sokvag())
                .setCleanDataDirectory(false)
                // The data is kept, so writes must survive a crash (the library's defaults are tuned for tests).
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        log.info("Inbyggd PostgreSQL på port {}. Data sparas i {}{}", postgres.getPort(), katalog.sokvag(),
                ny ? " (ny databas)" : "");
        log.info("Börja om från demodata: stoppa Målbild, ta bort katalogen {} och starta igen.", katalog.sokvag());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setPoolName("malbild-embedded");
        return dataSource;
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(Datakatalog katalog) {
        return new EmbeddedDatabase(katalog.sokvag());
    }

    /**
     * The data directory, held by an operating-system lock for as long as this Målbild runs. The lock dies with the
     * process, even on kill -9, so a PostgreSQL still running on the directory without the lock was left behind by a
     * Målbild that is gone, and may be stopped.
     */
    record Datakatalog(Path sokvag, FileChannel kanal, FileLock las) implements AutoCloseable {

        static Datakatalog las(Path sokvag) throws IOException {
            Files.createDirectories(sokvag.getParent());
            Path lasfil = sokvag.resolveSibling(sokvag.getFileName() + ".lock");
            FileChannel kanal = FileChannel.open(lasfil, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock las = kanal.tryLock();
            if (las == null) {
                kanal.close();
                throw new IllegalStateException("En annan Målbild använder redan databaskatalogen " + sokvag
                        + ". Stoppa den först, eller ange en annan katalog med --malbild.embedded-db.data-dir=...");
            }
            return new Datakatalog(sokvag, kanal, las);
        }

        void stoppaKvarlamnadServer() throws IOException {
            Path pidfil = sokvag.resolve("postmaster.pid");
            if (!Files.exists(pidfil)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidfil).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(server -> {
                        log.warn("En PostgreSQL (pid {}) från en tidigare Målbild som inte avslutades körs fortfarande "
                                + "på {}; den stoppas innan databasen startas igen.", pid, sokvag);
                        server.destroy();
                        server.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                    });
        }

        @Override
        public void close() throws IOException {
            las.release();
            kanal.close();
        }
    }

    static class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
