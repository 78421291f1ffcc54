package org.magicref.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
            byte[] withMagic = new byte[bytes.length + 4];
            withMagic[0] = 0x4D;
            withMagic[1] = 0x52;
            withMagic[2] = 0x46;
            withMagic[3] = 0x31;
            System.arraycopy(bytes, 0, withMagic, 4, bytes.length);
            Files.write(file, withMagic);
            SnapshotFile.read(file);
        } finally {
            Files.delete(file);
        }
    }
}
