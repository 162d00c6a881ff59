package se.malbild.redovisning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new mapping rule: the account range (the last account may be left empty for one account), the object (empty for
 * any object) and the verksamhet's id, or {@value #INTE_NAMNDEN} for accounts that do not belong to the nämnd.
 */
record RegelForm(
        @NotBlank(message = "{redovisning.regel.kontoFran.saknas}")
        @Pattern(regexp = "\\s*\\d{0,9}\\s*", message = "{redovisning.regel.konto.siffror}")
        String kontoFran,
        @Pattern(regexp = "\\s*\\d{0,9}\\s*", message = "{redovisning.regel.konto.siffror}")
        String kontoTill,
        @Size(max = 100, message = "{redovisning.regel.objekt.forLangt}")
        String objekt,
        @NotBlank(message = "{redovisning.regel.verksamhet.saknas}")
        String verksamhet) {

    static final String INTE_NAMNDEN = "-";

    static RegelForm tomt() {
        return new RegelForm("", "", "", "");
    }

    int fran() {
        return Integer.parseInt(kontoFran.strip());
    }

    int till() {
        return kontoTill == null || kontoTill.isBlank() ? fran() : Integer.parseInt(kontoTill.strip());
    }
}
