package org.magicref.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Locator;
import org.magicref.domain.Publication;
import org.magicref.records.CatalogueStore;

/** Each rule on a small hand-made catalogue that triggers it and one that does not, then the thesis. */
class AuditTest {
    private static final Publication MAGIC = new Publication("magic", "Magic", null, null, "P, ST", "Pub", 1989,
            "microfilm", "Archive", "Here", "RG 457", false);
    private static final Publication STUDIES = new Publication("studies", "Studies", null, null, "P, ST", "Pub", 1989,
            "microfilm", "Archive", "Here", "RG 457", true);

    private static Document summary(String id, String date) {
        return new Document(DocumentId.parse(id), "Magic Summary", date, "magic", 1, id + " Magic Summary, " + date + ".");
    }

    private static Document study(String id, String bibliography) {
        return new Document(DocumentId.parse(id), "Study", "1 May 1945", "studies", 9, bibliography);
    }

    private static Citation cite(String id, String chapter, int note, String title, String date, String pages, String frames,
                                 boolean ibid, String noteText) {
        Locator l = Locator.parse(", " + pages + (frames == null ? "" : ", reel 9, frs. " + frames));
        String cited = noteText.replaceAll("\\.$", "");
        return new Citation("w", chapter, note, DocumentId.parse(id), cited, title, date, l.pages(), l.pageRefs(), 9,
                l.frames(), ibid, noteText, "passage", 1, null);
    }

    private static List<String> codes(List<Document> docs, List<Citation> cites) {
        return new Audit(new Catalogue(List.of(), List.of(MAGIC, STUDIES), docs, cites), Audit.SourceLines.NONE).run()
                .stream().map(Finding::code).toList();
    }

    @Test
    void noteDateAgainstBibliography() {
        Document d = summary("SRS-0100", "2 May 1944");
        assertEquals(List.of(Audit.DATE_MISMATCH), codes(List.of(d),
                List.of(cite("SRS-0100", "I", 1, "Magic Summary, May 3, 1944", null, "p. 1", null, false, "x."))));
        assertEquals(List.of(), codes(List.of(d),
                List.of(cite("SRS-0100", "I", 1, "Magic Summary, May 2, 1944", null, "p. 1", null, false, "x."))));
        Document before = summary("SRS-0099", "1 May 1944");
        assertEquals(List.of(Audit.DATE_MISMATCH, Audit.SUMMARY_OFFSET), codes(List.of(before, d), List.of(
                cite("SRS-0099", "I", 1, "Magic Summary, May 1, 1944", null, "p. 1", null, false, "x."),
                cite("SRS-0100", "I", 2, null, "May 1, 1944", "p. 1", null, true, "y."))));
    }

    @Test
    void summaryNumbersCannotOutrunTheCalendar() {
        List<Document> fast = List.of(summary("SRS-0100", "1 May 1944"), summary("SRS-0105", "4 May 1944"));
        List<Citation> cites = List.of(cite("SRS-0100", "I", 1, null, null, "p. 1", null, false, "a."),
                cite("SRS-0105", "I", 3, null, null, "p. 1", null, false, "b."));
        assertEquals(List.of(Audit.SUMMARY_NUMBERING, Audit.SUMMARY_OFFSET), codes(fast, cites));
        List<Document> fine = List.of(summary("SRS-0100", "1 May 1944"), summary("SRS-0105", "9 May 1944"));
        assertEquals(List.of(Audit.SUMMARY_OFFSET), codes(fine, cites));
    }

    @Test
    void pagesAndFramesThatDoNotFit() {
        Document d = study("SRH-001", "SRH-001 Study.");
        assertEquals(List.of(Audit.PAGE_FRAME), codes(List.of(d), List.of(
                cite("SRH-001", "I", 1, "Study", null, "pp. 1, 5", "0100, 0105", false, "a."))));
        assertEquals(List.of(Audit.DUPLICATE_PAGE), codes(List.of(d), List.of(
                cite("SRH-001", "I", 1, "Study", null, "p. 5", "0104", false, "a."),
                cite("SRH-001", "I", 3, "Study", null, "p. 5", "0105", false, "b."))));
        assertEquals(List.of(), codes(List.of(d), List.of(
                cite("SRH-001", "I", 1, "Study", null, "pp. 1, 5", "0100, 0104", false, "a."))));
    }

    @Test
    void bibliographyAgainstNotes() {
        Document listed = study("SRH-001", "SRH-001 Study.");
        Document unlisted = study("SRH-002", null);
        assertEquals(List.of(Audit.NEVER_CITED, Audit.NOT_IN_BIBLIOGRAPHY), codes(List.of(listed, unlisted), List.of(
                cite("SRH-002", "I", 1, "Study", null, "p. 1", null, false, "a."))));
        assertEquals(List.of(), codes(List.of(listed), List.of(cite("SRH-001", "I", 1, "Study", null, "p. 1", null, false, "a."))));
    }

    @Test
    void ibidNeedsOneClearAntecedent() {
        Document a = study("SRH-001", "SRH-001 Study.");
        Document b = study("SRH-002", "SRH-002 Study.");
        assertEquals(List.of(Audit.IBID_ANTECEDENT), codes(List.of(a), List.of(
                cite("SRH-001", "I", 1, "Study", null, "p. 1", null, false, "SRH-001, p. 1."),
                cite("SRH-001", "I", 3, null, null, "p. 2", null, true, "Ibid., p. 2."))));
        assertEquals(List.of(Audit.IBID_ANTECEDENT), codes(List.of(a, b), List.of(
                cite("SRH-001", "I", 1, "Study", null, "p. 1", null, false, "SRH-001, p. 1."),
                cite("SRH-002", "I", 1, "Study", null, "p. 1", null, false, "SRH-002, p. 1."),
                cite("SRH-001", "I", 2, null, null, "p. 2", null, true, "Ibid., p. 2."))));
        assertEquals(List.of(), codes(List.of(a), List.of(
                cite("SRH-001", "I", 1, "Study", null, "p. 1", null, false, "SRH-001, p. 1."),
                cite("SRH-001", "I", 2, null, null, "p. 2", null, true, "Ibid., p. 2."))));
    }

    /** Every inconsistency of these kinds in the thesis, each traced to its notes or bibliography entries. */
    @Test
    void theThesis() {
        List<Finding> findings = new Audit(CatalogueStore.readBundled(), Audit.SourceLines.NONE).run();
        Map<String, List<String>> byCode = new TreeMap<>();
        findings.forEach(f -> byCode.computeIfAbsent(f.code(), k -> new ArrayList<>())
                .add(String.join(" ", f.documents()) + (f.notes().isEmpty() ? "" : " " + String.join(" ", f.notes()))));
        assertEquals(Map.of(
                Audit.DATE_MISMATCH, List.of("SRS-1497 IV.28"),
                Audit.SUMMARY_NUMBERING, List.of("SRS-0838 SRS-0859", "SRS-1257 SRS-1435"),
                Audit.SUMMARY_OFFSET, List.of("SRS-0578 SRS-1760"),
                Audit.PAGE_FRAME, List.of("SRH-068 IV.22"),
                Audit.DUPLICATE_PAGE, List.of("SRH-079 V.36 V.37"),
                Audit.NOTE_PAGE, List.of("SRH-079 V.10 V.11"),
                Audit.NEVER_CITED, List.of("SRH-040", "SRH-073", "SRH-075", "SRH-088", "SRH-092", "SRH-096",
                        "SRS-1748", "SRS-1750", "SRS-1753")), byCode);
        String offset = findings.stream().filter(f -> f.code().equals(Audit.SUMMARY_OFFSET)).findFirst().orElseThrow().explanation();
        assertTrue(offset.contains("shifts by 30 days"), offset);
        assertEquals(14, findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count());
        assertTrue(findings.stream().collect(Collectors.toMap(Finding::code, Finding::explanation, (x, y) -> x))
                .get(Audit.DATE_MISMATCH).contains("SRS-1494 (22 November 1944) leaves no room"));
    }
}
