package se.malbild.rapport.faststallelse;

import java.time.LocalDate;

/**
 * The committee's decision to adopt a report.
 *
 * @param beslutsdatum the day of the meeting
 * @param paragraf     the minutes' paragraph ("AN § 87")
 * @param kommentar    an optional comment; null when none
 */
public record Beslut(LocalDate beslutsdatum, String paragraf, String kommentar) {
}
