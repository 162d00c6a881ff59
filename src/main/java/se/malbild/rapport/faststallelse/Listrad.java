package se.malbild.rapport.faststallelse;

import java.time.Instant;
import java.time.LocalDate;

/** An adopted report in a list, without its stored document. */
record Listrad(long id, Rapporttyp rapporttyp, int ar, String titel, String punkt, LocalDate beslutsdatum,
        String paragraf, String faststalldAv, Instant faststalldTid, Instant publiceradTid) {
}
