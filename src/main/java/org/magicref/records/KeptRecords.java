package org.magicref.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.magicref.domain.Catalogue;

/**
 * A large folder of records read from a binary copy kept in the user's cache while its files are
 * as they were (each one's size and time): a million citations are read from their JSON, and
 * checked, in seconds; from the copy in a fraction of that. The copy is made from records that
 * passed every check, is a cache (the JSON alone holds the records), and is set aside at the
 * first difference; a copy that cannot be read or written is no loss. The search index the first
 * search builds is kept beside the copy, under the same key ({@link KeptIndex}).
 */
public final class KeptRecords {
    /** Records smaller than this (some 6,000 citations) read from their JSON about as quickly: no copy is kept. */
    static final long LARGE = 4_000_000;
    private static final String FOLDER = "records";

    private final Path cache;
    private final long large;

    /** Copies kept in the cache folder given (magicref's, {@link UserFolder#cache}). */
    public KeptRecords(Path cache) {
        this(cache, LARGE);
    }

    KeptRecords(Path cache, long large) {
        this.cache = cache.resolve(FOLDER);
        this.large = large;
    }

    /** The catalogue in the folder: from its kept copy where there is one of exactly these files, else from the files. */
    public Catalogue read(Path dir) {
        Optional<String> key = largeRecordsKey(dir);
        if (key.isEmpty()) {
            return CatalogueStore.read(dir);
        }
        Snapshot copy = new Snapshot(copyFolder(dir));
        Optional<Snapshot.Held> held = copy.read(key.get());
        if (held.isPresent()) {
            return withIndexKept(held.get().catalogue(), dir, key.get());
        }
        Catalogue catalogue = CatalogueStore.read(dir);
        // kept only if the files did not change while they were read, by one writer at a time
        if (key.equals(largeRecordsKey(dir))) {
            removeCopiesOfFoldersGone();
            try (FolderLock lock = FolderLock.take(copyFolder(dir))) {
                CatalogueStore.writeAtomically(copyFolder(dir).resolve(ORIGINAL), dir.toAbsolutePath().normalize().toString());
                copy.write(key.get(), catalogue, List.of());
                return withIndexKept(catalogue, dir, key.get());
            } catch (IOException | UncheckedIOException e) {
                // no copy kept: the next run reads the files again
            }
        }
        return catalogue;
    }

    /** The file in a copy's folder that names the records folder it copies. */
    static final String ORIGINAL = "folder";

    /**
     * Removes the copies whose records folder is gone (moved, or a temporary one deleted): a copy of
     * a million citations takes some 450 MB with its index. A copy that names no folder, or one
     * being written, is left alone.
     */
    private void removeCopiesOfFoldersGone() {
        try (var copies = Files.list(cache)) {
            for (Path folder : copies.toList()) {
                String original = Files.isRegularFile(folder.resolve(ORIGINAL))
                        ? Files.readString(folder.resolve(ORIGINAL), StandardCharsets.UTF_8) : "";
                if (!original.isEmpty() && !Files.isDirectory(Path.of(original))) {
                    try (FolderLock lock = FolderLock.take(folder); var files = Files.walk(folder)) {
                        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            if (!f.equals(folder) && !f.getFileName().toString().equals(FolderLock.FILE)) {
                                Files.deleteIfExists(f);
                            }
                        }
                    }
                    Files.deleteIfExists(folder.resolve(FolderLock.FILE));
                    Files.deleteIfExists(folder);
                }
            }
        } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
            // nothing to list, or a copy in use: left for a later write
        }
    }

    /** The catalogue, its search index kept beside its copy ({@link KeptIndex}). */
    private Catalogue withIndexKept(Catalogue catalogue, Path dir, String key) {
        catalogue.keepSearchIndexWith(new KeptIndex(copyFolder(dir), key));
        return catalogue;
    }

    /** The key of the folder's records as they are now, if they are large enough to keep a copy of. */
    private Optional<String> largeRecordsKey(Path dir) {
        try {
            long size = 0;
            for (String name : CatalogueStore.FILES) {
                size += Files.size(dir.resolve(name));
            }
            return size < large || Files.exists(dir.resolve(CatalogueStore.COMMIT)) ? Optional.empty()
                    : Optional.of(Snapshot.recordsKey(CatalogueStore.identity(dir)));
        } catch (IOException e) {
            // a file missing or unreadable: reading the files says what is wrong
            return Optional.empty();
        }
    }

    /** The folder of one records folder's copy, named by two hashes of its path (the key names the path whole). */
    Path copyFolder(Path dir) {
        String path = dir.toAbsolutePath().normalize().toString();
        CRC32C crc = new CRC32C();
        crc.update(path.getBytes(StandardCharsets.UTF_8));
        return cache.resolve(Integer.toHexString(path.hashCode()) + "-" + Long.toHexString(crc.getValue()));
    }
}
