package se.malbild.redovisning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import se.malbild.redovisning.Installning;

/** The mapping settings: the rules' object dimension and the income and cost account ranges. */
record InstallningForm(
        @NotBlank(message = "{redovisning.installning.saknas}")
        @Pattern(regexp = "\\s*\\d{0,9}\\s*", message = "{redovisning.installning.siffror}")
        String dimension,
        @NotBlank(message = "{redovisning.installning.saknas}")
        @Pattern(regexp = "\\s*\\d{0,9}\\s*", message = "{redovisning.installning.siffror}")
        String intakterFran,
        @NotBlank(message = "{redovisning.installning.saknas}")
        @Pattern(regexp = "\\s*\\d{0,9}\\s*", message = "{redovisning.installning.siffror}")
        String intakterTill,
        @NotBlank(message = "{redovisning.installning.saknas}")
        @Pattern(regexp = "\\s*\\d{0,9}\\s*", message = "{redovisning.installning.siffror}")
        String kostnaderFran,
        @NotBlank(message = "{redovisning.installning.saknas}")
        @Pattern(regexp = "\\s*\\d{0,9}\\s*", message = "{redovisning.installning.siffror}")
        String kostnaderTill) {

    static InstallningForm av(Installning i) {
        return new InstallningForm(String.valueOf(i.dimension()), String.valueOf(i.intakterFran()),
                String.valueOf(i.intakterTill()), String.valueOf(i.kostnaderFran()), String.valueOf(i.kostnaderTill()));
    }

    Installning installning() {
        return new Installning(tal(dimension), tal(intakterFran), tal(intakterTill), tal(kostnaderFran), tal(kostnaderTill));
    }

    private static int tal(String text) {
        return Integer.parseInt(text.strip());
    }
}
