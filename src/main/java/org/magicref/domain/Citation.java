package org.magicref.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One note's citation of one document.
 *
 * @param work      the id of the citing work
 * @param chapter   the chapter ("III", "V") or appendix ("Appendix A") whose note it is
 * @param note      the note number, counted per chapter
 * @param document  the cited document
 * @param cited     the citation as the note prints it, e.g. {@code Ibid., p. 6, reel 9, fr. 0717}
 * @param title     the quoted title the note gives, or null (e.g. after "Ibid.")
 * @param date      the date the note gives outside a title (the Magic Summaries' "Ibid., "April 25, 1942,""), or null
 * @param pages     the pages as cited ("pp. 1, 12", "p. 9n"); for a bare "Ibid." those of the note it repeats
 * @param pageRefs  each cited page, ranges expanded
 * @param reel      the reel as cited, or null
 * @param frames    the cited frames expanded to full numbers ("frs. 0800-1" is 800 and 801)
 * @param ibid      whether the note reached the document through "Ibid."
 * @param noteText  the note's full text
 * @param passage   the body text that carries the note's marker, or null where none was found
 * @param paragraph the paragraph of the chapter that holds the passage (counted from 1), or null
 */
public record Citation(String work, String chapter, int note, DocumentId document, String cited, String title,
                       String date, String pages, List<PageRef> pageRefs, Integer reel, List<Integer> frames,
                       boolean ibid, String noteText, String passage, Integer paragraph) {
    public Citation {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(document, "document");
        pageRefs = pageRefs == null ? List.of() : List.copyOf(pageRefs);
        frames = frames == null ? List.of() : List.copyOf(frames);
    }

    /**
     * The page/frame pairs the note establishes: its pages and frames paired in order, when it
     * cites as many frames as pages; otherwise none (nothing is guessed).
     */
    public List<PageFrame> pageFrames() {
        if (frames.isEmpty() || frames.size() != pageRefs.size()) {
            return List.of();
        }
        return IntStream.range(0, frames.size())
                .mapToObj(i -> new PageFrame(pageRefs.get(i), frames.get(i))).toList();
    }

    /** Where the note stands: "V.37", or "12" in a work whose notes run without chapters. */
    public String noteRef() {
        return chapter.isEmpty() ? String.valueOf(note) : chapter + "." + note;
    }
}
