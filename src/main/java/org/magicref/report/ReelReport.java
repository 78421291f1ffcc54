package org.magicref.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Frames;
import org.magicref.domain.Irregularity;
import org.magicref.domain.KnownPair;
import org.magicref.domain.ReelMap;

/**
 * The map of a reel ({@code reel}): its documents in frame order with their cited frames,
 * irregularities and gaps, and a diagram; on reels without frame numbers, the documents in date
 * order with the gaps in their numbering.
 */
public record ReelReport(Catalogue catalogue, ReelMap map) implements Report {
    static final int MAX_DIAGRAM = 60;

    /** A document on the reel, as {@code --json} prints it. */
    public record EntryView(String id, String title, String date, Integer firstFrame, Integer lastFrame,
                            String firstPage, String lastPage, List<Integer> citedFrames, List<String> irregularities) { }

    /** A gap, as {@code --json} prints it. */
    public record GapView(Integer from, Integer to, String before, String after, List<String> candidates) { }

    /** The reel map, as {@code --json} prints it. */
    public record ReelView(String publication, int reel, boolean frames, List<EntryView> documents, List<GapView> gaps) { }

    @Override
    public ReelView view() {
        List<EntryView> docs = map.entries().stream().map(e -> {
            List<KnownPair> pairs = e.alignment().pairs();
            return new EntryView(e.document().id().toString(), e.document().title(), e.document().date(), e.firstFrame(),
                    e.lastFrame(), pairs.isEmpty() ? null : pairs.get(0).page().page(),
                    pairs.isEmpty() ? null : pairs.get(pairs.size() - 1).page().page(), e.cited(),
                    e.alignment().irregularities().stream().map(Irregularity::description).toList());
        }).toList();
        List<GapView> gaps = map.gaps().stream().map(g -> new GapView(g.from(), g.to(), g.before().toString(),
                g.after().toString(), ids(g.candidates()))).toList();
        return new ReelView(map.publication().id(), map.reel(), map.publication().frames(), docs, gaps);
    }

    @Override
    public void write(TextWriter out) {
        out.heading("", "", "Reel " + map.reel() + " of " + map.publication().fullTitle() + " (" + map.publication().id() + ")"
                + (map.publication().frames() ? "" : ": no frame numbers; documents in date order"));
        out.blank();
        if (map.publication().frames()) {
            framed(out);
        } else {
            dated(out);
        }
    }

    private void framed(TextWriter out) {
        out.line("  FRAMES      DOCUMENT  PAGES     CITED FRAMES");
        String indent = " ".repeat(35);
        for (ReelMap.Entry e : map.entries()) {
            String frames = e.firstFrame() == null ? "-" : Frames.span(e.firstFrame(), e.lastFrame());
            String head = "  " + Columns.left(frames, 11) + " " + Columns.left(e.document().id(), 9) + " " + Columns.left(pages(e), 9) + " ";
            out.wrapped(head, indent, e.cited().isEmpty() ? "-" : Frames.runs(e.cited()));
            for (Irregularity i : e.alignment().irregularities()) {
                out.wrapped("                        ! ", "                          ", i.description());
            }
            gapsAfter(e).forEach(g -> out.wrapped("              ", "              ", "gap " + Frames.format(g.from()) + "-"
                    + Frames.format(g.to()) + " (" + (g.to() - g.from() + 1) + " frames, not identified)"
                    + (g.candidates().isEmpty() ? "" : "; may hold " + String.join(", ", ids(g.candidates())))));
        }
        List<ReelMap.Entry> located = map.entries().stream().filter(e -> e.firstFrame() != null).toList();
        if (located.isEmpty()) {
            return;
        }
        int min = located.stream().mapToInt(ReelMap.Entry::firstFrame).min().getAsInt();
        int max = located.stream().mapToInt(ReelMap.Entry::lastFrame).max().getAsInt();
        out.blank();
        List<String> lines = diagram(located, min, max, Math.min(MAX_DIAGRAM, Math.max(10, out.width() - 14)));
        lines.subList(0, lines.size() - 1).forEach(out::line);
        out.wrapped("  ", "  ", lines.get(lines.size() - 1).strip());
    }

    private void dated(TextWriter out) {
        out.line("  DATE               DOCUMENT  CITES");
        for (ReelMap.Entry e : map.entries()) {
            out.line("  " + Columns.left(e.document().date() == null ? "-" : e.document().date(), 18) + " "
                    + Columns.left(e.document().id(), 9) + " " + Columns.right(catalogue.citationsOf(e.document().id()).size(), 5));
            gapsAfter(e).forEach(g -> {
                int missing = g.after().number() - g.before().number() - 1;
                out.wrapped("                       ", "                         ", "gap: " + missing
                        + (missing == 1 ? " number" : " numbers") + " between " + g.before() + " and " + g.after()
                        + (g.candidates().isEmpty() ? "" : " (catalogued without a cited reel: "
                                + String.join(", ", ids(g.candidates())) + ")"));
            });
        }
    }

    private List<ReelMap.Gap> gapsAfter(ReelMap.Entry e) {
        return map.gaps().stream().filter(g -> g.before().equals(e.document().id())).toList();
    }

    /**
     * Two rows over the reel's cited frames: each document's span as its letter ('.' for frames no
     * cited span covers), and '^' under columns that hold a cited frame; then the legend.
     */
    static List<String> diagram(List<ReelMap.Entry> located, int min, int max, int width) {
        int span = max - min + 1;
        int columns = Math.min(width, span);
        double perColumn = (double) span / columns;
        StringBuilder spans = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            int from = min + (int) Math.floor(c * perColumn);
            int to = min + (int) Math.ceil((c + 1) * perColumn) - 1;
            char ch = '.';
            boolean cited = false;
            for (int i = 0; i < located.size(); i++) {
                ReelMap.Entry e = located.get(i);
                if (e.firstFrame() <= to && e.lastFrame() >= from) {
                    ch = ch == '.' ? letter(i) : '+';
                }
                cited |= e.cited().stream().anyMatch(f -> f >= from && f <= to);
            }
            spans.append(ch);
            marks.append(cited ? '^' : ' ');
        }
        List<String> out = new ArrayList<>();
        out.add("  " + Frames.format(min) + " |" + spans + "| " + Frames.format(max));
        out.add("       " + marks.toString().replaceAll("\\s+$", ""));
        out.add(String.format(Locale.ROOT, "  one column = %s frame%s; ^ cited frame; . not identified",
                perColumn == Math.rint(perColumn) ? String.valueOf((int) perColumn) : String.format(Locale.ROOT, "%.1f", perColumn),
                perColumn == 1 ? "" : "s"));
        StringBuilder legend = new StringBuilder("  ");
        for (int i = 0; i < located.size(); i++) {
            legend.append(letter(i)).append(' ').append(located.get(i).document().id()).append(i + 1 < located.size() ? "  " : "");
        }
        out.add(legend.toString());
        return out;
    }

    private static char letter(int i) {
        return (char) ((i < 26 ? 'A' : 'a' - 26) + i % 52);
    }

    private static String pages(ReelMap.Entry e) {
        List<KnownPair> pairs = e.alignment().pairs();
        if (pairs.isEmpty()) {
            return "-";
        }
        String first = pairs.get(0).page().page();
        String last = pairs.get(pairs.size() - 1).page().page();
        return first.equals(last) ? first : first + "-" + last;
    }

    private static List<String> ids(List<DocumentId> ids) {
        return ids.stream().map(DocumentId::toString).toList();
    }
}
