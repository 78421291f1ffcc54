package org.magicref.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magicref.domain.Catalogue;

/** A folder of records read from the copy kept of it while its files are as they were, and only then. */
class KeptRecordsTest {
    @TempDir
    Path temp;
    Path records;
    Path cache;
    /** Every folder counts as large: the bundled records are under the size that keeps a copy. */
    KeptRecords kept;

    @BeforeEach
    void setUp() throws IOException {
        records = temp.resolve("records");
        cache = temp.resolve("cache");
        CatalogueStore.write(CatalogueStore.readBundledRecords(), records, false);
        kept = new KeptRecords(cache, 0);
    }

    private Path citations() {
        return records.resolve(CatalogueStore.CITATIONS);
    }

    /** Changes a title in the citations file, keeping its size and its time. */
    private void editKeepingSizeAndTime(String from, String to) throws IOException {
        assertEquals(from.length(), to.length());
        FileTime time = Files.getLastModifiedTime(citations());
        String text = Files.readString(citations());
        assertTrue(text.contains(from));
        Files.writeString(citations(), text.replace(from, to));
        Files.setLastModifiedTime(citations(), time);
    }

    private static String titles(Catalogue c) {
        return CatalogueStore.render(c).get(CatalogueStore.CITATIONS);
    }

    @Test
    void theSecondReadComesFromTheCopyWhileTheFilesAreAsTheyWere() throws IOException {
        Catalogue first = kept.read(records);
        assertEquals(CatalogueStore.render(CatalogueStore.read(records)), CatalogueStore.render(first));
        assertTrue(Files.isRegularFile(kept.copyFolder(records).resolve("snapshot").resolve(SnapshotFile.NAME)));
        // an edit that leaves size and time as they were is not seen: the copy answers
        editKeepingSizeAndTime("Russo-Japanese Relations", "Russo-Japanese Relatio!s");
        assertEquals(titles(first), titles(kept.read(records)));
        assertFalse(titles(CatalogueStore.read(records)).equals(titles(first)));
    }

    @Test
    void aChangedFileIsReadAgainAndTheCopyReplaced() throws IOException {
        Catalogue first = kept.read(records);
        editKeepingSizeAndTime("Russo-Japanese Relations", "Russo-Japanese Relatio!s");
        Files.setLastModifiedTime(citations(), FileTime.fromMillis(Files.getLastModifiedTime(citations()).toMillis() + 2_000));
        Catalogue changed = kept.read(records);
        assertTrue(titles(changed).contains("Relatio!s"));
        assertFalse(titles(first).contains("Relatio!s"));
        assertEquals(titles(changed), titles(kept.read(records)), "the new copy");
    }

    @Test
    void smallRecordsKeepNoCopy() {
        new KeptRecords(cache).read(records);
        assertFalse(Files.exists(cache), "the bundled records are read from their JSON as quickly");
    }

    @Test
    void recordsThatDoNotHoldTogetherKeepNoCopyAndAreRefusedEveryTime() throws IOException {
        Files.writeString(citations(), Files.readString(citations()).replaceFirst("\"note\": 33,", "\"note\": 0,"));
        for (int i = 0; i < 2; i++) {
            assertThrows(InvalidCatalogueException.class, () -> kept.read(records));
        }
        assertFalse(Files.exists(kept.copyFolder(records).resolve("snapshot").resolve(SnapshotFile.NAME)));
    }

    @Test
    void aDamagedCopyIsSetAsideAndTheFilesRead() throws IOException {
        Catalogue first = kept.read(records);
        Path bin = kept.copyFolder(records).resolve("snapshot").resolve(SnapshotFile.NAME);
        byte[] bytes = Files.readAllBytes(bin);
        Files.write(bin, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(titles(first), titles(kept.read(records)));
        assertEquals(bytes.length, Files.size(bin), "made whole again");
    }

    @Test
    void eachFolderHasItsOwnCopy() throws IOException {
        Path other = temp.resolve("other");
        CatalogueStore.write(CatalogueStore.readBundledRecords(), other, false);
        kept.read(records);
        kept.read(other);
        assertFalse(kept.copyFolder(records).equals(kept.copyFolder(other)));
        assertTrue(Files.isDirectory(kept.copyFolder(other)));
    }
}
