package org.magicref.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;

/**
 * Values that JSON can hold but no command can use: a page that is not a page, a frame or reel out
 * of range, a date that is no date, a note numbered 0, a citation given twice. What {@code validate}
 * accepts, every command handles.
 */
final class ValueChecks {
    static final int MAX_FRAME = 999_999;
    static final int MAX_REEL = 9_999;

    /** "7", "9n", "A2": an optional capital, one to six digits, an optional "n" (read without a regular expression: a large catalogue has millions). */
    static boolean isPage(String label) {
        int i = 0;
        int n = label.length();
        if (i < n && label.charAt(i) >= 'A' && label.charAt(i) <= 'Z') {
            i++;
        }
        int start = i;
        while (i < n && label.charAt(i) >= '0' && label.charAt(i) <= '9') {
            i++;
        }
        int digits = i - start;
        if (i < n && label.charAt(i) == 'n') {
            i++;
        }
        return i == n && digits >= 1 && digits <= 6;
    }

    private final List<Citation> citations;
    private final List<String> problems = new ArrayList<>();
    /**
     * The citations seen, by the hash of what makes two one given twice (see {@link #sameCitation}):
     * each slot the hash in its high half and the index + 1 in its low half, 0 for none. One array
     * rather than two: a look in a table of millions of slots is a wait for memory, and this is one.
     */
    private long[] seen = new long[1 << 12];
    private int seenCount;

    /**
     * Checks the publications and documents; the citations are checked one at a time
     * ({@link #check(int, Citation)}), each added to {@code citations} before.
     */
    ValueChecks(List<Publication> publications, List<Document> documents, List<Citation> citations) {
        this.citations = citations;
        for (int i = 0; i < publications.size(); i++) {
            Publication p = publications.get(i);
            if (p.part() != null && p.part() < 1) {
                problems.add(CatalogueStore.PUBLICATIONS + " at $[" + i + "].part: " + p.part() + " is not a part number");
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            String where = CatalogueStore.DOCUMENTS + " at $[" + i + "]";
            if (d.title().isBlank()) {
                problems.add(where + ".title: " + d.id() + " has an empty title");
            }
            if (d.date() != null && DocumentDate.tryParse(d.date()).isEmpty()) {
                problems.add(where + ".date: '" + d.date() + "' is not a date (" + d.id() + ")");
            }
            if (d.reel() != null && (d.reel() < 1 || d.reel() > MAX_REEL)) {
                problems.add(where + ".reel: " + d.reel() + " is not a reel number (" + d.id() + ")");
            }
        }
    }

    /** What the checks found: the publications', the documents', then the citations' in their order. */
    List<String> problems() {
        return problems;
    }

    /** Checks the citation at index i of the catalogue's citations. */
    void check(int i, Citation c) {
        if (c.chapter().isBlank()) {
            problems.add(where(i) + ".chapter: empty");
        }
        if (c.note() < 1) {
            problems.add(where(i) + ".note: " + c.note() + " is not a note number");
        }
        if (c.reel() != null && (c.reel() < 1 || c.reel() > MAX_REEL)) {
            problems.add(where(i) + ".reel: " + c.reel() + " is not a reel number");
        }
        for (int k = 0; k < c.pageRefs().size(); k++) {
            PageRef p = c.pageRefs().get(k);
            if (!isPage(p.page()) || p.number() < 1 || (p.part() != null && p.part() < 1)) {
                problems.add(where(i) + ".pageRefs[" + k + "]: '" + p.page() + "' is not a page");
            }
        }
        for (int k = 0; k < c.frames().size(); k++) {
            int f = c.frames().get(k);
            if (f < 1 || f > MAX_FRAME) {
                problems.add(where(i) + ".frames[" + k + "]: " + f + " is not a frame number (1 to " + MAX_FRAME + ")");
            }
        }
        if (c.date() != null && DocumentDate.tryParse(c.date()).isEmpty()) {
            problems.add(where(i) + ".date: '" + c.date() + "' is not a date");
        }
        if (!firstTime(i, c)) {
            problems.add(where(i) + ": note " + c.noteRef() + " cites " + c.document() + " " + c.pages() + " twice");
        }
    }

    /**
     * Whether no citation seen before is this one given again. An open-addressed table of indexes
     * rather than a hash set of wrappers: a million citations would otherwise allocate two million
     * objects for it.
     */
    private boolean firstTime(int i, Citation c) {
        if (seenCount * 2 >= seen.length) {
            growSeen();
        }
        int hash = hash(c);
        int mask = seen.length - 1;
        int slot = slot(hash, mask);
        for (long held; (held = seen[slot]) != 0; slot = (slot + 1) & mask) {
            if ((int) (held >>> 32) == hash && sameCitation(citations.get((int) held - 1), c)) {
                return false;
            }
        }
        seen[slot] = (long) hash << 32 | (i + 1);
        seenCount++;
        return true;
    }

    private static int slot(int hash, int mask) {
        return (hash * 0x9E3779B9) >>> 1 & mask;
    }

    private void growSeen() {
        long[] old = seen;
        seen = new long[old.length * 2];
        int mask = seen.length - 1;
        for (long held : old) {
            if (held != 0) {
                int slot = slot((int) (held >>> 32), mask);
                while (seen[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                seen[slot] = held;
            }
        }
    }

    /**
     * What makes two citations one given twice: the same note of the same chapter and work citing the
     * same pages of the same document.
     */
    private static boolean sameCitation(Citation a, Citation b) {
        return a.note() == b.note() && a.document().equals(b.document()) && a.work().equals(b.work())
                && a.chapter().equals(b.chapter()) && Objects.equals(a.pages(), b.pages());
    }

    private static int hash(Citation c) {
        int h = c.document().hashCode();
        h = 31 * h + c.work().hashCode();
        h = 31 * h + c.chapter().hashCode();
        h = 31 * h + c.note();
        return 31 * h + Objects.hashCode(c.pages());
    }

    private static String where(int i) {
        return CatalogueStore.CITATIONS + " at $[" + i + "]";
    }
}
