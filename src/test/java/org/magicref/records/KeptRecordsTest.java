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
    void theSearchIndexIsKeptBesideTheCopyAndReadBack() throws IOException {
        Catalogue first = kept.read(records);
        Path index = kept.copyFolder(records).resolve(KeptIndex.NAME);
        assertFalse(Files.exists(index), "no index until a search");
        var hits = first.search("Sato Molotov");
        assertFalse(hits.isEmpty());
        assertTrue(Files.isRegularFile(index));
        byte[] written = Files.readAllBytes(index);
        KeptIndex keeper = new KeptIndex(kept.copyFolder(records), Snapshot.recordsKey(CatalogueStore.identity(records)));
        Catalogue again = kept.read(records);
        var read = keeper.read(again.documents(), again.citations());
        assertTrue(read != null, "the kept index is read back");
        for (String query : new String[] {"Sato Molotov", "Konoe envoy", "SRH-085", "neutrality pact", "no-such-word"}) {
            assertEquals(first.search(query), read.search(query), query);
            assertEquals(first.search(query), again.search(query), query);
        }
        assertTrue(java.util.Arrays.equals(written, Files.readAllBytes(index)), "read, not written again");
    }

    @Test
    void aDamagedOrForeignIndexIsBuiltAgain() throws IOException {
        Catalogue first = kept.read(records);
        var hits = first.search("Sato Molotov");
        Path index = kept.copyFolder(records).resolve(KeptIndex.NAME);
        byte[] whole = Files.readAllBytes(index);
        KeptIndex keeper = new KeptIndex(kept.copyFolder(records), Snapshot.recordsKey(CatalogueStore.identity(records)));
        for (int cut : new int[] {0, 5, whole.length / 3, whole.length - 1}) {
            Files.write(index, java.util.Arrays.copyOf(whole, cut));
            assertEquals(null, keeper.read(first.documents(), first.citations()), "cut at " + cut);
            Catalogue again = kept.read(records);
            assertEquals(hits, again.search("Sato Molotov"), "cut at " + cut);
            assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(index)), "made whole again after a cut at " + cut);
        }
        KeptIndex foreign = new KeptIndex(kept.copyFolder(records), "another key");
        assertEquals(null, foreign.read(first.documents(), first.citations()));
        // an index of other entries than the catalogue's is refused, not used
        Catalogue fewer = new Catalogue(first.works(), first.publications(), first.documents(), first.citations().subList(0, 10));
        assertEquals(null, keeper.read(fewer.documents(), fewer.citations()));
    }

    @Test
    void theCopyOfAFolderThatIsGoneIsRemovedWhenAnotherIsKept() throws IOException {
        Path gone = temp.resolve("gone");
        Path other = temp.resolve("other");
        CatalogueStore.write(CatalogueStore.readBundledRecords(), gone, false);
        CatalogueStore.write(CatalogueStore.readBundledRecords(), other, false);
        kept.read(gone);
        kept.read(records);
        assertTrue(Files.isDirectory(kept.copyFolder(gone)));
        try (var files = Files.walk(gone)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        kept.read(records);
        assertTrue(Files.isDirectory(kept.copyFolder(gone)), "reading a copy removes nothing");
        kept.read(other);
        assertFalse(Files.exists(kept.copyFolder(gone)), "keeping a copy removes those of folders gone");
        assertTrue(Files.isRegularFile(kept.copyFolder(records).resolve("snapshot").resolve(SnapshotFile.NAME)),
                "a folder still there keeps its copy");
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
