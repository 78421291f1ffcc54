package org.magicref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentId;
import org.magicref.records.CatalogueStore;

/** Citations in the formats that keep italics when pasted: the publication's title set in italics, the rest escaped. */
class MarkupTest {
    private static final Catalogue CATALOGUE = CatalogueStore.readBundled();
    private static final Reference SRH_085 = new ReferenceParser(CATALOGUE).of(DocumentId.parse("SRH-085"), "7", null);

    @Test
    void theHouseStylesPublicationTitleIsInItalicsInEveryFormatButText() {
        Citer house = new Citer(CATALOGUE, Styles.HOUSE);
        String text = house.cite(SRH_085, Form.FULL, Markup.TEXT);
        assertEquals(house.cite(SRH_085, Form.FULL), text, "plain text is the house style as it was");
        String title = "Top Secret Studies on U.S. Communications Intelligence during World War II";
        assertEquals(text.replace(title, "<i>" + title + "</i>"), house.cite(SRH_085, Form.FULL, Markup.HTML));
        assertEquals(text.replace(title, "*" + title + "*"), house.cite(SRH_085, Form.FULL, Markup.MARKDOWN));
        assertEquals("{\\rtf1\\ansi\\deff0 " + text.replace(title, "{\\i " + title + "}") + "}",
                house.cite(SRH_085, Form.FULL, Markup.RTF));
        assertTrue(house.cite(SRH_085, Form.BIB, Markup.HTML).contains("<i>" + title + "</i>. pt. 1"));
    }

    @Test
    void eachFormatEscapesWhatItMustAndNothingElse() {
        String marked = "A & B <c> {d} \\e *f* \u00e9 " + Markup.italic("Title");
        assertEquals("A &amp; B &lt;c&gt; {d} \\e *f* \u00e9 <i>Title</i>", Markup.HTML.render(marked));
        assertEquals("A & B \\<c\\> {d} \\\\e \\*f\\* \u00e9 *Title*", Markup.MARKDOWN.render(marked));
        assertEquals("{\\rtf1\\ansi\\deff0 A & B <c> \\{d\\} \\\\e *f* \\u233? {\\i Title}}", Markup.RTF.render(marked));
        assertEquals("A & B <c> {d} \\e *f* \u00e9 Title", Markup.TEXT.render(marked));
    }

    @Test
    void aCslStylesHtmlItalicsBecomeMarks() {
        assertEquals("In " + Markup.italic("Book") + ", \"x\" & y", Markup.fromHtml("<div class=\"csl-entry\">In <i>Book</i>, "
                + "&#34;x&#34; &amp; y</div>"));
    }

    @Test
    void aBibliographyIsOneDocumentOfParagraphs() {
        List<String> paragraphs = List.of("Heading " + Markup.italic("Series") + ".", "SRH-085 Entry.");
        assertEquals("<p>Heading <i>Series</i>.</p>\n<p>SRH-085 Entry.</p>", Markup.HTML.document(paragraphs));
        assertEquals("{\\rtf1\\ansi\\deff0 Heading {\\i Series}.\\par\\par\nSRH-085 Entry.}", Markup.RTF.document(paragraphs));
        assertEquals("Heading *Series*.\n\nSRH-085 Entry.", Markup.MARKDOWN.document(paragraphs));
        String html = Bibliography.formatted(CATALOGUE, CATALOGUE.documents(), Styles.HOUSE, Markup.HTML);
        assertTrue(html.contains("<p>U.S. National Archives and Records Administration, Washington, D.C. Record Group 457, Records "
                + "of the National Security Agency/Central Security Service. <i>Intercepted Japanese Messages: Operation Magic, "
                + "1938-1945</i>. Wilmington, DE: Michael Glazier, 1989.</p>"), html);
        assertTrue(html.contains("<p>SRS-1189 Magic Summary, 23 January 1944.</p>"), html);
    }
}
