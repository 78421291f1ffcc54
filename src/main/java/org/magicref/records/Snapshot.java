package org.magicref.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.magicref.domain.Catalogue;

/**
 * The user's catalogue as the journal last made it, kept beside the journal so that a lookup reads
 * records rather than replaying every change. It is a cache: its key names the journal (size and
 * time) and the records under it, and any difference, or any file it cannot read, sends the reader
 * back to the journal, which alone holds what the user recorded.
 */
public final class Snapshot {
    static final String DIR = "snapshot";
    static final String KEY = "key";
    /** The catalogue and the journal's problems, as the snapshot holds them. */
    public record Held(Catalogue catalogue, List<String> problems) { }

    private final Path dir;

    /** The snapshot kept in the folder of a journal. */
    public Snapshot(Path journalFolder) {
        this.dir = journalFolder.resolve(DIR);
    }

    /** The form of the files; a snapshot of another form is not read. */
    static final int FORMAT = 3;

    /** "snapshot 1; journal 12345 1764321234000; records ...": what the snapshot was made from. */
    public static String key(Path journal, String records) throws IOException {
        return "snapshot " + FORMAT + "; journal " + Files.size(journal) + " " + Files.getLastModifiedTime(journal).toMillis()
                + "; records " + records;
    }

    /** "snapshot 3; records ...": the key of a copy of a folder's records, made from them alone. */
    static String recordsKey(String records) {
        return "snapshot " + FORMAT + "; records " + records;
    }

    /** The snapshot, if it was made from exactly this journal and these records. */
    public Optional<Held> read(String key) {
        try {
            if (!key.equals(Files.readString(dir.resolve(KEY), StandardCharsets.UTF_8))) {
                return Optional.empty();
            }
            return Optional.ofNullable(SnapshotFile.read(dir.resolve(SnapshotFile.NAME)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the catalogue as the snapshot of this key: the key is removed first and written last,
     * so a snapshot left half written by a crash is never taken for a whole one.
     */
    public void write(String key, Catalogue catalogue, List<String> problems) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(KEY));
        SnapshotFile.write(dir.resolve(SnapshotFile.NAME), catalogue, problems);
        CatalogueStore.writeAtomically(dir.resolve(KEY), key);
    }

}
