package org.magicref.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.magicref.records.CatalogueStore;

/** The queries the listings share: date overlap, the document filter, and what a Magic Summary is. */
class DocumentFilterTest {
    private static final Catalogue CATALOGUE = CatalogueStore.readBundled();

    @Test
    void aDateOverlapsBoundsWhenAnyOfItsDaysCanFallWithin() {
        DocumentDate july = DocumentDate.parse("1-12 July 1945");
        assertTrue(july.overlaps(LocalDate.of(1945, 7, 12), null));
        assertFalse(july.overlaps(LocalDate.of(1945, 7, 13), null));
        assertTrue(july.overlaps(null, LocalDate.of(1945, 7, 1)));
        assertFalse(july.overlaps(null, LocalDate.of(1945, 6, 30)));
        assertTrue(july.overlaps(null, null));
        assertEquals(0, july.daysApart(DocumentDate.parse("June-July 1945")));
        assertEquals(3, july.daysApart(DocumentDate.parse("15 July 1945")));
        assertEquals(3, DocumentDate.parse("15 July 1945").daysApart(july));
    }

    @Test
    void theFilterTakesWhatEachCriterionAllowsAndNoUndatedDocumentForADateBound() {
        List<Document> july = CATALOGUE.documents(new DocumentFilter("SRH", null, null, null,
                LocalDate.of(1945, 7, 1), LocalDate.of(1945, 7, 31)));
        assertFalse(july.isEmpty());
        assertTrue(july.stream().allMatch(d -> d.series().equals("SRH") && d.parsedDate() != null));
        assertTrue(july.stream().anyMatch(d -> d.id().toString().equals("SRH-085")));
        List<Document> never = CATALOGUE.documents(new DocumentFilter(null, null, null, false, null, null));
        assertEquals(9, never.size(), "the nine documents of the bibliography that no note cites");
        assertEquals(CATALOGUE.documents().size(), CATALOGUE.documents(DocumentFilter.ALL).size());
        assertEquals(CATALOGUE.documents().size() - 9, CATALOGUE.documents(DocumentFilter.citedOnly(true)).size());
    }

    @Test
    void aMagicSummaryIsADocumentOfSeriesSrs() {
        assertTrue(DocumentId.parse("SRS-1189").isMagicSummary());
        assertFalse(DocumentId.parse("SRH-085").isMagicSummary());
    }
}
