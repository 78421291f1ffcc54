package org.magicref.records;

import java.util.ArrayList;
import java.util.List;
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
        java.util.Map<org.magicref.domain.DocumentId, List<Citation>> byDocument = new java.util.HashMap<>();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            String where = CatalogueStore.CITATIONS + " at $[" + i + "]";
            if (c.chapter().isBlank()) {
                problems.add(where + ".chapter: empty");
            }
            if (c.note() < 1) {
                problems.add(where + ".note: " + c.note() + " is not a note number");
            }
            if (c.reel() != null && (c.reel() < 1 || c.reel() > MAX_REEL)) {
                problems.add(where + ".reel: " + c.reel() + " is not a reel number");
            }
            for (int k = 0; k < c.pageRefs().size(); k++) {
                PageRef p = c.pageRefs().get(k);
                if (!isPage(p.page()) || p.number() < 1 || (p.part() != null && p.part() < 1)) {
                    problems.add(where + ".pageRefs[" + k + "]: '" + p.page() + "' is not a page");
                }
            }
            for (int k = 0; k < c.frames().size(); k++) {
                int f = c.frames().get(k);
                if (f < 1 || f > MAX_FRAME) {
                    problems.add(where + ".frames[" + k + "]: " + f + " is not a frame number (1 to " + MAX_FRAME + ")");
                }
            }
            if (c.date() != null && DocumentDate.tryParse(c.date()).isEmpty()) {
                problems.add(where + ".date: '" + c.date() + "' is not a date");
            }
            List<Citation> same = byDocument.computeIfAbsent(c.document(), k -> new ArrayList<>());
            if (same.stream().anyMatch(o -> o.note() == c.note() && o.work().equals(c.work()) && o.chapter().equals(c.chapter())
                    && java.util.Objects.equals(o.pages(), c.pages()))) {
                problems.add(where + ": note " + c.noteRef() + " cites " + c.document() + " " + c.pages() + " twice");
            }
            same.add(c);
        }
        return problems;
    }
}
