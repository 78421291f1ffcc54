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
 * @param passage   the body text the note supports: the sentence its marker closes (with the sentences
 *                  before it that carry the same claim), or the block quotation it closes; null where no
 *                  marker was found
 * @param paragraph the paragraph of the chapter that holds the passage (counted from 1), or null
 * @param context   the whole paragraph (with the quotation it closes) where it holds more than the
 *                  passage, else null
 */
public record Citation(String work, String chapter, int note, DocumentId document, String cited, String title,
                       String date, String pages, List<PageRef> pageRefs, Integer reel, List<Integer> frames,
                       boolean ibid, String noteText, String passage, Integer paragraph, String context) {
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

    /** The passage in its paragraph: the context where there is one, else the passage. */
    public String inContext() {
        return context != null ? context : passage;
    }

    /**
     * The text from the marker before this note's (or the paragraph's start) up to this note's
     * marker: the passage with the sentences before it, each word of a paragraph in one note's
     * span, so that a search finds it once.
     */
    public String span() {
        if (context == null) {
            return passage;
        }
        String marker = superscript(note);
        for (int at = context.indexOf(marker); at >= 0; at = context.indexOf(marker, at + 1)) {
            int end = at + marker.length();
            if ((at == 0 || !isSuperscript(context.charAt(at - 1))) && (end == context.length() || !isSuperscript(context.charAt(end)))) {
                int start = at;
                while (start > 0 && !isSuperscript(context.charAt(start - 1))) {
                    start--;
                }
                return context.substring(start, at).strip();
            }
        }
        return passage;
    }

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    private static boolean isSuperscript(char c) {
        return SUPERSCRIPT_DIGITS.indexOf(c) >= 0;
    }

    private static String superscript(int number) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            s.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return s.toString();
    }

    /** Where the note stands: "V.37", or "12" in a work whose notes run without chapters. */
    public String noteRef() {
        return chapter.isEmpty() ? String.valueOf(note) : chapter + "." + note;
    }
}
