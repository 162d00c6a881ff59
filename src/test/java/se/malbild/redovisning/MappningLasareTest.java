package se.malbild.redovisning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappningLasareTest {

    private static final Set<String> KODER = Set.of("NAMND", "BISTAND", "ATGARDER", "ENHETER");

    @Test
    void readsRulesWithCommentsAnyObjectSingleAccountsAndNotThisNamnd() {
        List<Mappning.Regel> regler = MappningLasare.las(Fixturer.las(Fixturer.MAPPNING), Teckenkodning.AUTOMATISK, KODER);

        assertThat(regler).containsExactly(
                new Mappning.Regel(3000, 8999, "10", "NAMND"),
                new Mappning.Regel(3000, 8999, "20", "BISTAND"),
                new Mappning.Regel(3000, 8999, "30", "ATGARDER"),
                new Mappning.Regel(3000, 8999, "40", "ENHETER"),
                new Mappning.Regel(5000, 5999, null, "NAMND"),
                new Mappning.Regel(3000, 8999, "90", null));
        assertThat(MappningLasare.las("konto_fran;konto_till;objekt;verksamhet\n5810;;;NAMND\n"
                .getBytes(StandardCharsets.UTF_8), Teckenkodning.AUTOMATISK, KODER))
                .containsExactly(new Mappning.Regel(5810, 5810, null, "NAMND"));
    }

    @Test
    void everyBadRowIsNamedByItsLine() {
        String fil = """
                konto_fran;konto_till;objekt;verksamhet
                3000;8999;10;NAMND
                4000;3999;11;NAMND
                4x00;4999;;NAMND
                3000;8999;12;OKAND
                3000;8999;10;BISTAND
                3000;8999;13
                3000;8999;14;
                """;

        assertThatThrownBy(() -> MappningLasare.las(fil.getBytes(StandardCharsets.UTF_8), Teckenkodning.AUTOMATISK, KODER))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> assertThat(e.getFel())
                        .extracting(Object::toString).containsExactly(
                                "Rad 3: konto_fran 4000 är större än konto_till 3999.",
                                "Rad 4: konto_fran \"4x00\" ska bestå av siffror.",
                                "Rad 5: verksamheten \"OKAND\" finns inte i nämnden (kända koder: ATGARDER, BISTAND, ENHETER, NAMND).",
                                "Rad 6: samma konton och objekt finns redan på rad 2.",
                                "Rad 7: raden ska ha fyra fält (konto_fran;konto_till;objekt;verksamhet), men har 3.",
                                "Rad 8: verksamhet saknas (ange en verksamhetskod eller - för konton som inte hör till nämnden)."));
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        assertThatThrownBy(() -> MappningLasare.las("3000;8999;10;NAMND\n".getBytes(StandardCharsets.UTF_8),
                Teckenkodning.AUTOMATISK, KODER))
                .isInstanceOfSatisfying(RedovisningImportException.class, e -> assertThat(e.getFel())
                        .extracting(Object::toString)
                        .containsExactly("Rad 1: rubrikraden ska vara konto_fran;konto_till;objekt;verksamhet."));
    }
}
