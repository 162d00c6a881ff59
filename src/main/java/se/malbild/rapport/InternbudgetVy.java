package se.malbild.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Everything the internbudget page shows, already formatted the Swedish way. Templates only print it. */
public record InternbudgetVy(
        String kommun,
        String namnd,
        String forvaltning,
        String ordforande,
        String forvaltningschef,
        List<String> uppdrag,
        String titel,
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

        /** Consecutive rows of the same group, each group its own tbody headed by the group's name. */
        public List<Radgrupp> getGrupper() {
            List<Radgrupp> grupper = new ArrayList<>();
            for (Rad rad : rader) {
                if (grupper.isEmpty() || !Objects.equals(grupper.get(grupper.size() - 1).rubrik(), rad.grupp())) {
                    grupper.add(new Radgrupp(rad.grupp(), new ArrayList<>()));
                }
                grupper.get(grupper.size() - 1).rader().add(rad);
            }
            return grupper;
        }
    }

    /** Rows under a shared heading (null when they have none). */
    public record Radgrupp(String rubrik, List<Rad> rader) {
    }

    /**
     * A row: its name, the kind (which styles it: {@code rad}, {@code spec} for specification lines, {@code summa}),
     * its cells, the footnote numbers of its name, the group it belongs to, and its context: what a sub-row such as
     * "Kvinnor, UAF" or "PM3" belongs to, read out by screen readers before the name.
     */
    public record Rad(String namn, String slag, List<Cell> celler, List<Integer> fotnoter, String grupp, String kontext) {

        public Rad(String namn, String slag, List<Cell> celler, List<Integer> fotnoter) {
            this(namn, slag, celler, fotnoter, null, null);
        }
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
