package se.malbild.ekonomi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-up budget file: the demo file reads, and every kind of error is reported with its line, all at once. */
class BudgetfilTest {

    @Test
    void theDemoFileReadsWithItsProfileSplitAndInvestments() throws IOException {
        List<Budgetfil.Rad> rader = Budgetfil.las(demofil());

        assertThat(rader).extracting(Budgetfil.Rad::kod).containsExactly("NAMND_STYRELSE", "EKONOMISKT_BISTAND",
                "FLYKTINGMOTTAGANDE", "ARBETSMARKNADSATGARDER", "FORVALTNINGEN", "NAMNDENS_ENHETER",
                "ARBETSMARKNADSCENTRUM", "ARBETSMARKNADSSERVICE");
        Budgetfil.Rad bistand = rader.get(1);
        assertThat(bistand.budget()).isEqualByComparingTo("308752070");
        assertThat(bistand.kostnader()).isEqualByComparingTo("319752070");
        assertThat(bistand.intakter()).isEqualByComparingTo("-11000000");
        assertThat(bistand.profil()).isEmpty();
        Budgetfil.Rad enheter = rader.get(5);
        assertThat(enheter.typ()).isEqualTo(Budgetfil.Radtyp.KOMMUNAL_ENHET);
        assertThat(enheter.profil()).hasSize(12).containsEntry(8, new BigDecimal("-389292.50"));
        assertThat(enheter.profil().values().stream().limit(8).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("-3114340");
        assertThat(rader.get(7).typ()).isEqualTo(Budgetfil.Radtyp.INVESTERING);
        assertThat(rader.get(7).budget()).isEqualByComparingTo("1650000");
    }

    @Test
    void everyErrorIsReportedWithItsLineAndNothingIsRead() {
        String fil = """
                # kommentar
                kod;namn;typ;budget;kostnader;intäkter;jan;feb;mar;apr;maj;jun;jul;aug;sep;okt;nov;dec
                A;Första;VERKSAMHET;1 000;600;-400
                B;Andra;VERKSAMHET;1.000
                C;Tredje;OKAND;100
                D;Fjärde;VERKSAMHET;100;50;
                E;Femte;VERKSAMHET;100;;;10;10;10;10;10;10;10;10;10;10;10;10
                A;Dubbel;VERKSAMHET;5
                F G;Sjätte;;5
                H;Sjunde;INVESTERING;12;;;1;1;1;1;1;1;1;1;1;1;1;1
                I;Åttonde;VERKSAMHET;100;;;10;10
                J;Nionde;VERKSAMHET;
                """;

        BudgetImportException fel = catchThrowableOfType(BudgetImportException.class,
                () -> Budgetfil.las(fil.getBytes(StandardCharsets.UTF_8)));

        assertThat(fel.getFel()).extracting(Importfel::rad, Importfel::nyckel).containsExactly(
                tuple(3, "ekonomi.budget.fel.fordelningSumma"),
                tuple(4, "ekonomi.budget.fel.belopp"),
                tuple(5, "ekonomi.budget.fel.typ"),
                tuple(6, "ekonomi.budget.fel.fordelningHalv"),
                tuple(7, "ekonomi.budget.fel.profilSumma"),
                tuple(8, "ekonomi.budget.fel.dubblett"),
                tuple(9, "ekonomi.budget.fel.kod"),
                tuple(10, "ekonomi.budget.fel.profilInvestering"),
                tuple(11, "ekonomi.budget.fel.profilHalv"),
                tuple(12, "ekonomi.budget.fel.beloppSaknas"));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefused() {
        BudgetImportException fel = catchThrowableOfType(BudgetImportException.class,
                () -> Budgetfil.las("kod;belopp\nA;1".getBytes(StandardCharsets.UTF_8)));

        assertThat(fel.getFel()).extracting(Importfel::nyckel).containsExactly("ekonomi.budget.fel.okandKolumn",
                "ekonomi.budget.fel.kolumnSaknas", "ekonomi.budget.fel.kolumnSaknas", "ekonomi.budget.fel.kolumnSaknas");
        assertThat(catchThrowableOfType(BudgetImportException.class, () -> Budgetfil.las(new byte[0])).getFel())
                .extracting(Importfel::nyckel).containsExactly("ekonomi.budget.fel.tom");
    }

    @Test
    void aSpreadsheetsWindowsFileWithQuotesAndAWindowsMinusReads() {
        String fil = "Kod;Namn;Typ;Budget;Kostnader;Intakter\r\n\"ATG\";\"Arbetsmarknadsåtgärder; övrigt\";;\"103 114 710\";"
                + "111 814 710;-8 700 000\r\n";

        List<Budgetfil.Rad> rader = Budgetfil.las(fil.getBytes(Charset.forName("windows-1252")));

        assertThat(rader).singleElement().satisfies(r -> {
            assertThat(r.namn()).isEqualTo("Arbetsmarknadsåtgärder; övrigt");
            assertThat(r.typ()).isEqualTo(Budgetfil.Radtyp.VERKSAMHET);
            assertThat(r.budget()).isEqualByComparingTo("103114710");
            assertThat(r.intakter()).isEqualByComparingTo("-8700000");
        });
    }

    private static byte[] demofil() throws IOException {
        try (InputStream in = BudgetfilTest.class.getResourceAsStream(EkonomiDemo.BUDGET)) {
            return in.readAllBytes();
        }
    }
}
