package org.magicref.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.records.CatalogueMerge;
import org.magicref.records.CatalogueStore;

/** Writes that fail half way leave the old file whole; merges keep what the user wrote. */
class NothingLostTest {
    @TempDir
    Path dir;

    @Test
    void anInterruptedWriteLeavesTheOriginalWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("magic.bib"), "the user's own file\n");
        IOException e = assertThrows(IOException.class, () -> CatalogueStore.writeAtomically(target, w -> {
            w.write("@misc{SRH-085, title = {half a recor");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("the user's own file\n", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no partial file is left behind");
        }
    }

    @Test
    void aWriteThatCannotBeMovedIntoPlaceLeavesNothingBehind() throws IOException {
        Path target = Files.createDirectories(dir.resolve("records.json"));
        Files.writeString(target.resolve("keep"), "x");
        assertThrows(IOException.class, () -> CatalogueStore.writeAtomically(target, "new text"));
        assertEquals("x", Files.readString(target.resolve("keep")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aMergeKeepsCorrectionsAndAdditionsAndReportsConflicts() {
        Catalogue imported = CatalogueStore.readBundled();
        List<Document> mine = new ArrayList<>(imported.documents());
        Document original = mine.get(0);
        mine.set(0, new Document(original.id(), original.title() + " (corrected)", original.date(), original.publication(),
                original.reel(), original.bibliography()));
        mine.add(new Document(DocumentId.parse("SRH-999"), "My addition", null, null, null, null));
        Catalogue existing = new Catalogue(imported.works(), imported.publications(), mine, imported.citations());
        CatalogueMerge.Result r = CatalogueMerge.merge(existing, imported);
        assertEquals(original.title() + " (corrected)", r.catalogue().require(original.id()).title());
        assertEquals("My addition", r.catalogue().require("SRH-999").title());
        assertEquals(1, r.conflicts().size());
        assertTrue(r.conflicts().get(0).startsWith("documents.json SRH-018: differs in title (yours: "), r.conflicts().get(0));
        assertEquals(1, r.keptOwn());
        assertEquals(0, r.added());
        assertEquals(85, r.catalogue().citations().size());
    }

    @Test
    void aMergeIntoAnEmptyCatalogueAddsEverything() {
        Catalogue imported = CatalogueStore.readBundled();
        CatalogueMerge.Result r = CatalogueMerge.merge(new Catalogue(List.of(), List.of(), List.of(), List.of()), imported);
        assertEquals(1 + 3 + 46 + 85, r.added());
        assertEquals(CatalogueStore.render(imported), CatalogueStore.render(r.catalogue()));
    }
}
