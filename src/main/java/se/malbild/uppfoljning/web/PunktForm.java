package se.malbild.uppfoljning.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import se.malbild.uppfoljning.Uppfoljningstyp;

/** A new follow-up point of a municipality, as typed by an administrator. */
public record PunktForm(
        @NotNull(message = "{uppfoljning.punkt.fel.ar}") @Min(value = 2000, message = "{uppfoljning.punkt.fel.ar}")
        @Max(value = 2100, message = "{uppfoljning.punkt.fel.ar}") Integer ar,
        @NotNull(message = "{uppfoljning.punkt.fel.manad}") @Min(value = 1, message = "{uppfoljning.punkt.fel.manad}")
        @Max(value = 12, message = "{uppfoljning.punkt.fel.manad}") Integer manad,
        @NotNull(message = "{uppfoljning.punkt.fel.typ}") Uppfoljningstyp typ,
        @NotBlank(message = "{uppfoljning.punkt.fel.namn}") @Size(max = 100, message = "{uppfoljning.punkt.fel.namn}") String namn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sistaDag) {

    static PunktForm tom() {
        return new PunktForm(null, null, Uppfoljningstyp.DELAR, "", null);
    }
}
