package org.magicref.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.records.CatalogueStore;

class XrefAndTimelineTest {
    private static final Catalogue CATALOGUE = CatalogueStore.readBundled();

    private static Map<String, List<String>> xref(String id, int days) {
        return new CrossReference(CATALOGUE).of(DocumentId.parse(id), days).stream().collect(Collectors.toMap(
                CrossReference.Group::kind, g -> g.entries().stream().map(e -> e.document().toString()).toList()));
    }

    @Test
    void groupsForAStudy() {
        Map<String, List<String>> x = xref("SRH-085", 7);
        assertEquals(List.of("SRH-086"), x.get("same-note"));
        assertEquals(List.of("SRH-079", "SRH-086"), x.get("same-paragraph"));
        assertEquals(List.of("SRH-084", "SRH-086"), x.get("reel"));
        assertEquals(List.of("SRH-096", "SRH-084", "SRH-086"), x.get("dated"));
        assertEquals(List.of("SRH-078", "SRH-079", "SRH-084", "SRH-086", "SRH-088"), x.get("family"));
        assertTrue(x.get("argument").containsAll(List.of("SRH-079", "SRH-078", "SRH-084", "SRH-086", "SRS-1746")));
    }

    @Test
    void groupsForASummary() {
        Map<String, List<String>> x = xref("SRS-1755", 2);
        assertEquals(List.of("SRS-1746", "SRS-1756"), x.get("reel"));
        assertEquals(List.of("SRS-1753", "SRS-1756"), x.get("dated"));
        assertEquals(List.of(), x.get("family"));
    }

    @Test
    void everyDocumentHasACrossReference() {
        for (Document d : CATALOGUE.documents()) {
            assertEquals(6, new CrossReference(CATALOGUE).of(d.id(), 7).size(), d.id().toString());
        }
    }

    /** The chart's counts, each summed by hand from the notes. */
    @Test
    void citationsPerMonth() {
        Timeline t = Timeline.of(CATALOGUE, null, null, null);
        assertEquals(45, t.entries().size());
        assertEquals(1, t.undated());
        Map<YearMonth, Integer> m = t.citationsPerMonth();
        assertEquals(3, m.get(YearMonth.of(1942, 4)));     // SRS-0578 (IV.4), SRS-0582 (IV.5, IV.6)
        assertEquals(5, m.get(YearMonth.of(1944, 1)));     // SRS-1189: IV.29, 30, 31, 32, 35
        assertEquals(11, m.get(YearMonth.of(1945, 4)));    // SRH-071
        assertEquals(8, m.get(YearMonth.of(1945, 8)));     // SRS-1746 (2), 1755 (2), 1756, 1759, 1760, SRH-090
        assertEquals(85, m.values().stream().mapToInt(Integer::intValue).sum());
        Timeline srh1945 = Timeline.of(CATALOGUE, LocalDate.of(1945, 1, 1), LocalDate.of(1945, 12, 31), "SRH");
        assertEquals("SRH-068", srh1945.entries().get(0).document().id().toString());
    }
}
