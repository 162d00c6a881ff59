package se.malbild.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import se.malbild.ekonomi.InvesteringsramRepository;
import se.malbild.testsupport.Demofiler;

@SpringBootTest
class PlanImportIT {

    private static final List<String> TABELLER = List.of("kommun", "namnd", "enhet", "verksamhet", "malomrade",
            "kommunovergripande_mal", "namndmal", "indikator", "indikator_enhet", "malvarde", "utfall",
            "strategiskt_uppdrag", "budgetpost", "driftbudget_varav", "budgetram", "ramjustering", "investering",
            "investeringsbelopp", "investeringsram", "nyckeltal", "nyckeltal_varde", "internbudget",
            "internbudget_kolumn", "budgetforandring", "budgetforandring_belopp");

    @Autowired
    PlanImportService importer;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoSpyBean
    InvesteringsramRepository investeringsramar;

    @Test
    void importsLinkopingsWholePlan() {
        var resultat = importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");

        assertThat(resultat.scbKod()).isEqualTo("0580");
        assertThat(resultat.namndmal()).isEqualTo(9);
        assertThat(resultat.indikatorer()).isEqualTo(32);
        Long namnd = jdbc.queryForObject("select n.id from namnd n join kommun k on k.id = n.kommun_id "
                + "where k.scb_kod = '0580' and n.kod = 'AN'", Long.class);
        assertThat(jdbc.queryForObject("""
                select sum(b.netto) from budgetpost b join verksamhet v on v.id = b.verksamhet_id
                where v.namnd_id = ? and v.typ = 'VERKSAMHET' and b.ar = 2022 and b.typ = 'BUDGET'""",
                Long.class, namnd)).isEqualTo(462_147_000L);
        assertThat(jdbc.queryForObject("select count(*) from utfall u join indikator i on i.id = u.indikator_id "
                + "join namndmal m on m.id = i.namndmal_id where m.namnd_id = ? and u.manad is null", Integer.class, namnd))
                .isEqualTo(170);
        assertThat(jdbc.queryForObject("select count(*) from ramjustering j join budgetram r on r.id = j.budgetram_id "
                + "where r.namnd_id = ? and r.ar = 2022", Integer.class, namnd)).isEqualTo(4);
    }

    @Test
    void importingTheSameFileTwiceGivesTheSameState() {
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "test");
        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");
        List<String> fore = tillstand();
        List<Long> indikatorerFore = jdbc.queryForList("select id from indikator order by id", Long.class);

        importer.importera(Demofiler.las(Demofiler.LINKOPING), "linkoping.json", "test");
        importer.importera(Demofiler.las(Demofiler.TRANAS), "tranas.json", "test");

        assertThat(tillstand()).isEqualTo(fore);
        assertThat(jdbc.queryForList("select id from indikator order by id", Long.class)).isEqualTo(indikatorerFore);
    }

    @Test
    void aFileWithAnErrorDeepInsideChangesNothingAndSaysWhere() {
        String fil = Demofiler.text(Demofiler.LINKOPING)
                .replace("\"scbKod\": \"0580\"", "\"scbKod\": \"9990\"")
                .replace("\"enhet\": \"AMC\"", "\"enhet\": \"OKAND\"");
        List<String> fore = tillstand();

        assertThatThrownBy(() -> importer.importera(fil.getBytes(StandardCharsets.UTF_8), "trasig.json", "test"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getFel())
                        .anySatisfy(f -> {
                            assertThat(f.sokvag()).isEqualTo("namndmal[0].indikatorer[0].utfall[1].enhet");
                            assertThat(f.meddelande()).contains("Tillgänglighet").contains("OKAND");
                        }));

        assertThat(tillstand()).isEqualTo(fore);
        assertThat(jdbc.queryForObject("select count(*) from kommun where scb_kod = '9990'", Integer.class)).isZero();
    }

    @Test
    void schemaErrorsNameThePathInSwedish() {
        String fil = Demofiler.text(Demofiler.TRANAS)
                .replace("\"scbKod\": \"0687\"", "\"scbKod\": \"9991\"")
                .replace("\"matenhet\": \"MNKR\"", "\"matenhet\": \"MILJONER\"");

        assertThatThrownBy(() -> importer.importera(fil.getBytes(StandardCharsets.UTF_8), "trasig.json", "test"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getFel())
                        .anySatisfy(f -> {
                            assertThat(f.sokvag()).isEqualTo("namndmal[0].indikatorer[0].matenhet");
                            assertThat(f.meddelande()).contains("uppräkningen");
                        }));
        assertThat(jdbc.queryForObject("select count(*) from kommun where scb_kod = '9991'", Integer.class)).isZero();
    }

    @Test
    void varavThatDoesNotAddUpToTheNetSumIsRefused() {
        String fil = Demofiler.text(Demofiler.LINKOPING)
                .replace("\"scbKod\": \"0580\"", "\"scbKod\": \"9992\"")
                .replace("\"kostnader\": 493847", "\"kostnader\": 493846");

        assertThatThrownBy(() -> importer.importera(fil.getBytes(StandardCharsets.UTF_8), "trasig.json", "test"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getFel())
                        .anySatisfy(f -> assertThat(f.meddelande()).contains("Budget 2022").contains("462\u00a0147")));
    }

    @Test
    void aRowsIncomeAndCostsMustAddUpToItsNetAmount() {
        String fil = Demofiler.text(Demofiler.LINKOPING)
                .replace("\"scbKod\": \"0580\"", "\"scbKod\": \"9993\"")
                .replaceFirst("\"belopp\": 1757", "\"belopp\": 1757, \"intakter\": -100, \"kostnader\": 1800");

        assertThatThrownBy(() -> importer.importera(fil.getBytes(StandardCharsets.UTF_8), "trasig.json", "test"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getFel())
                        .anySatisfy(f -> assertThat(f.meddelande()).contains("Nämnden").contains("inte nettobeloppet 1\u00a0757")));
    }

    @Test
    void anAmountFinerThanOreIsRefusedRatherThanRoundedWhenStored() {
        String fil = Demofiler.text(Demofiler.LINKOPING)
                .replace("\"scbKod\": \"0580\"", "\"scbKod\": \"9994\"")
                .replaceFirst("\"belopp\": 1757", "\"belopp\": 1757.000005");

        assertThatThrownBy(() -> importer.importera(fil.getBytes(StandardCharsets.UTF_8), "trasig.json", "test"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getFel())
                        .anySatisfy(f -> {
                            assertThat(f.sokvag()).startsWith("driftbudget.poster[0].belopp[");
                            assertThat(f.meddelande()).contains("fler decimaler än hela ören");
                        }));
    }

    @Test
    void aFailureWhileWritingLeavesNothingBehind() {
        doThrow(new IllegalStateException("databasen svarar inte")).when(investeringsramar).save(any());
        List<String> fore = tillstand();
        try {
            String fil = Demofiler.text(Demofiler.LINKOPING).replace("\"scbKod\": \"0580\"", "\"scbKod\": \"9995\"");

            assertThatThrownBy(() -> importer.importera(fil.getBytes(StandardCharsets.UTF_8), "halvvags.json", "test"))
                    .hasMessageContaining("databasen svarar inte");

            assertThat(tillstand()).isEqualTo(fore);
            assertThat(jdbc.queryForObject("select count(*) from kommun where scb_kod = '9995'", Integer.class)).isZero();
        } finally {
            reset(investeringsramar);
        }
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> importer.importera("{\n  \"format\": ,\n}".getBytes(StandardCharsets.UTF_8), "x.json", "test"))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.getFel().get(0).sokvag()).isEqualTo("rad 2, kolumn 13"));
    }

    /** Every stored row of the plan tables, without generated keys, sorted. */
    private List<String> tillstand() {
        List<String> rader = new ArrayList<>();
        for (String tabell : TABELLER) {
            for (Map<String, Object> rad : jdbc.queryForList("select * from " + tabell)) {
                rad.keySet().removeIf(kolumn -> kolumn.equals("id") || kolumn.endsWith("_id"));
                rader.add(tabell + rad);
            }
        }
        rader.sort(null);
        return rader;
    }
}
