package se.malbild.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class RevisionsloggIT {

    @Autowired
    Revisionslogg logg;

    @Autowired
    TransactionTemplate transaktion;

    @Test
    void aChangeIsRecordedWithWhoOldAndNewValue() {
        long objekt = System.nanoTime();
        transaktion.executeWithoutResult(s ->
                logg.registrera("rut", "Utfall", objekt, "varde", new BigDecimal("3090.0"), new BigDecimal("3100"), null));

        assertThat(logg.historik("Utfall", objekt)).singleElement().satisfies(a -> {
            assertThat(a.getAnvandare()).isEqualTo("rut");
            assertThat(a.getGammalt()).isEqualTo("3090");
            assertThat(a.getNytt()).isEqualTo("3100");
            assertThat(a.getTidpunkt()).isNotNull();
        });
    }

    @Test
    void anUnchangedValueIsNotRecorded() {
        long objekt = System.nanoTime();
        transaktion.executeWithoutResult(s ->
                logg.registrera("rut", "Utfall", objekt, "varde", new BigDecimal("88.0"), new BigDecimal("88"), null));

        assertThat(logg.historik("Utfall", objekt)).isEmpty();
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        long objekt = System.nanoTime();
        transaktion.executeWithoutResult(s -> {
            logg.registrera("rut", "Utfall", objekt, "varde", "1", "2", null);
            s.setRollbackOnly();
        });

        assertThat(logg.historik("Utfall", objekt)).isEmpty();
    }

    @Test
    void recordingOutsideTheChangesTransactionIsRefused() {
        assertThatThrownBy(() -> logg.registrera("rut", "Utfall", 1L, "varde", "1", "2", null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
