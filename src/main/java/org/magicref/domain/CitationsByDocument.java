package org.magicref.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The citations of each document, in the order they were added: a catalogue's index of its
 * citations. A catalogue builds its own, or takes one built while its citations were read (the
 * catalogue of a million took over a tenth of a second to build, most of it grouping them, which
 * a reader can spend on another thread).
 */
public final class CitationsByDocument {
    private final Map<DocumentId, List<Citation>> lists = new HashMap<>();
    private int count;

    /** Adds the next citation. */
    public void add(Citation c) {
        List<Citation> list = lists.get(c.document());
        if (list == null) {
            list = new ArrayList<>(4);
            lists.put(c.document(), list);
        }
        list.add(c);
        count++;
    }

    /** How many citations were added. */
    public int count() {
        return count;
    }

    /** The document's citations, in the order they were added (none: an empty list). */
    List<Citation> of(DocumentId id) {
        return lists.getOrDefault(id, List.of());
    }

    /** Whether any citation of the document was added. */
    boolean has(DocumentId id) {
        return lists.containsKey(id);
    }
}
