package se.malbild.rapport.faststallelse;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import se.malbild.dokument.Avsnitt;
import se.malbild.dokument.Dokument;
import se.malbild.dokument.OppnaData;
import se.malbild.dokument.Tabell;
import se.malbild.dokument.Talformat;

/** TEMPORARY until helper 4's DelarsrapportService is merged. */
final class Tillfallig {

    static Dokument dokument(JdbcTemplate jdbc, long namnd) {
        BigDecimal varde = jdbc.queryForObject("""
                select u.varde from utfall u join indikator i on i.id = u.indikator_id join namndmal m on m.id = i.namndmal_id
                where m.namnd_id = ? and i.kod = 'VANTETID_BESLUT_EKB' and u.ar = 2022 and u.manad = 8 and u.kon = 'T'""",
                BigDecimal.class, namnd);
        String namn = jdbc.queryForObject("select namn from indikator i join namndmal m on m.id = i.namndmal_id "
                + "where m.namnd_id = ? and i.kod = 'VANTETID_BESLUT_EKB'", String.class, namnd);
        Tabell tabell = new Tabell("ind", "Ekonomi", List.of("Indikator", "Augusti 2022"),
                List.of(new Tabell.Rad(namn, Tabell.Radslag.RAD, List.of(Tabell.Cell.tal(varde, Talformat.SOM_SKRIVET)))));
        return new Dokument("DELARSRAPPORT", "Delårsrapport per 31 augusti 2022", "Linköpings kommun", "Arbetsmarknadsnämnden",
                List.of(new Avsnitt("indikatorer", "Nämndindikatorer", List.of(tabell))), List.of(),
                new OppnaData("9930", "AN", 2022, 8, List.of(new OppnaData.Indikatorvarde("VANTETID_BESLUT_EKB", namn, "dagar",
                        2022, 8, "T", null, "UTFALL", varde, "")), List.of(new OppnaData.Ekonomirad("SUMMA", "Summa",
                        BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO))));
    }
}
