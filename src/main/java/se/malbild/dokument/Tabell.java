package se.malbild.dokument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table: caption, column headings (the first heads the row names) and rows. Every cell has its text as printed and,
 * for numbers, the exact value, so that Excel gets numeric cells and the page, PDF and Word the same figures.
 *
 * @param id       unique in the document; names the sheet in Excel and anchors the table on the page
 * @param rubrik   the caption
 * @param kolumner column headings; the first heads the row-name column
 * @param rader    the rows, in order
 */
public record Tabell(String id, String rubrik, List<String> kolumner, List<Rad> rader) implements Block {

    public Tabell {
        kolumner = List.copyOf(kolumner);
        rader = List.copyOf(rader);
    }

    public boolean tom() {
        return rader.isEmpty();
    }

    /** Consecutive rows of the same group, each group its own tbody headed by the group's name. */
    public List<Radgrupp> grupper() {
        List<Radgrupp> grupper = new ArrayList<>();
        for (Rad rad : rader) {
            if (grupper.isEmpty() || !Objects.equals(grupper.get(grupper.size() - 1).rubrik(), rad.grupp())) {
                grupper.add(new Radgrupp(rad.grupp(), new ArrayList<>()));
            }
            grupper.get(grupper.size() - 1).rader().add(rad);
        }
        return grupper;
    }

    /** Rows under a shared heading (null when they have none). */
    public record Radgrupp(String rubrik, List<Rad> rader) {
    }

    /** How a row is styled. */
    public enum Radslag {
        /** An ordinary row. */
        RAD,
        /** A specification ("varav") or breakdown row, indented. */
        SPEC,
        /** A sum, in bold. */
        SUMMA
    }

    /**
     * A row: its name, kind, cells, the footnote numbers of its name, the group it belongs to, and its context: what a
     * sub-row such as "Kvinnor" belongs to, read out by screen readers before the name.
     */
    public record Rad(String namn, Radslag slag, List<Cell> celler, List<Integer> fotnoter, String grupp,
            String kontext) {

        public Rad {
            celler = List.copyOf(celler);
            fotnoter = List.copyOf(fotnoter);
        }

        public Rad(String namn, Radslag slag, List<Cell> celler) {
            this(namn, slag, celler, List.of(), null, null);
        }
    }

    /**
     * A cell: the text as printed, and for a number its exact value and format; a status cell also carries its icon.
     * Text cells have {@code tal} null and format {@link Talformat#TEXT}.
     */
    public record Cell(String text, BigDecimal tal, Talformat format, List<Integer> fotnoter, Status status) {

        public Cell {
            fotnoter = List.copyOf(fotnoter);
        }

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, Talformat.TEXT, List.of(), null);
        }

        /** A number printed by {@link Talformat#text(BigDecimal)}; an empty cell when the value is null. */
        public static Cell tal(BigDecimal tal, Talformat format) {
            return tal == null ? text("") : new Cell(format.text(tal), tal, format, List.of(), null);
        }

        public static Cell status(Status status) {
            return new Cell(status.text(), null, Talformat.TEXT, List.of(), status);
        }

        public Cell medFotnoter(List<Integer> nummer) {
            return new Cell(text, tal, format, nummer, status);
        }

        public boolean arTal() {
            return tal != null;
        }
    }
}
