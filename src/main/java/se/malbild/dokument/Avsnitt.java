package se.malbild.dokument;

import java.util.List;

/**
 * A section: a heading, its content and its subsections. The heading level follows the depth (top level h2).
 *
 * @param id        the fragment id of the heading, unique in the document ("ekonomi", "mal-3")
 * @param rubrik    the heading text
 * @param fotnoter  footnote numbers of the heading
 * @param block     the content under the heading, in order
 * @param underavsnitt subsections, after the content
 */
public record Avsnitt(String id, String rubrik, List<Integer> fotnoter, List<Block> block, List<Avsnitt> underavsnitt) {

    public Avsnitt {
        fotnoter = List.copyOf(fotnoter);
        block = List.copyOf(block);
        underavsnitt = List.copyOf(underavsnitt);
    }

    public Avsnitt(String id, String rubrik, List<Block> block) {
        this(id, rubrik, List.of(), block, List.of());
    }

    public Avsnitt(String id, String rubrik, List<Block> block, List<Avsnitt> underavsnitt) {
        this(id, rubrik, List.of(), block, underavsnitt);
    }
}
