package org.magicref.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsByDocumentTest {
    private static final Document ONE = new Document(DocumentId.parse("SRH-001"), "One", null, null, null, null);
    private static final Document TWO = new Document(DocumentId.parse("SRH-002"), "Two", null, null, null, null);

    private static Citation citation(Document d, int note) {
        return new Citation("w", "I", note, d.id(), d.id() + ", p. 3", null, null, "p. 3",
                List.of(new PageRef("3", null)), null, List.of(), false, "note", "passage", 1, null);
    }

    @Test
    void aCatalogueAnswersTheSameFromAGroupingMadeAsItsCitationsWereRead() {
        List<Citation> citations = List.of(citation(ONE, 1), citation(TWO, 2), citation(ONE, 3));
        CitationsByDocument grouped = new CitationsByDocument();
        citations.forEach(grouped::add);
        Catalogue given = new Catalogue(List.of(), List.of(), List.of(ONE, TWO), citations, grouped);
        Catalogue built = new Catalogue(List.of(), List.of(), List.of(ONE, TWO), citations);
        for (Catalogue c : List.of(given, built)) {
            assertEquals(List.of(citations.get(0), citations.get(2)), c.citationsOf(ONE.id()));
            assertEquals(List.of(citations.get(1)), c.citationsOf(TWO.id()));
            assertEquals(List.of(), c.citationsOf(DocumentId.parse("SRH-003")));
            assertTrue(c.isCited(TWO.id()));
            assertFalse(c.isCited(DocumentId.parse("SRH-003")));
        }
    }

    @Test
    void aGroupingOfOtherCitationsIsRefused() {
        CitationsByDocument grouped = new CitationsByDocument();
        grouped.add(citation(ONE, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Catalogue(List.of(), List.of(), List.of(ONE, TWO), List.of(citation(ONE, 1), citation(TWO, 2)), grouped));
        assertEquals("1 citations grouped by document, 2 given", e.getMessage());
    }
}
