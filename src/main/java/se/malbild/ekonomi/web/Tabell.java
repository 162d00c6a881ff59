package se.malbild.ekonomi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report table as the shared fragment {@code fragments/tabell :: tabell(t)} prints it: caption, column headings (the
 * first heads the row names) and rows; every value already formatted.
 */
public record Tabell(String rubrik, List<String> kolumner, List<Rad> rader) {

    public boolean isTom() {
        return rader.isEmpty();
    }

    /** Consecutive rows of the same group, each group its own tbody. */
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

    public record Radgrupp(String rubrik, List<Rad> rader) {
    }

    /**
     * A row: its name, the kind ({@code rad}, {@code summa}, {@code spec} for "varav" lines), its cells, and its
     * context read out by screen readers before the name ("Summa nettokostnader: varav kostnader").
     */
    public record Rad(String namn, String slag, List<Cell> celler, List<Integer> fotnoter, String grupp, String kontext) {

        static Rad av(String namn, String slag, String kontext, List<String> celler) {
            return new Rad(namn, slag, celler.stream().map(Cell::tal).toList(), List.of(), null, kontext);
        }
    }

    public record Cell(String text, List<Integer> fotnoter, boolean tal) {

        static Cell tal(String text) {
            return new Cell(text, List.of(), true);
        }
    }
}
