/**
 * Dokument: a report (internbudget, delårsrapport) as data that every output is made from: the web page, the stored
 * snapshot of an adopted report, PDF, Word, Excel and open data. Builders in other modules fill a {@link
 * se.malbild.dokument.Dokument} with already formatted text and exact numbers; this module renders, serialises and
 * compares it and knows nothing of the domain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dokument")
package se.malbild.dokument;
