package se.malbild.kolada;

import static org.assertj.core.api.Assertions.assertThat;
import static se.malbild.kolada.Koladafiler.del;
import static se.malbild.kolada.Koladafiler.post;
import static se.malbild.kolada.Koladafiler.sida;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import se.malbild.onboarding.PlanImportService;
import se.malbild.testsupport.Demofiler;

/** Filling an indicator's full-year outcomes from Kolada: source Kolada, audited, a person's value never overwritten. */
@SpringBootTest
@WithMockUser(username = "ada", roles = "ADMIN")
class KoladaUtfallIT {

    @Autowired
    PlanImportService planer;

    @Autowired
    KoladaImport importer;

    @Autowired
    KoladaUtfall utfall;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fillsMissingYearsWithSourceKoladaAndReportsAValueAPersonEntered() {
        long indikator = linkopingsIndikator("9805", "VANTETID_BESLUT_EKB");
        importer.importera(List.of(new Sida("t9805.json", sida(String.join(", ",
                post("T9805", "9805", 2018, del("T", "null")),
                post("T9805", "9805", 2019, del("T", "9")),
                post("T9805", "9805", 2020, del("T", "13")),
                post("T9805", "9805", 2021, del("T", "6")),
                post("T9805", "9805", 2022, del("T", "7"), del("K", "6")),
                post("T9805", "0581", 2022, del("T", "14"))), null))));
        utfall.koppla(indikator, " t9805 ");

        KoladaUtfall.Resultat resultat = utfall.fyll(indikator);

        assertThat(resultat.nya()).isEqualTo(2);
        assertThat(resultat.oforandrade()).isEqualTo(1);
        assertThat(resultat.konflikter()).containsExactly(new KoladaUtfall.Konflikt(2021, "T", "5", "6", null));
        assertThat(helar(indikator)).containsExactly("2019 T 9 Kolada", "2020 T 13 null", "2021 T 5 null", "2022 T 7 Kolada");
        long id2022 = jdbc.queryForObject("select id from utfall where indikator_id = ? and ar = 2022 and manad is null",
                Long.class, indikator);
        assertThat(jdbc.queryForList("select falt || ':' || coalesce(gammalt, '-') || '>' || nytt || ':' || anvandare from andring "
                + "where objekttyp = 'Utfall' and objekt_id = ? and namnd_id is not null order by falt", String.class, id2022))
                .containsExactly("kalla:->Kolada:ada", "varde:->7:ada");
        assertThat(jdbc.queryForList("select nytt from andring where objekttyp = 'Indikator' and objekt_id = ? and falt = 'koladaKpi'",
                String.class, indikator)).containsExactly("T9805");
    }

    @Test
    void anOutcomeFilledFromKoladaFollowsKolada() {
        long indikator = linkopingsIndikator("9806", "VANTETID_BESLUT_EKB");
        importer.importera(List.of(new Sida("a.json", sida(post("T9806", "9806", 2022, del("T", "7")), null))));
        utfall.koppla(indikator, "T9806");
        utfall.fyll(indikator);
        importer.importera(List.of(new Sida("b.json", sida(post("T9806", "9806", 2022, del("T", "8")), null))));

        KoladaUtfall.Resultat resultat = utfall.fyll(indikator);

        assertThat(resultat.andrade()).isEqualTo(1);
        assertThat(resultat.konflikter()).isEmpty();
        assertThat(helar(indikator)).contains("2022 T 8 Kolada");
        assertThat(jdbc.queryForList("select coalesce(gammalt, '-') || '>' || nytt from andring a join utfall u on u.id = a.objekt_id "
                + "where a.objekttyp = 'Utfall' and a.falt = 'varde' and u.indikator_id = ? and u.ar = 2022 order by a.id",
                String.class, indikator)).containsExactly("->7", "7>8");
    }

    @Test
    void anIndicatorByGenderGetsWomenMenAndTotal() {
        long indikator = linkopingsIndikator("9807", "AVSLUT_ARBETE_MED_SUBVENTION");
        importer.importera(List.of(new Sida("a.json",
                sida(post("T9807", "9807", 2022, del("T", "50"), del("K", "20"), del("M", "30")), null))));
        utfall.koppla(indikator, "T9807");

        assertThat(utfall.fyll(indikator).nya()).isEqualTo(3);
        assertThat(helar(indikator)).contains("2022 K 20 Kolada", "2022 M 30 Kolada", "2022 T 50 Kolada");
    }

    private List<String> helar(long indikator) {
        return jdbc.queryForList("select ar || ' ' || kon || ' ' || coalesce(varde::text, 'I.U.') || ' ' || coalesce(kalla, 'null') "
                + "from utfall where indikator_id = ? and manad is null and enhet_id is null order by ar, kon", String.class, indikator);
    }

    /** Linköping AN's demo plan imported as another municipality, and the id of one of its indicators. */
    private long linkopingsIndikator(String scbKod, String kod) {
        String plan = Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"" + scbKod + "\"");
        planer.importera(plan.getBytes(StandardCharsets.UTF_8), scbKod + ".json", "test");
        return jdbc.queryForObject("""
                select i.id from indikator i join namndmal m on m.id = i.namndmal_id join namnd n on n.id = m.namnd_id
                join kommun k on k.id = n.kommun_id where k.scb_kod = ? and i.kod = ?""", Long.class, scbKod, kod);
    }
}
