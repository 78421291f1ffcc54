package org.magicref.report;

import java.util.List;
import java.util.stream.Collectors;
import org.magicref.domain.Citation;
import org.magicref.domain.Frames;
import org.magicref.domain.Publication;
import org.magicref.domain.Work;

/** How citations and publications read in every report: one home for each phrase. */
public final class CitationLines {
    static final String INDENT = "         ";

    private CitationLines() {
    }

    /** "p. 4, reel 9, fr. 0699": a citation's locator with frames printed in full. */
    public static String locator(Citation c) {
        StringBuilder s = new StringBuilder(c.pages() == null ? "no page" : c.pages());
        if (c.reel() != null) {
            s.append(", reel ").append(c.reel());
        }
        if (!c.frames().isEmpty()) {
            s.append(c.frames().size() == 1 ? ", fr. " : ", frs. ").append(Frames.runs(c.frames()));
        }
        return s.toString();
    }

    /** Note references, "V.24, V.46, V.53". */
    public static String notes(List<Citation> citations) {
        return citations.stream().map(Citation::noteRef).collect(Collectors.joining(", "));
    }

    /** A work as a heading names it: "my-paper, A. Historian, Tokyo and Moscow, 1945 (2027)". */
    public static String work(Work w) {
        return w.id() + ", " + (w.author() == null ? "" : w.author() + ", ") + w.title() + (w.year() == 0 ? "" : " (" + w.year() + ")");
    }

    /** The publication line, and whether its reels lack frame numbers. */
    public static String publication(Publication p) {
        return p.frames() ? p.describe() : p.describe() + (p.microfilm() ? "; its reels have no frame numbers" : "");
    }

    /** One citation: where it is (note, and document when asked), its locator, "(Ibid.)", and its passage. */
    static void write(TextWriter out, String where, Citation c) {
        write(out, where, c, false);
    }

    /** One citation, with the whole paragraph of its passage where {@code context} is asked for. */
    static void write(TextWriter out, String where, Citation c, boolean context) {
        out.line("  " + Columns.left(where, 6) + " " + locator(c) + (c.ibid() ? "  (Ibid.)" : ""));
        String text = context ? c.inContext() : c.passage();
        out.wrapped(INDENT, INDENT, text == null ? "(no passage found in the body text)" : text);
    }

    /** A block of citations under a heading, each with its document; nothing for none. */
    static void block(TextWriter out, List<Citation> citations, String heading) {
        if (citations.isEmpty()) {
            return;
        }
        out.blank();
        out.line(heading);
        for (Citation c : citations) {
            write(out, Columns.left(c.noteRef(), 6) + " " + c.document(), c);
        }
    }
}
