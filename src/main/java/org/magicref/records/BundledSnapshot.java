package org.magicref.records;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by the build: writes the bundled records as a binary snapshot ({@code catalogue.bin}) in the
 * same folder, which {@link CatalogueStore#readBundled()} reads instead of the JSON. The records
 * are read with every check a folder of records gets, so records that do not hold together fail
 * the build.
 */
public final class BundledSnapshot {
    private BundledSnapshot() {
    }

    /** {@code BundledSnapshot DIR}: DIR holds the records, and receives the snapshot. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        SnapshotFile.write(dir.resolve(SnapshotFile.NAME), CatalogueStore.read(dir), List.of());
    }
}
