package org.magicref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.importer.Thesis;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;

/** --records, import, and what happens with bad records or files. */
class RecordsAndImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void recordsOptionPointsAtAnotherCatalogue() throws IOException {
        CatalogueStore.write(CatalogueStore.readBundled(), dir, false);
        Run r = Run.of("show", "SRH-070", "--records", dir.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void environmentVariablePointsAtAnotherCatalogue() {
        Run r = Run.with(new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read,
                name -> name.equals(CatalogueSource.ENV) ? dir.resolve("nowhere").toString() : null), "show", "SRH-070");
        assertEquals(ExitCodes.IO, r.code());
        assertTrue(r.err().startsWith("magicref: ") && r.err().contains("nowhere"), r.err());
    }

    @Test
    void invalidRecordsAreRefusedWithOneLine() throws IOException {
        CatalogueStore.write(CatalogueStore.readBundled(), dir, false);
        Files.writeString(dir.resolve("works.json"), "[{\"id\": }]");
        Run r = Run.of("list", "--records", dir.toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("magicref: invalid catalogue " + dir + ": works.json:1:"), r.err());
    }

    @Test
    void importWritesTheCatalogueAndNeverOverwritesWithoutForce() throws IOException {
        Path thesis = Thesis.path();
        Run first = Run.of("import", thesis.toString(), "--out", dir.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("imported blevins-1996: 46 documents (37 cited, 9 bibliography only), 85 citations, "
                + "3 publications -> " + dir + "\n", first.out());
        for (String name : CatalogueStore.FILES) {
            assertEquals(Files.readString(Path.of("records", name)), Files.readString(dir.resolve(name)), name);
        }
        Files.writeString(dir.resolve("documents.json"), "[]\n");
        Run again = Run.of("import", thesis.toString(), "--out", dir.toString());
        assertEquals(ExitCodes.IO, again.code());
        assertTrue(again.err().contains("records exist; give --force to replace them"), again.err());
        assertEquals("[]\n", Files.readString(dir.resolve("documents.json")));
        assertEquals(0, Run.of("import", thesis.toString(), "--out", dir.toString(), "--force").code());
    }

    @Test
    void importOfAMissingOrForeignTextFailsClearly() throws IOException {
        Run missing = Run.of("import", dir.resolve("none.txt").toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.IO, missing.code());
        assertEquals("magicref: " + dir.resolve("none.txt") + ": no such file\n", missing.err());
        Path text = Files.writeString(dir.resolve("plain.txt"), "Just a letter.\n\nNo chapters here.\n");
        Run foreign = Run.of("import", text.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.INVALID_INPUT, foreign.code());
        assertTrue(foreign.err().startsWith("magicref: no notes found"), foreign.err());
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {(byte) 0xe9, 'a', '\n'});
        Run binary = Run.of("import", latin1.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.INVALID_INPUT, binary.code());
        assertTrue(Files.notExists(dir.resolve("out")));
    }
}
