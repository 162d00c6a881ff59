package se.malbild.bedomning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.malbild.bedomning.Textformat.Block;

class TextformatTest {

    @Test
    void aBlankLineSeparatesParagraphs() {
        assertThat(Textformat.block("Första stycket.\n\nAndra stycket."))
                .containsExactly(stycke("Första stycket."), stycke("Andra stycket."));
    }

    @Test
    void linesStartingWithADashBecomeOneBulletList() {
        assertThat(Textformat.block("Genomfört:\n- handlingsplan\n- riktlinjer\n\nSlut."))
                .containsExactly(stycke("Genomfört:"), lista("handlingsplan", "riktlinjer"), stycke("Slut."));
    }

    @Test
    void wrappedLinesPastedFromADocumentStayInTheirParagraphOrBullet() {
        assertThat(Textformat.block("Nämnden räknar med\nett resultat i nivå med budget.\n● Arena Arbetsmarknad\nbreddinförs i höst"))
                .containsExactly(stycke("Nämnden räknar med ett resultat i nivå med budget."),
                        lista("Arena Arbetsmarknad breddinförs i höst"));
    }

    @Test
    void windowsLineBreaksAndExtraBlankLinesAreTheSame() {
        assertThat(Textformat.block("\r\n  Ett.\r\n\r\n\r\n- två\r\n")).containsExactly(stycke("Ett."), lista("två"));
    }

    @Test
    void aNegativeNumberFirstOnALineIsNotABullet() {
        assertThat(Textformat.block("-4 400 tkr mot budget")).containsExactly(stycke("-4 400 tkr mot budget"));
    }

    @Test
    void markupIsKeptAsPlainTextForTheTemplateToEscape() {
        assertThat(Textformat.block("<script>alert(1)</script>\n- <b>fet</b>"))
                .containsExactly(stycke("<script>alert(1)</script>"), lista("<b>fet</b>"));
    }

    @Test
    void nothingWrittenGivesNoBlocks() {
        assertThat(Textformat.block(null)).isEmpty();
        assertThat(Textformat.block(" \n \n")).isEmpty();
    }

    private static Block stycke(String text) {
        return new Block(text, null);
    }

    private static Block lista(String... punkter) {
        return new Block(null, List.of(punkter));
    }
}
