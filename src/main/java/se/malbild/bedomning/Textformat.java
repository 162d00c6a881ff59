package se.malbild.bedomning;

import java.util.ArrayList;
import java.util.List;

/**
 * The simple formatting of a report text, read from plain text: paragraphs separated by a blank line, and bullet lists
 * of lines starting with "- " (or "• ", "● ", "* "). Lines without a blank line between them belong to the same
 * paragraph or bullet and are joined with a space, so text pasted from a document with its line wrapping reads as
 * written. Nothing else is interpreted: the blocks are plain text for the template to print with {@code th:text}.
 */
public final class Textformat {

    /** A paragraph ({@code stycke}) or a bullet list ({@code punkter}); exactly one is set. */
    public record Block(String stycke, List<String> punkter) {

        public Block {
            punkter = punkter == null ? null : List.copyOf(punkter);
        }

        public boolean isLista() {
            return punkter != null;
        }
    }

    private Textformat() {
    }

    public static List<Block> block(String skrivet) {
        List<Block> block = new ArrayList<>();
        String text = Textregler.text(skrivet);
        if (text == null) {
            return block;
        }
        StringBuilder stycke = null;
        List<String> punkter = null;
        for (String rad : text.split("\n")) {
            if (rad.isBlank()) {
                avsluta(block, stycke, punkter);
                stycke = null;
                punkter = null;
            } else if (Textregler.arPunkt(rad)) {
                if (stycke != null) {
                    avsluta(block, stycke, null);
                    stycke = null;
                }
                if (punkter == null) {
                    punkter = new ArrayList<>();
                }
                punkter.add(Textregler.utanPunkttecken(rad));
            } else if (punkter != null) {
                int sista = punkter.size() - 1;
                punkter.set(sista, (punkter.get(sista) + " " + rad.strip()).strip());
            } else if (stycke == null) {
                stycke = new StringBuilder(rad.strip());
            } else {
                stycke.append(' ').append(rad.strip());
            }
        }
        avsluta(block, stycke, punkter);
        return block;
    }

    private static void avsluta(List<Block> block, StringBuilder stycke, List<String> punkter) {
        if (stycke != null) {
            block.add(new Block(stycke.toString(), null));
        }
        if (punkter != null) {
            List<String> ifyllda = punkter.stream().filter(p -> !p.isEmpty()).toList();
            if (!ifyllda.isEmpty()) {
                block.add(new Block(null, ifyllda));
            }
        }
    }
}
