package org.magicref.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Passages found in small made-up chapters that have the thesis's layout. */
class PassageFinderTest {

    private static Map<String, String> passages(String chapterText) {
        Map<String, String> out = new java.util.HashMap<>();
        PassageFinder.passages(ThesisLayout.of(Paragraph.split("CHAPTER II\n\nTITLE\n\n" + chapterText)).body)
                .forEach((k, v) -> out.put(k, v.text()));
        return out;
    }

    @Test
    void passageRunsFromThePreviousMarkerOfTheParagraph() {
        Map<String, String> p = passages("One thing happened.\u00b9 Another thing happened.\u00b2\n\n"
                + "\u00b9Note one.\n\n\u00b2Note two.\n");
        assertEquals("One thing happened.", p.get("II.1"));
        assertEquals("Another thing happened.", p.get("II.2"));
    }

    @Test
    void rejoinsAParagraphBrokenByFootnotesAndAHyphenatedWord() {
        Map<String, String> p = passages("The talks were in the Soviet-\n\n\u00b9Note.\n\nJapanese capital. More-\n\n"
                + "\u00b2Other note.\n\nover, they failed.\u00b3\n\n\u00b3Third.\n");
        assertEquals("The talks were in the Soviet-Japanese capital. Moreover, they failed.", p.get("II.3"));
    }

    @Test
    void rejoinsAcrossAFigure() {
        Map<String, String> p = passages("The troops went to the\n\nFigure 1\n\nMap of the area\n\nSource: Someone, 12.\n\n"
                + "border on 3 May.\u00b9\n\n\u00b9A note.\n");
        assertEquals("The troops went to the border on 3 May.", p.get("II.1"));
    }

    @Test
    void aMarkerClosingABlockQuotationTakesTheWholeQuotation() {
        Map<String, String> p = passages("Earlier.\u00b9 Molotov read the following statement:\n\n"
                + "The first paragraph of the statement.\n\nThe second, which ends it.\u00b2\n\n"
                + "Taken aback, Sato replied.\u00b3\n\n\u00b9a\n\n\u00b2b\n\n\u00b3c\n");
        assertEquals("The first paragraph of the statement. The second, which ends it.", p.get("II.2"));
        assertEquals("Taken aback, Sato replied.", p.get("II.3"));
    }

    @Test
    void aFootnoteThatRunsOnIsNotBodyText() {
        ThesisLayout layout = ThesisLayout.of(Paragraph.split("CHAPTER IV\n\nTITLE\n\nBody one.\u00b9\n\n"
                + "\u00b9Boyd, 19-21. Germany gave every indication in 1941\n\nBody two continues.\u00b2\n\n"
                + "that a war was inevitable.\n\n\u00b2Lensen, 81.\n"));
        assertEquals("Boyd, 19-21. Germany gave every indication in 1941 that a war was inevitable.",
                layout.notes.get(0).text());
        assertEquals("Body two continues.", PassageFinder.passages(layout.body).get("IV.2").text());
        assertEquals(2, PassageFinder.passages(layout.body).get("IV.2").paragraph());
    }
}
