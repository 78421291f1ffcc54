package org.magicref.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.domain.Catalogue;

/** The snapshot's binary file holds a catalogue whole, and anything else is refused, not thrown. */
class SnapshotFileTest {
    @TempDir
    Path dir;

    @Test
    void aCatalogueComesBackAsItWent() throws Exception {
        Catalogue c = CatalogueStore.readBundledRecords();
        Path file = dir.resolve(SnapshotFile.NAME);
        SnapshotFile.write(file, c, List.of("journal.jsonl line 2: damaged, skipped"));
        Snapshot.Held held = SnapshotFile.read(file);
        assertNotNull(held);
        assertEquals(c.works(), held.catalogue().works());
        assertEquals(c.publications(), held.catalogue().publications());
        assertEquals(c.documents(), held.catalogue().documents());
        assertEquals(c.citations(), held.catalogue().citations());
        assertEquals(List.of("journal.jsonl line 2: damaged, skipped"), held.problems());
    }

    @Test
    void aValueGivenManyTimesIsReadOnce() throws Exception {
        Catalogue c = CatalogueStore.readBundledRecords();
        Path file = dir.resolve(SnapshotFile.NAME);
        SnapshotFile.write(file, c, List.of());
        List<org.magicref.domain.Citation> citations = SnapshotFile.read(file).catalogue().citations();
        var first = citations.stream().filter(x -> c.citationsOf(x.document()).size() > 1).findFirst().orElseThrow();
        var again = citations.stream().filter(x -> x != first && x.document().equals(first.document())).findFirst().orElseThrow();
        assertSame(first.work(), again.work());
        assertSame(first.document(), again.document());
        long bytes = Files.size(file);
        assertTrue(bytes < CatalogueStore.render(c).values().stream().mapToLong(String::length).sum(),
                "the snapshot, " + bytes + " bytes, is smaller than the records' JSON");
    }

    @Test
    void aFileCutShortIsRefused() throws Exception {
        Path file = dir.resolve(SnapshotFile.NAME);
        SnapshotFile.write(file, CatalogueStore.readBundledRecords(), List.of());
        byte[] whole = Files.readAllBytes(file);
        for (int cut : new int[] {0, 3, 4, 100, whole.length / 2, whole.length - 4, whole.length - 1}) {
            assertNull(SnapshotFile.read(java.util.Arrays.copyOf(whole, cut)), "cut at " + cut);
        }
        byte[] longer = java.util.Arrays.copyOf(whole, whole.length + 1);
        assertNull(SnapshotFile.read(longer), "a byte after the end");
        assertNotNull(SnapshotFile.read(whole));
    }

    @Test
    void theBundledSnapshotHoldsExactlyTheBundledRecords() {
        assertNotNull(SnapshotFileTest.class.getResource("/records/" + SnapshotFile.NAME), "the build writes the bundled snapshot");
        Catalogue records = CatalogueStore.readBundledRecords();
        Catalogue snapshot = CatalogueStore.readBundled();
        assertEquals(CatalogueStore.render(records), CatalogueStore.render(snapshot));
        for (var d : records.documents()) {
            assertEquals(records.origin(d.id()), snapshot.origin(d.id()), d.id().toString());
        }
        assertEquals(records.marks(), snapshot.marks());
    }

    @Property(tries = 100)
    void randomBytesAreRefusedNotThrown(@ForAll @Size(max = 2_000) byte[] bytes) throws Exception {
        Path file = Files.createTempFile("magicref-snapshot", ".bin");
        try {
            Files.write(file, bytes);
            SnapshotFile.read(file);
            byte[] withMagic = java.nio.ByteBuffer.allocate(bytes.length + 4).putInt(SnapshotFile.MAGIC).put(bytes).array();
            Files.write(file, withMagic);
            SnapshotFile.read(file);
        } finally {
            Files.delete(file);
        }
    }
}
