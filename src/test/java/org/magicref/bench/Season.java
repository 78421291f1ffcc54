package org.magicref.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.magicref.domain.Catalogue;
import org.magicref.notebook.Change;
import org.magicref.notebook.Notebook;

/**
 * A season at the reader, as scripts/bench writes it to a journal: 200 documents of the user's own,
 * a mark of five pages of each, and a paper with a note on each of those pages.
 */
final class Season {
    private Season() {
    }

    static List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            add(out, Change.ADD_DOCUMENT, Map.of("id", "SRH-" + (1000 + i), "title", "Study " + i, "date", "June 1945",
                    "publication", "top-secret-studies-pt1", "reel", String.valueOf(100 + i / 20)));
        }
        add(out, Change.ADD_WORK, Map.of("id", "my-paper", "title", "A paper"));
        for (int i = 1; i <= 200; i++) {
            for (int p = 1; p <= 5; p++) {
                add(out, Change.MARK, Map.of("reel", String.valueOf(100 + i / 20), "frame", String.valueOf((i % 20) * 50 + p + 10),
                        "document", "SRH-" + (1000 + i), "page", String.valueOf(p)));
            }
        }
        int n = 0;
        for (int i = 1; i <= 200; i++) {
            for (int p = 1; p <= 5; p++) {
                add(out, Change.NOTE, Map.of("work", "my-paper", "ref", String.valueOf(++n), "document", "SRH-" + (1000 + i),
                        "pages", String.valueOf(p)));
            }
        }
        return out;
    }

    /** The catalogue with the season's changes over it. */
    static Catalogue over(Catalogue base) {
        Notebook.Replayed replayed = Notebook.replay(base, changes());
        if (!replayed.problems().isEmpty()) {
            throw new IllegalStateException(replayed.problems().get(0));
        }
        return replayed.catalogue();
    }

    private static void add(List<Change> out, String kind, Map<String, String> fields) {
        out.add(new Change(out.size() + 1, "2026-11-28T10:00:00Z", kind, fields, Map.of(), out.size() + 1));
    }
}
