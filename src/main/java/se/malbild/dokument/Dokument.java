package se.malbild.dokument;

import java.util.List;

/**
 * A report as data: what it is, whose it is, its sections, footnotes and the machine-readable values behind it.
 *
 * @param typ        what kind of report: {@code INTERNBUDGET} or {@code DELARSRAPPORT}
 * @param titel      the document title ("Delårsrapport per 31 augusti 2022")
 * @param kommun     the municipality's name
 * @param namnd      the committee's name
 * @param avsnitt    the top-level sections, in order; each gets a heading and an entry in the table of contents
 * @param fotnoter   footnotes referred to by number from tables and headings
 * @param oppnaData  the values of the report in machine-readable form (published as open data once adopted)
 */
public record Dokument(String typ, String titel, String kommun, String namnd, List<Avsnitt> avsnitt,
        List<Fotnot> fotnoter, OppnaData oppnaData) {

    public Dokument {
        avsnitt = List.copyOf(avsnitt);
        fotnoter = List.copyOf(fotnoter);
    }

    /** A footnote: its number and text. */
    public record Fotnot(int nummer, String text) {
    }
}
