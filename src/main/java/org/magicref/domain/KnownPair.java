package org.magicref.domain;

import java.util.List;

/**
 * A page/frame pair that the notes establish for a document.
 *
 * @param number the page's number for alignment ("9n" is a note on page 9), or -1 for a page that
 *               cannot be aligned (an annex page "A2", or a page of a separately paginated part)
 * @param notes  the notes that give the pair ("V.36")
 */
public record KnownPair(DocumentId document, PageRef page, int number, int frame, List<String> notes) {
    public KnownPair {
        notes = List.copyOf(notes);
    }

    /** Frame minus page: constant while one page is one frame. */
    public int offset() {
        return frame - number;
    }

    public boolean alignable() {
        return number >= 0;
    }

    /** "p. 6 = fr. 0716 (V.36)". */
    public String describe() {
        return "p. " + page.page() + " = fr. " + Frames.format(frame) + " (" + String.join(", ", notes) + ")";
    }
}
