package org.magicref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.records.CatalogueStore;

class CslRendererTest {
    private static final Catalogue CATALOGUE = CatalogueStore.readBundled();

    @ParameterizedTest
    @ValueSource(strings = {"chicago-fullnote-bibliography", "turabian-fullnote-bibliography",
        "modern-language-association", "apa"})
    void rendersEveryDocumentWithItsIdentifierIntact(String style) {
        List<Document> docs = CATALOGUE.documents();
        CslRenderer r = CslRenderer.create(CATALOGUE, docs, style);
        List<String> bibliography = r.bibliography();
        assertEquals(docs.size(), bibliography.size());
        for (Document d : docs) {
            assertTrue(bibliography.stream().anyMatch(e -> e.contains(d.id().toString())), style + ": " + d.id());
            String note = r.cite(new ReferenceParser(CATALOGUE).of(d.id(), "1", null));
            assertFalse(note.isBlank(), style + ": " + d.id());
        }
        assertTrue(bibliography.stream().noneMatch(e -> e.contains("SRH\u2013") || e.contains("SRS\u2013")),
                style + ": an identifier's hyphen became an en dash");
    }

    @Test
    void chicagoNoteForAStudyHasEveryPartInOrder() {
        CslRenderer r = CslRenderer.create(CATALOGUE, List.of(CATALOGUE.require("SRH-085")), "chicago-fullnote-bibliography");
        String note = r.cite(new ReferenceParser(CATALOGUE).parse("SRH-085:7"));
        assertInOrder(note, "\u201cRusso-Japanese Relations, 13-20 July 1945,\u201d", "SRH-085",
                "Top Secret Studies on U.S. Communications Intelligence during World War II",
                "Bethesda, MD", "University Publications of America", "1989", "7", "0800", "9",
                "National Archives", "Record Group 457", "Washington, D.C.");
    }

    /** Each part appears in the text, each after the one before. */
    static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "'" + part + "' after position " + from + " in: " + text);
            from = at + part.length();
        }
    }

    @Test
    void dependentStylesAndMistypedNames() {
        assertEquals("dependent/annals-of-anatomy", CslRenderer.resolve("annals-of-anatomy"));
        assertFalse(CslRenderer.create(CATALOGUE, List.of(CATALOGUE.require("SRH-070")), "annals-of-anatomy")
                .bibliography().get(0).isBlank());
        assertEquals("modern-language-association", CslRenderer.resolve("mla"));
        assertEquals("chicago-fullnote-bibliography", CslRenderer.resolve("Chicago"));
        UnknownStyleException e = assertThrows(UnknownStyleException.class, () -> CslRenderer.resolve("chicgo"));
        assertTrue(e.getMessage().contains("did you mean chicago-"), e.getMessage());
        assertTrue(CslRenderer.styles().contains("apa"));
    }
}
