package se.malbild.rapport.faststallelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.malbild.dokument.DokumentJson;

/** The database itself keeps adopted reports and their publishing as they were written, whoever asks it to change. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaststalldRapportDatabasIT {

    private static final String JSON = "{\"typ\":\"DELARSRAPPORT\",\"titel\":\"Delårsrapport per 31 augusti 2022\"}";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaktion;

    long namnd;
    long rapport;

    @BeforeAll
    void enFaststalldOchPubliceradRapport() {
        jdbc.update("insert into kommun (scb_kod, namn) values ('9931', 'Frysta kommunen') on conflict do nothing");
        long kommun = jdbc.queryForObject("select id from kommun where scb_kod = '9931'", Long.class);
        namnd = jdbc.queryForObject("insert into namnd (kommun_id, kod, namn) values (?, 'N' || nextval('namnd_id_seq'), "
                + "'Frysnämnden') returning id", Long.class, kommun);
        rapport = infoga(namnd, 2022, JSON, DokumentJson.sha256(JSON));
        jdbc.update("insert into rapport_publicering (faststalld_rapport_id, publicerad_av) values (?, 'petra')", rapport);
    }

    @Test
    void aDirectSqlUpdateOfAnAdoptedReportFailsWithAClearMessage() {
        assertThatThrownBy(() -> jdbc.update("update faststalld_rapport set paragraf = 'AN § 88' where id = ?", rapport))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Fastställda rapporter ändras aldrig: UPDATE i faststalld_rapport är inte tillåtet");
        assertThatThrownBy(() -> jdbc.update("update faststalld_rapport set dokument_json = ?, sha256 = ? where id = ?",
                "{}", DokumentJson.sha256("{}"), rapport)).isInstanceOf(DataAccessException.class);

        assertThat(jdbc.queryForObject("select paragraf from faststalld_rapport where id = ?", String.class, rapport))
                .isEqualTo("AN § 87");
        assertThat(jdbc.queryForObject("select dokument_json from faststalld_rapport where id = ?", String.class, rapport))
                .isEqualTo(JSON);
    }

    @Test
    void aDirectSqlDeleteOfAnAdoptedReportFails() {
        assertThatThrownBy(() -> jdbc.update("delete from faststalld_rapport where id = ?", rapport))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Fastställda rapporter ändras aldrig: DELETE i faststalld_rapport är inte tillåtet");

        assertThat(jdbc.queryForObject("select count(*) from faststalld_rapport where id = ?", Integer.class, rapport)).isOne();
    }

    @Test
    void publishingCannotBeUpdatedDeletedOrTruncated() {
        assertThatThrownBy(() -> jdbc.update("update rapport_publicering set publicerad_av = 'ada' where faststalld_rapport_id = ?", rapport))
                .hasMessageContaining("Fastställda rapporter ändras aldrig: UPDATE i rapport_publicering");
        assertThatThrownBy(() -> jdbc.update("delete from rapport_publicering where faststalld_rapport_id = ?", rapport))
                .hasMessageContaining("Fastställda rapporter ändras aldrig: DELETE i rapport_publicering");
        assertThatThrownBy(() -> transaktion.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute("truncate rapport_publicering");
        })).hasMessageContaining("Fastställda rapporter ändras aldrig: TRUNCATE i rapport_publicering");

        assertThat(jdbc.queryForObject("select publicerad_av from rapport_publicering where faststalld_rapport_id = ?",
                String.class, rapport)).isEqualTo("petra");
    }

    @Test
    void aFingerprintThatIsNotTheJsonsIsRefused() {
        assertThatThrownBy(() -> infoga(namnd, 2023, JSON, DokumentJson.sha256(JSON + " ")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aReportIsAdoptedOnlyOnce() {
        long punkt = jdbc.queryForObject("""
                insert into uppfoljningspunkt (kommun_id, ar, manad, typ, namn)
                select kommun_id, 2022, 8, 'DELAR', 'per 31 augusti 2022' from namnd where id = ?
                on conflict (kommun_id, ar, manad) do update set namn = excluded.namn returning id""", Long.class, namnd);
        String insert = """
                insert into faststalld_rapport (namnd_id, rapporttyp, ar, uppfoljningspunkt_id, titel, beslutsdatum,
                    paragraf, faststalld_av, dokument_json, html, pdf, sha256)
                values (?, 'DELARSRAPPORT', 2022, ?, 'Delårsrapport', date '2022-09-20', 'AN § 87', 'petra', ?, '<p/>',
                    '\\x25504446'::bytea, ?)""";
        jdbc.update(insert, namnd, punkt, JSON, DokumentJson.sha256(JSON));

        assertThatThrownBy(() -> jdbc.update(insert, namnd, punkt, JSON, DokumentJson.sha256(JSON)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long infoga(long namndId, int ar, String json, String sha256) {
        return jdbc.queryForObject("""
                insert into faststalld_rapport (namnd_id, rapporttyp, ar, titel, beslutsdatum, paragraf, faststalld_av,
                    dokument_json, html, pdf, sha256)
                values (?, 'INTERNBUDGET', ?, 'Internbudget', date '2022-09-20', 'AN § 87', 'petra', ?, '<p>Rapport</p>',
                    '\\x25504446'::bytea, ?) returning id""", Long.class, namndId, ar, json, sha256);
    }
}
