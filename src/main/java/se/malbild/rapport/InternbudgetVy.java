package se.malbild.rapport;

import java.util.List;

/** Everything the internbudget page shows, already formatted the Swedish way. Templates only print it. */
public record InternbudgetVy(
        String kommun,
        String scbKod,
        String namndKod,
        String namnd,
        String forvaltning,
        String ordforande,
        String forvaltningschef,
        List<String> uppdrag,
        String titel,
        int ar,
        int planTillAr,
        String beloppsenhet,
        List<String> sammanfattning,
        String kommentarEkonomi,
        Tabell driftsammandrag,
        Tabell investeringar,
        Tabell volymer,
        String kommentarVolym,
        Tabell personal,
        String kommentarPersonal,
        List<Malomrade> malomraden,
        List<String> kommungemensammaUppdrag,
        List<String> namndspecifikaUppdrag,
        List<Fotnot> fotnoter) {

    /** A table with a caption, column headings (the first heads the row names) and rows. */
    public record Tabell(String rubrik, List<String> kolumner, List<Rad> rader) {

        public boolean isTom() {
            return rader.isEmpty();
        }
    }

    /**
     * A row: its name, the kind (which styles it: {@code rad}, {@code spec} for specification lines, {@code summa},
     * {@code grupp} for a heading row spanning the table), its cells and the footnote numbers of its name.
     */
    public record Rad(String namn, String slag, List<Cell> celler, List<Integer> fotnoter) {
    }

    /** A formatted value with its own footnote numbers; {@code tal} when it is a number (aligned right, never wrapped). */
    public record Cell(String text, List<Integer> fotnoter, boolean tal) {

        static Cell av(String text) {
            return new Cell(text, List.of(), true);
        }

        static final Cell TOM = new Cell("", List.of(), true);
    }

    public record Malomrade(String namn, List<KommunovergripandeMal> mal) {
    }

    public record KommunovergripandeMal(String namn, List<Namndmal> namndmal) {
    }

    public record Namndmal(String titel, String beskrivning, List<Integer> fotnoter, Tabell indikatorer) {
    }

    public record Fotnot(int nummer, String text) {
    }
}
