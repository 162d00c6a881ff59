package se.malbild.dokument;

import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles and list numbering of the Word export. A blank POI document has no styles, so Word's built-in ones are
 * defined here under their built-in names ("heading 1", "Title", "caption", "Table Grid"): Word then treats the
 * headings as its own, and the navigation pane and an inserted table of contents work. The text is Swedish (sv-SE)
 * in Arial, metric-compatible with the Liberation Sans of the PDF.
 */
final class WordStilar {

    static final String NORMAL = "Normal";
    static final String TITEL = "Title";
    static final String UNDERTITEL = "Subtitle";
    static final String BILDTEXT = "Caption";
    static final String LISTA = "ListParagraph";
    static final String TABELL = "TableGrid";
    static final String SIDFOT = "Footer";
    static final String SIDHUVUD = "Header";
    static final int RUBRIKNIVAER = 6;

    /** The list numbering: bullets, and decimals for the footnotes. */
    static final int PUNKTER = 1;
    static final int NUMRERAD = 2;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordStilar() {
    }

    static String rubrik(int niva) {
        return "Heading" + Math.max(1, Math.min(RUBRIKNIVAER, niva));
    }

    static CTStyles stilar() {
        StringBuilder xml = new StringBuilder("""
                <w:styles xmlns:w="%s">
                  <w:docDefaults>
                    <w:rPrDefault><w:rPr>
                      <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>
                      <w:sz w:val="21"/><w:szCs w:val="21"/>
                      <w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="ar-SA"/>
                    </w:rPr></w:rPrDefault>
                    <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
                  </w:docDefaults>
                  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
                  <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
                    <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Title">
                    <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>
                    <w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Subtitle">
                    <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
                    <w:pPr><w:spacing w:after="360"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>
                  </w:style>
                """.formatted(W));
        int[] storlek = {32, 28, 24, 22, 21, 21};
        for (int niva = 1; niva <= RUBRIKNIVAER; niva++) {
            xml.append("""
                      <w:style w:type="paragraph" w:styleId="Heading%1$d">
                        <w:name w:val="heading %1$d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
                        <w:uiPriority w:val="9"/>%4$s<w:qFormat/>
                        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="%3$d" w:after="120"/><w:outlineLvl w:val="%2$d"/></w:pPr>
                        <w:rPr><w:b/>%5$s<w:sz w:val="%6$d"/><w:szCs w:val="%6$d"/></w:rPr>
                      </w:style>
                    """.formatted(niva, niva - 1, niva == 1 ? 360 : 240, niva == 1 ? "" : "<w:unhideWhenUsed/>",
                    niva >= 5 ? "<w:i/>" : "", storlek[niva - 1]));
        }
        xml.append("""
                  <w:style w:type="paragraph" w:styleId="Caption">
                    <w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/>
                    <w:unhideWhenUsed/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/></w:pPr><w:rPr><w:b/></w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="ListParagraph">
                    <w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>
                    <w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Header">
                    <w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                    <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Footer">
                    <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
                    <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
                  </w:style>
                  <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                    <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
                    <w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
                      <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
                        <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
                  </w:style>
                  <w:style w:type="table" w:styleId="TableGrid">
                    <w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>
                    <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                    <w:tblPr><w:tblBorders>
                      <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                    </w:tblBorders></w:tblPr>
                  </w:style>
                </w:styles>
                """);
        try {
            return StylesDocument.Factory.parse(xml.toString()).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("Word-stilarna går inte att läsa", e);
        }
    }

    /** Bullets ({@link #PUNKTER}) and a decimal list starting at {@code forstaNummer} ({@link #NUMRERAD}). */
    static CTNumbering numrering(int forstaNummer) {
        String xml = """
                <w:numbering xmlns:w="%s">
                  <w:abstractNum w:abstractNumId="0">
                    <w:multiLevelType w:val="singleLevel"/>
                    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>
                      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>
                      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>
                  </w:abstractNum>
                  <w:abstractNum w:abstractNumId="1">
                    <w:multiLevelType w:val="singleLevel"/>
                    <w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>
                      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
                  </w:abstractNum>
                  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
                  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
                </w:numbering>
                """.formatted(W, forstaNummer);
        try {
            return NumberingDocument.Factory.parse(xml).getNumbering();
        } catch (XmlException e) {
            throw new IllegalStateException("Word-numreringen går inte att läsa", e);
        }
    }
}
