package org.magicref.records;

import java.nio.file.Path;
import java.util.Map;
import org.magicref.notebook.Change;

/** A second process that writes to a journal, for the tests of crashes and of writers at once. */
public final class JournalWriter {
    private JournalWriter() {
    }

    /** Appends COUNT changes tagged TAG to the journal in DIR (COUNT 0: until killed). */
    public static void main(String[] args) throws Exception {
        Journal journal = new Journal(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int i = 1; count == 0 || i <= count; i++) {
            String n = String.valueOf(i);
            journal.append(existing -> new Change(existing.stream().mapToInt(Change::seq).max().orElse(0) + 1,
                    "2026-11-28T10:00:00Z", Change.ADD_WORK, Map.of("id", args[2] + "-" + n, "title", "x".repeat(2000)),
                    Map.of(), 0));
        }
    }
}
