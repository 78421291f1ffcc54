package org.magicref.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.magicref.records.CatalogueStore;

/** A file a command writes for the user: never replaced without --force, written whole or not at all. */
final class OutputFile {
    private OutputFile() {
    }

    static void write(Path out, String text, boolean force) throws IOException {
        if (!force && Files.exists(out)) {
            throw new FileAlreadyExistsException(out.toString(), null, "exists; give --force to replace it");
        }
        CatalogueStore.writeAtomically(out, text);
    }
}
