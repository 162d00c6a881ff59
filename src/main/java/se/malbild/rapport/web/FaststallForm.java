package se.malbild.rapport.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.malbild.rapport.faststallelse.Beslut;

/** The committee's decision to adopt a report, as typed by a politician or admin. */
public record FaststallForm(
        @NotNull(message = "{faststallelse.fel.beslutsdatum}")
        @PastOrPresent(message = "{faststallelse.fel.beslutsdatumFramtid}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate beslutsdatum,
        @NotBlank(message = "{faststallelse.fel.paragraf}") @Size(max = 100, message = "{faststallelse.fel.paragrafLang}")
        String paragraf,
        @Size(max = 2000, message = "{faststallelse.fel.kommentar}") String kommentar) {

    static FaststallForm tom() {
        return new FaststallForm(null, "", "");
    }

    Beslut beslut() {
        return new Beslut(beslutsdatum, paragraf, kommentar);
    }
}
