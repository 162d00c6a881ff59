package se.malbild.dokument;

import org.springframework.stereotype.Component;

/** Renders a {@link Dokument} as the HTML of its body: headings, table of contents, tables, charts, footnotes. */
@Component
public class DokumentHtml {

    /** The document's HTML, without page frame; safe to insert into a page as is. */
    public String fragment(Dokument dokument) {
        throw new UnsupportedOperationException("Inte byggt ännu");
    }
}
