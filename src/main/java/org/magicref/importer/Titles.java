package org.magicref.importer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.magicref.domain.DocumentId;

/**
 * The titles a work has given its documents (in the bibliography and in full notes), so that a
 * short note by title alone can be settled: with and without the date ("Russo-Japanese
 * Relations, June 1945" and "Russo-Japanese Relations"), in any case and quotation style.
 */
final class Titles {
    private final Map<String, Set<DocumentId>> byTitle = new HashMap<>();

    void add(String title, String date, DocumentId id) {
        if (title == null) {
            return;
        }
        byTitle.computeIfAbsent(key(title), k -> new LinkedHashSet<>()).add(id);
        if (date != null) {
            byTitle.computeIfAbsent(key(title + ", " + date), k -> new LinkedHashSet<>()).add(id);
        }
    }

    /** The documents given this title: none, one, or several (a title family). */
    Set<DocumentId> find(String title) {
        return byTitle.getOrDefault(key(title), Set.of());
    }

    private static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replace('\'', '"').replaceAll("\\s+", " ");
    }
}
