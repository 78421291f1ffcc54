package org.magicref.records;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

    private ValueChecks() {
    }

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

    static List<String> check(List<Publication> publications, List<Document> documents, List<Citation> citations) {
        List<String> problems = new ArrayList<>();
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
        Set<Cited> seen = new HashSet<>();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
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
            if (!seen.add(new Cited(c))) {
                problems.add(where(i) + ": note " + c.noteRef() + " cites " + c.document() + " " + c.pages() + " twice");
            }
        }
        return problems;
    }

    private static String where(int i) {
        return CatalogueStore.CITATIONS + " at $[" + i + "]";
    }

    /**
     * What makes two citations one given twice: the same note of the same chapter and work citing the
     * same pages of the same document. Looked up in a hash set: comparing each citation with every
     * earlier one of its document grew with the square of the document's citations.
     */
    private static final class Cited {
        private final Citation c;
        private final int hash;

        Cited(Citation c) {
            this.c = c;
            this.hash = Objects.hash(c.document(), c.work(), c.chapter(), c.note(), c.pages());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Cited other && c.note() == other.c.note() && c.document().equals(other.c.document())
                    && c.work().equals(other.c.work()) && c.chapter().equals(other.c.chapter())
                    && Objects.equals(c.pages(), other.c.pages());
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
