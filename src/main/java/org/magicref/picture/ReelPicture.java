package org.magicref.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.FrameAnswer;
import org.magicref.domain.Frames;
import org.magicref.domain.Irregularity;
import org.magicref.domain.ReelMap;

/**
 * A reel drawn as a strip of frames to scale, in rows of {@value #PER_ROW} frames as on a light
 * table: each catalogued document a labelled band over its frames (identifier, date, short
 * title); each frame filled by what is known of it (exact: a note gives its page; inferred: one
 * frame a page from the pairs around it; ambiguous: an irregularity lies between; unidentified:
 * no catalogued document covers it); each cited frame marked, with its notes; irregularities
 * flagged with "!"; then the lists of cited frames, irregularities and gaps, so that the picture
 * says in words what it shows.
 */
public final class ReelPicture {
    static final int PER_ROW = 100;
    private static final int WIDTH = 960;
    private static final int LEFT = 50;
    private static final int RIGHT = 40;
    private static final double CELL = (WIDTH - LEFT - RIGHT) / (double) PER_ROW;
    private static final int STRIP = 34;
    private static final int LABEL_LINE = 13;
    private static final int TITLE_CHARS = 28;

    private ReelPicture() {
    }

    /** The SVG of a reel's map; a reel whose publication has no frame numbers is refused. */
    public static String svg(Catalogue catalogue, ReelMap map) {
        if (!map.publication().frames()) {
            throw new IllegalArgumentException("reel " + map.reel() + " of " + map.publication().id()
                    + " has no frame numbers: there is no strip of frames to draw");
        }
        List<ReelMap.Entry> located = map.entries().stream().filter(e -> e.firstFrame() != null).toList();
        if (located.isEmpty()) {
            throw new IllegalArgumentException("no document on reel " + map.reel() + " has a cited frame: there is nothing to draw");
        }
        int min = located.stream().mapToInt(ReelMap.Entry::firstFrame).min().getAsInt() / 10 * 10;
        int max = located.stream().mapToInt(ReelMap.Entry::lastFrame).max().getAsInt();
        Map<Integer, FrameAnswer> frames = new TreeMap<>();
        for (int f = min; f <= max; f++) {
            frames.put(f, catalogue.reels().frame(map.publication().id(), map.reel(), f).get(0));
        }
        Svg svg = new Svg(WIDTH);
        svg.text(10, 22, "Reel " + map.reel() + ", frames " + Frames.format(min) + " to " + Frames.format(max), "heading", "start");
        svg.text(10, 38, map.publication().describe(), "label", "start");
        double y = legend(svg, 50);
        for (int row = min; row <= max; row += PER_ROW) {
            y = row(svg, located, frames, row, Math.min(max, row + PER_ROW - 1), y + 10);
        }
        y = lists(svg, catalogue, map, located, y + 24);
        String description = "A map of reel " + map.reel() + ": " + String.join(", ", located.stream()
                .map(e -> e.document().id() + " at frames " + Frames.span(e.firstFrame(), e.lastFrame())).toList()) + ".";
        return svg.document((int) Math.ceil(y + 10), "Reel " + map.reel() + " of " + map.publication().id(), description);
    }

    private static double legend(Svg svg, double y) {
        String[][] kinds = {{Svg.SOLID, "exact: a note gives the page at this frame"},
            {"#999", "inferred: one frame a page from the pairs around it"},
            {Svg.HATCH, "ambiguous: an irregularity lies between the known pairs"},
            {Svg.DOTS, "unidentified: no catalogued document covers it"}};
        for (int i = 0; i < kinds.length; i++) {
            double x = 10 + (i % 2) * 330;
            double top = y + (i / 2) * 16;
            svg.rect(x, top, 12, 12, kinds[i][0], "#111", null);
            svg.text(x + 16, top + 10, kinds[i][1], "small", "start");
        }
        svg.triangle(676, y, "a cited frame");
        svg.text(686, y + 8, "a cited frame, its notes below it", "small", "start");
        svg.text(676, y + 26, "!", "label", "middle");
        svg.text(686, y + 26, "an irregularity, listed below", "small", "start");
        return y + 36;
    }

    /** One row of the strip: the bands and their labels, the frames, the cited frames with their notes. */
    private static double row(Svg svg, List<ReelMap.Entry> located, Map<Integer, FrameAnswer> frames, int from, int to, double top) {
        List<ReelMap.Entry> here = located.stream().filter(e -> e.firstFrame() <= to && e.lastFrame() >= from).toList();
        List<double[]> placed = new ArrayList<>();
        Map<ReelMap.Entry, Integer> levels = new LinkedHashMap<>();
        for (ReelMap.Entry e : here) {
            double w = Svg.width(label(e), 11);
            double x = labelX(x(Math.max(e.firstFrame(), from), from), w);
            int level = 0;
            while (overlaps(placed, level, x, x + w)) {
                level++;
            }
            placed.add(new double[] {level, x, x + w});
            levels.put(e, level);
        }
        int depth = levels.values().stream().mapToInt(i -> i).max().orElse(-1) + 1;
        double strip = top + depth * LABEL_LINE + 12;
        for (ReelMap.Entry e : here) {
            double x1 = x(Math.max(e.firstFrame(), from), from);
            double x2 = x(Math.min(e.lastFrame(), to), from) + CELL;
            double labelY = top + (levels.get(e) + 1) * LABEL_LINE - 2;
            svg.text(labelX(x1, Svg.width(label(e), 11)), labelY, label(e), "label", "start");
            svg.line(x1, labelY + 2, x1, strip - 2, "1,1");
            svg.rect(x1, strip - 6, x2 - x1, 4, Svg.SOLID, null, e.document().id() + ", frames " + Frames.span(e.firstFrame(), e.lastFrame()));
        }
        svg.text(LEFT - 4, strip + STRIP / 2.0 + 3, Frames.format(from), "mono", "end");
        for (int f = from; f <= to; f++) {
            FrameAnswer a = frames.get(f);
            svg.rect(x(f, from), strip, CELL, STRIP, fill(a.kind()), "#111", Frames.format(f) + ": " + a.explanation());
        }
        svg.text(x(to, from) + CELL + 4, strip + STRIP / 2.0 + 3, Frames.format(to), "mono", "start");
        double bottom = strip + STRIP;
        for (int f = from; f <= to; f++) {
            FrameAnswer a = frames.get(f);
            if (a.kind() == FrameAnswer.Kind.EXACT) {
                String notes = String.join(" ", a.citations().stream().map(Citation::noteRef).distinct().toList());
                double cx = x(f, from) + CELL / 2;
                svg.triangle(cx, strip + STRIP + 2, Frames.format(f) + ": " + a.document() + " p. " + String.join(", ", a.pages())
                        + (notes.isEmpty() ? "" : " (notes " + notes + ")"));
                svg.upright(cx + 3, strip + STRIP + 12, notes.isEmpty() ? "marked" : notes, "small", false);
                bottom = Math.max(bottom, strip + STRIP + 12 + Svg.width(notes, 9));
            }
        }
        for (ReelMap.Entry e : here) {
            for (Irregularity i : e.alignment().irregularities()) {
                int f = i.before().frame();
                if (f >= from && f <= to && i.kind() != Irregularity.Kind.NOTE_PAGE) {
                    svg.text(x(f, from) + CELL / 2, strip - 8, "!", "label", "middle");
                }
            }
        }
        return bottom;
    }

    /** Where a label of width w starts so that it stays inside the picture. */
    private static double labelX(double x, double w) {
        return Math.max(4, Math.min(x, WIDTH - 4 - w));
    }

    private static boolean overlaps(List<double[]> placed, int level, double x1, double x2) {
        return placed.stream().anyMatch(p -> p[0] == level && p[1] < x2 + 6 && x1 < p[2] + 6);
    }

    /** "SRH-085, 13-20 July 1945, Russo-Japanese Relations": the identifier, date and a short title. */
    static String label(ReelMap.Entry e) {
        String title = e.document().title();
        String shortTitle = title.length() <= TITLE_CHARS ? title : title.substring(0, TITLE_CHARS - 1).strip() + "\u2026";
        return e.document().id() + (e.document().date() == null ? "" : ", " + e.document().date()) + ", " + shortTitle;
    }

    private static String fill(FrameAnswer.Kind kind) {
        return switch (kind) {
            case EXACT -> Svg.SOLID;
            case INFERRED -> "#999";
            case AMBIGUOUS -> Svg.HATCH;
            default -> Svg.DOTS;
        };
    }

    private static double x(int frame, int rowStart) {
        return LEFT + (frame - rowStart) * CELL;
    }

    /** The cited frames, irregularities and gaps in words. */
    private static double lists(Svg svg, Catalogue catalogue, ReelMap map, List<ReelMap.Entry> located, double y) {
        svg.text(10, y, "Irregularities", "label", "start");
        y += 14;
        boolean any = false;
        for (ReelMap.Entry e : located) {
            for (Irregularity i : e.alignment().irregularities()) {
                svg.text(18, y, "! " + e.document().id() + ": " + i.description(), "small", "start");
                y += 12;
                any = true;
            }
        }
        if (!any) {
            svg.text(18, y, "none", "small", "start");
            y += 12;
        }
        y += 8;
        svg.text(10, y, "Gaps (frames no catalogued document covers)", "label", "start");
        y += 14;
        if (map.gaps().stream().noneMatch(g -> g.from() != null)) {
            svg.text(18, y, "none", "small", "start");
            y += 12;
        }
        for (ReelMap.Gap g : map.gaps()) {
            if (g.from() == null) {
                continue;
            }
            svg.text(18, y, Frames.format(g.from()) + "-" + Frames.format(g.to()) + " (" + (g.to() - g.from() + 1) + " frames) between "
                    + g.before() + " and " + g.after() + (g.candidates().isEmpty() ? "" : "; may hold " + String.join(", ",
                    g.candidates().stream().map(Object::toString).toList())), "small", "start");
            y += 12;
        }
        y += 8;
        svg.text(10, y, "Documents", "label", "start");
        y += 14;
        for (ReelMap.Entry e : located) {
            List<Citation> cites = catalogue.citationsOf(e.document().id());
            svg.text(18, y, e.document().id() + "  frames " + Frames.span(e.firstFrame(), e.lastFrame()) + "  " + e.document().title()
                    + (e.document().date() == null ? "" : ", " + e.document().date()) + "  (" + cites.size()
                    + (cites.size() == 1 ? " citation)" : " citations)"), "small", "start");
            y += 12;
        }
        return y;
    }
}
