package org.magicref.records;

import java.io.IOException;
import java.nio.file.Path;

/** Another command is writing to the same journal and did not finish within the wait. */
public class JournalBusyException extends IOException {
    public JournalBusyException(Path dir) {
        super(dir + ": another magicref command is writing to this catalogue; try again when it has finished");
    }
}
