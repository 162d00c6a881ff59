package se.malbild.kolada;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports Kolada v3 pages: all pages are read and checked first, then written in one transaction, so a broken page
 * writes nothing. Values are upserted on (kpi, municipality, year, gender), so the same import twice gives the same
 * values; {@code isdeleted: true} removes a value.
 */
@Service
public class KoladaImport {

    /** What an import did: pages read, values stored (new or updated) and values removed. */
    public record Resultat(int sidor, int sparade, int borttagna) {
    }

    private final JdbcTemplate jdbc;
    private final KoladaKlient klient;
    private final Clock klocka = Clock.systemUTC();

    private final TransactionTemplate transaktion;

    KoladaImport(JdbcTemplate jdbc, KoladaKlient klient, TransactionTemplate transaktion) {
        this.jdbc = jdbc;
        this.transaktion = transaktion;
        this.klient = klient;
    }

    public Resultat importera(List<Sida> sidor) {
        List<KoladaLasare.Post> poster = KoladaLasare.las(sidor);
        return transaktion.execute(status -> skriv(sidor.size(), poster));
    }

    private Resultat skriv(int sidor, List<KoladaLasare.Post> poster) {
        Timestamp nu = Timestamp.from(klocka.instant());
        List<Object[]> spara = new ArrayList<>();
        List<Object[]> tabort = new ArrayList<>();
        for (KoladaLasare.Post p : poster) {
            if (p.borttagen()) {
                tabort.add(new Object[] {p.kpi(), p.kommun(), p.period(), p.kon()});
            } else {
                spara.add(new Object[] {p.kpi(), p.kommun(), p.period(), p.kon(), p.varde(), p.antal(), p.status(), nu,
                        p.kalla()});
            }
        }
        jdbc.batchUpdate("""
                insert into kolada_varde (kpi, kommun, period, kon, varde, antal, status, importerad, kalla)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (kpi, kommun, period, kon) do update set varde = excluded.varde, antal = excluded.antal,
                    status = excluded.status, importerad = excluded.importerad, kalla = excluded.kalla""", spara);
        int borttagna = 0;
        for (int n : jdbc.batchUpdate("delete from kolada_varde where kpi = ? and kommun = ? and period = ? and kon = ?",
                tabort)) {
            borttagna += Math.max(n, 0);
        }
        return new Resultat(sidor, spara.size(), borttagna);
    }

    /** Fetches from Kolada (when enabled), then imports in one transaction; nothing is written when any page fails. */
    public Resultat hamtaOchImportera(Collection<String> kpier, Collection<String> kommuner, Collection<Integer> ar) {
        return importera(klient.hamta(kpier, kommuner, ar));
    }
}
