package org.magicref.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.domain.Catalogue;

class CatalogueStoreTest {
    @TempDir
    Path dir;

    private Path copyOfBundled() throws IOException {
        CatalogueStore.write(CatalogueStore.readBundled(), dir, false);
        return dir;
    }

    @Test
    void writesAndReadsBackTheSameRecords() throws IOException {
        Catalogue bundled = CatalogueStore.readBundled();
        copyOfBundled();
        Catalogue read = CatalogueStore.read(dir);
        assertEquals(CatalogueStore.render(bundled), CatalogueStore.render(read));
        String citations = Files.readString(dir.resolve(CatalogueStore.CITATIONS));
        assertTrue(citations.endsWith("]\n"), "trailing newline");
        assertTrue(citations.startsWith("[\n  {\n    \"work\": \"blevins-1996\",\n"), citations.substring(0, 80));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        copyOfBundled();
        Path works = dir.resolve(CatalogueStore.WORKS);
        Files.writeString(works, "[]\n");
        assertThrows(FileAlreadyExistsException.class,
                () -> CatalogueStore.write(CatalogueStore.readBundled(), dir, false));
        assertEquals("[]\n", Files.readString(works), "the user's file is untouched");
        CatalogueStore.write(CatalogueStore.readBundled(), dir, true);
        assertTrue(Files.readString(works).contains("blevins-1996"));
        try (var files = Files.list(dir)) {
            assertEquals(4, files.filter(f -> !f.getFileName().toString().equals(".magicref.lock")).count(),
                    "no temporary, new or commit files are left behind");
        }
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() throws IOException {
        copyOfBundled();
        Files.writeString(dir.resolve(CatalogueStore.DOCUMENTS), "[\n  {\"id\": \"SRH-085\",\n   \"title\": }\n]\n");
        InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class, () -> CatalogueStore.read(dir));
        assertTrue(e.problems().get(0).startsWith("documents.json:3:"), e.problems().toString());
    }

    @Test
    void wrongFieldsNameTheJsonPath() throws IOException {
        copyOfBundled();
        Files.writeString(dir.resolve(CatalogueStore.DOCUMENTS), "[{\"id\": \"SRH-085\", \"title\": \"T\"},\n"
                + " {\"id\": \"not an id\", \"title\": \"T\"}]\n");
        InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class, () -> CatalogueStore.read(dir));
        assertTrue(e.problems().get(0).contains("at $[1].id"), e.problems().toString());
    }

    @Test
    void aCitationGivenTwiceIsNamedOnce() throws IOException {
        copyOfBundled();
        Path file = dir.resolve(CatalogueStore.CITATIONS);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ArrayNode citations = (com.fasterxml.jackson.databind.node.ArrayNode) json.readTree(file.toFile());
        int n = citations.size();
        citations.add(citations.get(3).deepCopy());
        json.writeValue(file.toFile(), citations);
        InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class, () -> CatalogueStore.read(dir));
        String note = citations.get(3).get("note").asText();
        assertEquals(List.of("citations.json at $[" + n + "]: note " + citations.get(3).get("chapter").asText() + "." + note
                + " cites " + citations.get(3).get("document").asText() + " " + citations.get(3).get("pages").asText() + " twice"),
                e.problems().stream().filter(p -> p.contains("twice")).toList(), e.problems().toString());
    }

    /** What recurs from citation to citation (a work, a document, a page) is held once, and the catalogue is the one written. */
    @Test
    void recurringValuesAreHeldOnce() throws IOException {
        copyOfBundled();
        org.magicref.domain.Catalogue read = CatalogueStore.read(dir);
        assertEquals(CatalogueStore.readBundled().citations(), read.citations());
        List<org.magicref.domain.Citation> ofSrh085 = read.citationsOf(org.magicref.domain.DocumentId.parse("SRH-085"));
        assertTrue(ofSrh085.size() > 1, ofSrh085.toString());
        org.magicref.domain.Citation a = ofSrh085.get(0);
        org.magicref.domain.Citation b = ofSrh085.get(1);
        assertSame(a.work(), b.work());
        assertSame(a.document(), b.document());
        java.util.Map<String, org.magicref.domain.PageRef> seen = new java.util.HashMap<>();
        int again = 0;
        for (org.magicref.domain.Citation c : read.citations()) {
            for (org.magicref.domain.PageRef page : c.pageRefs()) {
                org.magicref.domain.PageRef before = page.part() == null ? seen.putIfAbsent(page.page(), page) : null;
                if (before != null) {
                    assertSame(before, page, "page " + page.page());
                    again++;
                }
            }
        }
        assertTrue(again > 10, "pages cited again: " + again);
    }

    /**
     * Records of many batches are checked and grouped by document beside their reading: each
     * document's citations come back in the file's order, a citation's document is the very
     * identifier documents.json gave, and a citation given twice far into the file is still found.
     */
    @Test
    void aLargeFolderIsCheckedAndGroupedBesideItsReading() throws IOException {
        Catalogue made = org.magicref.bench.SyntheticCatalogue.make(20_000, 3);
        CatalogueStore.write(made, dir, false);
        Catalogue read = CatalogueStore.read(dir);
        assertEquals(made.citations(), read.citations());
        java.util.Map<org.magicref.domain.DocumentId, org.magicref.domain.Document> documents = new java.util.HashMap<>();
        read.documents().forEach(d -> documents.put(d.id(), d));
        for (org.magicref.domain.Document d : read.documents()) {
            assertEquals(read.citations().stream().filter(c -> c.document().equals(d.id())).toList(), read.citationsOf(d.id()));
        }
        for (org.magicref.domain.Citation c : read.citations()) {
            assertSame(documents.get(c.document()).id(), c.document());
        }

        Path file = dir.resolve(CatalogueStore.CITATIONS);
        String text = Files.readString(file);
        int last = text.lastIndexOf("\n  {");
        String repeated = text.substring(last + 1, text.lastIndexOf("\n]"));
        Files.writeString(file, text.substring(0, text.lastIndexOf("\n]")) + ",\n" + repeated + "\n]\n");
        InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class, () -> CatalogueStore.read(dir));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("citations.json at $[20000]: note ") && e.problems().get(0).endsWith(" twice"),
                e.problems().toString());
    }

    private static org.magicref.domain.Citation citation(int note, String document, Integer reel, List<String> pages,
                                                         List<Integer> frames) {
        return new org.magicref.domain.Citation("w", "I", note, org.magicref.domain.DocumentId.parse(document), document, null,
                null, "p. " + String.join(", ", pages), pages.stream().map(p -> new org.magicref.domain.PageRef(p, null)).toList(),
                reel, frames, false, document + ".", "passage", 1, null);
    }

    /** Frames that contradict each other, and reels that contradict the document's, are each named. */
    @Test
    void frameContradictionsAreNamed() throws IOException {
        List<org.magicref.domain.Publication> publications = List.of(
                new org.magicref.domain.Publication("framed", "Framed", null, null, null, null, 1989, "microfilm", null, null, null, true),
                new org.magicref.domain.Publication("plain", "Plain", null, null, null, null, 1989, "microfilm", null, null, null, false));
        List<org.magicref.domain.Document> documents = List.of(
                new org.magicref.domain.Document(org.magicref.domain.DocumentId.parse("SRH-001"), "A", null, "framed", 2, null),
                new org.magicref.domain.Document(org.magicref.domain.DocumentId.parse("SRH-002"), "B", null, "framed", 2, null),
                new org.magicref.domain.Document(org.magicref.domain.DocumentId.parse("SRH-003"), "C", null, "plain", 5, null),
                new org.magicref.domain.Document(org.magicref.domain.DocumentId.parse("SRH-004"), "D", null, null, null, null));
        List<org.magicref.domain.Citation> citations = List.of(
                citation(1, "SRH-001", 2, List.of("1"), List.of(101)),
                citation(2, "SRH-002", 2, List.of("3"), List.of(101)),
                citation(3, "SRH-001", null, List.of("2"), List.of(101)),
                citation(4, "SRH-001", 3, List.of("4"), List.of()),
                citation(5, "SRH-003", 5, List.of("1"), List.of(7)),
                citation(6, "SRH-001", 2, List.of("5", "6"), List.of(105)),
                citation(7, "SRH-004", 7, List.of("1"), List.of(9)));
        CatalogueStore.write(new Catalogue(List.of(new org.magicref.domain.Work("w", null, "W", null, null, 1996, null)),
                publications, documents, citations), dir, false);
        InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class, () -> CatalogueStore.read(dir));
        assertEquals(List.of(
                "citations.json at $[1]: note I.2 (SRH-002): fr. 0101 is also cited as SRH-001 p. 1",
                "citations.json at $[2]: note I.3 (SRH-001): fr. 0101 is cited as SRH-001 p. 2 and as SRH-001 p. 1",
                "citations.json at $[3]: note I.4 (SRH-001) puts it on reel 3, documents.json on reel 2",
                "citations.json at $[4]: note I.5 (SRH-003) cites frames, but the reels of plain have no frame numbers",
                "citations.json at $[5]: note I.6 (SRH-001) cites 2 pages but 1 frames"), e.problems());
    }

    @Test
    void listsEveryCrossReferenceProblem() throws IOException {
        copyOfBundled();
        Files.writeString(dir.resolve(CatalogueStore.DOCUMENTS), "[{\"id\": \"SRH-085\", \"title\": \"A\"},"
                + " {\"id\": \"srh85\", \"title\": \"B\", \"publication\": \"nowhere\"}]\n");
        InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class, () -> CatalogueStore.read(dir));
        List<String> p = e.problems();
        assertTrue(p.contains("documents.json: identifier SRH-085 occurs more than once"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("names unknown publication 'nowhere'")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("note V.1 cites SRH-071, which documents.json does not hold")), p.toString());
        assertTrue(e.getMessage().contains("more problems"), e.getMessage());
    }

    @Test
    void refusesDeeplyNestedFilesCleanly() throws IOException {
        copyOfBundled();
        Files.writeString(dir.resolve(CatalogueStore.WORKS), "[".repeat(5000) + "]".repeat(5000), StandardCharsets.UTF_8);
        InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class, () -> CatalogueStore.read(dir));
        assertTrue(e.problems().get(0).startsWith("works.json"), e.problems().toString());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        copyOfBundled();
        Files.delete(dir.resolve(CatalogueStore.CITATIONS));
        InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class, () -> CatalogueStore.read(dir));
        assertTrue(e.getMessage().contains("citations.json: missing"), e.getMessage());
    }
}
