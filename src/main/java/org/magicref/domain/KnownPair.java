package org.magicref.domain;

import java.util.List;

/**
 * A page/frame pair that the notes establish for a document.
 *
 * @param number the page's number for alignment ("9n" is a note on page 9), or -1 for a page that
 *               cannot be aligned (an annex page "A2", or a page of a separately paginated part)
 * @param notes  the notes that give the pair ("V.36")
 * @param marks  the user's marks at the reader that give it
 */
public record KnownPair(DocumentId document, PageRef page, int number, int frame, List<String> notes, List<Mark> marks) {
    public KnownPair {
        notes = List.copyOf(notes);
        marks = List.copyOf(marks);
    }

    /** Frame minus page: constant while one page is one frame. */
    public int offset() {
        return frame - number;
    }

    public boolean alignable() {
        return number >= 0;
    }

    /** "p. 6 = fr. 0716 (V.36)", "p. 1 = fr. 0610 (marked 2026-11-28)". */
    public String describe() {
        return "p. " + page.page() + " = fr. " + Frames.format(frame) + " (" + String.join("; ", sources()) + ")";
    }

    /** Where the pair comes from: "V.36, V.37" for notes, "marked 2026-11-28" for each mark. */
    public List<String> sources() {
        List<String> out = new java.util.ArrayList<>();
        if (!notes.isEmpty()) {
            out.add(String.join(", ", notes));
        }
        marks.forEach(m -> out.add(m.describe()));
        return out;
    }

    /** Why the pair is known, for an exact answer: "cited in note V.36", "marked at the reader on 2026-11-28". */
    public String basis() {
        if (!notes.isEmpty()) {
            return "cited in note " + String.join(", ", notes);
        }
        return marks.isEmpty() ? "" : "marked at the reader on " + marks.get(0).day()
                + (marks.get(0).comment() == null || marks.get(0).comment().isBlank() ? "" : " (" + marks.get(0).comment() + ")");
    }
}
