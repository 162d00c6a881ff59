package se.malbild.sakerhet.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import se.malbild.sakerhet.AnvandareService;

/** The change-password form: the current password, the new one and the new one typed again. */
record LosenordForm(
        @NotBlank(message = "{sakerhet.losenord.nuvarande.saknas}")
        String nuvarandeLosenord,
        @NotNull(message = "{sakerhet.losenord.nytt.forKort}")
        @Size(min = AnvandareService.MINSTA_LOSENORDSLANGD, message = "{sakerhet.losenord.nytt.forKort}")
        String nyttLosenord,
        @NotBlank(message = "{sakerhet.losenord.bekrafta.saknas}")
        String bekraftaLosenord) {

    static LosenordForm tomt() {
        return new LosenordForm("", "", "");
    }

    boolean bekraftelsenStammer() {
        return Objects.equals(nyttLosenord, bekraftaLosenord);
    }
}
