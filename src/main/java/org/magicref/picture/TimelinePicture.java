package org.magicref.picture;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.magicref.analysis.Audit;
import org.magicref.analysis.Finding;
import org.magicref.analysis.Timeline;
import org.magicref.domain.DocumentDate;

/**
 * The documents on a date axis: a study dated by a range as a bar over its range (a day or a
 * month as a short bar), each in the first lane where it does not overlap another; the Magic
 * Summaries as ticks by date, labelled with their numbers; the documents that the audit finds
 * misdated or misnumbered marked "!"; and the citations per month as columns below.
 */
public final class TimelinePicture {
    private static final int WIDTH = 960;
    private static final int LEFT = 60;
    private static final int RIGHT = 30;
    private static final int LANE = 16;
    private static final int CHART = 80;
    private static final int LONG_RANGE_DAYS = 730;

    private TimelinePicture() {
    }

    /**
     * @param flagged the audit's findings; the documents of those about numbering or dates are marked
     */
    public static String svg(Timeline timeline, List<Finding> flagged) {
        if (timeline.entries().isEmpty()) {
            throw new IllegalArgumentException("no dated document to draw");
        }
        Set<String> marked = new TreeSet<>();
        flagged.stream().filter(f -> f.code().equals(Audit.SUMMARY_NUMBERING) || f.code().equals(Audit.DATE_MISMATCH))
                .forEach(f -> marked.addAll(f.documents()));
        // a study covering years (SRH-018, 1938-1942) would squeeze the rest into a corner: the axis starts with the
        // shorter-dated documents, and a bar that starts before it is cut, its start given in its label
        YearMonth first = YearMonth.from(timeline.entries().stream().filter(e -> ChronoUnit.DAYS.between(e.date().start(),
                e.date().end()) < LONG_RANGE_DAYS).map(e -> e.date().start()).min(LocalDate::compareTo)
                .orElse(timeline.entries().get(0).date().start()));
        YearMonth last = YearMonth.from(timeline.entries().stream().map(e -> e.date().end()).max(LocalDate::compareTo).get());
        Axis axis = new Axis(first.atDay(1), last.atEndOfMonth().plusDays(1));
        Svg svg = new Svg(WIDTH);
        svg.text(10, 22, "Timeline of the catalogue: " + timeline.entries().size() + " dated documents, "
                + first + " to " + last, "heading", "start");
        double y = 44;
        svg.text(10, y, "Studies and other documents (a bar spans the period a document covers)", "label", "start");
        y = studies(svg, axis, timeline, marked, y + 8);
        svg.text(10, y + 18, "Magic Summaries (SRS), by date, labelled with their numbers; ! the audit finds the date or number "
                + "inconsistent", "label", "start");
        y = summaries(svg, axis, timeline, marked, y + 26);
        y = years(svg, axis, 50, y);
        svg.text(10, y + 22, "Citations per month", "label", "start");
        y = chart(svg, axis, timeline.citationsPerMonth(), y + 30);
        return svg.document((int) Math.ceil(y + 12), "Timeline of the catalogue",
                "The catalogue's dated documents on a date axis from " + first + " to " + last
                        + ", with the citations per month below.");
    }

    /** Days mapped to x. */
    private record Axis(LocalDate from, LocalDate to) {
        double x(LocalDate day) {
            return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, day) / ChronoUnit.DAYS.between(from, to);
        }
    }

    private static double studies(Svg svg, Axis axis, Timeline timeline, Set<String> marked, double top) {
        List<List<double[]>> lanes = new ArrayList<>();
        double bottom = top;
        if (timeline.entries().stream().allMatch(e -> e.document().id().isMagicSummary())) {
            svg.text(LEFT, top + 10, "none in this period or series", "small", "start");
            return top + LANE;
        }
        for (Timeline.Entry e : timeline.entries()) {
            if (e.document().id().isMagicSummary()) {
                continue;
            }
            boolean cut = e.date().start().isBefore(axis.from());
            double x1 = cut ? LEFT : axis.x(e.date().start());
            double x2 = Math.max(axis.x(e.date().end().plusDays(1)), x1 + 3);
            String label = (cut ? "\u00ab " : "") + e.document().id() + (cut ? " (from " + e.date().start() + ")" : "")
                    + (marked.contains(e.document().id().toString()) ? " !" : "");
            double labelX = Math.min(x1, WIDTH - 4 - Svg.width(label, 9));
            double end = Math.max(x2, labelX + Svg.width(label, 9) + 4);
            int lane = 0;
            double from = Math.min(x1, labelX);
            while (lane < lanes.size() && lanes.get(lane).stream().anyMatch(r -> r[0] < end + 4 && from < r[1] + 4)) {
                lane++;
            }
            if (lane == lanes.size()) {
                lanes.add(new ArrayList<>());
            }
            lanes.get(lane).add(new double[] {from, end});
            double y = top + lane * LANE;
            svg.rect(x1, y + 7, x2 - x1, 6, e.date().precision() == DocumentDate.Precision.RANGE ? Svg.HATCH : Svg.SOLID,
                    "#111", e.document().id() + ": " + e.document().title() + ", " + e.date().text() + " (" + e.citations()
                            + (e.citations() == 1 ? " citation)" : " citations)"));
            svg.text(labelX, y + 5, label, "small", "start");
            bottom = Math.max(bottom, y + LANE);
        }
        return bottom;
    }

    /** The summaries as ticks; a label where there is room, the marked ones first, so that a finding is never hidden. */
    private static double summaries(Svg svg, Axis axis, Timeline timeline, Set<String> marked, double top) {
        double base = top + 56;
        svg.line(LEFT, base, WIDTH - RIGHT, base, null);
        List<Timeline.Entry> summaries = timeline.entries().stream().filter(e -> e.document().id().isMagicSummary()).toList();
        List<Double> labelled = new ArrayList<>();
        for (boolean markedFirst : new boolean[] {true, false}) {
            for (Timeline.Entry e : summaries) {
                boolean isMarked = marked.contains(e.document().id().toString());
                double tick = axis.x(e.date().start());
                double x = isMarked ? free(labelled, tick) : tick;
                if (isMarked != markedFirst || labelled.stream().anyMatch(l -> Math.abs(l - x) < 9)) {
                    continue;
                }
                svg.upright(x + 3, base - 10, e.document().id().number() + (isMarked ? " !" : ""), "small", true);
                if (x != tick) {
                    svg.line(tick, base - 8, x + 1, base - 12, null);
                }
                labelled.add(x);
            }
        }
        for (Timeline.Entry e : summaries) {
            double x = axis.x(e.date().start());
            svg.line(x, base - 8, x, base, null);
            svg.rect(x - 1.5, base - 8, 3, 8, "none", null, e.document().id() + ", " + e.date().text() + " (" + e.citations()
                    + (e.citations() == 1 ? " citation)" : " citations)"));
        }
        return base;
    }

    /** The place nearest x, to the right first, where a label does not touch another. */
    private static double free(List<Double> labelled, double x) {
        for (int step = 0; ; step++) {
            double candidate = x + (step % 2 == 0 ? 1 : -1) * ((step + 1) / 2) * 9.5;
            if (labelled.stream().noneMatch(l -> Math.abs(l - candidate) < 9)) {
                return candidate;
            }
        }
    }

    /** Year lines and labels across the picture. */
    private static double years(Svg svg, Axis axis, double top, double bottom) {
        if (axis.from().getDayOfYear() > 1) {
            svg.text(LEFT, bottom + 16, YearMonth.from(axis.from()).toString(), "label", "start");
        }
        for (int year = axis.from().getYear(); year <= axis.to().getYear(); year++) {
            LocalDate day = LocalDate.of(year, 1, 1);
            if (day.isBefore(axis.from()) || day.isAfter(axis.to()) || axis.x(day) - LEFT < 60 && axis.from().getDayOfYear() > 1) {
                continue;
            }
            double x = axis.x(day);
            svg.line(x, top, x, bottom + 4, "2,3");
            svg.text(x, bottom + 16, Integer.toString(year), "label", "middle");
        }
        return bottom + 16;
    }

    private static double chart(Svg svg, Axis axis, Map<YearMonth, Integer> perMonth, double top) {
        int most = perMonth.values().stream().mapToInt(i -> i).max().orElse(0);
        double base = top + CHART;
        svg.line(LEFT, base, WIDTH - RIGHT, base, null);
        if (most == 0) {
            svg.text(LEFT, base - 4, "no citations", "small", "start");
            return base;
        }
        for (Map.Entry<YearMonth, Integer> m : perMonth.entrySet()) {
            if (m.getValue() == 0) {
                continue;
            }
            double x1 = axis.x(m.getKey().atDay(1));
            double x2 = axis.x(m.getKey().atEndOfMonth().plusDays(1));
            double h = CHART * m.getValue() / (double) most;
            svg.rect(x1, base - h, Math.max(x2 - x1 - 1, 2), h, Svg.SOLID, null, m.getKey() + ": " + m.getValue()
                    + (m.getValue() == 1 ? " citation" : " citations"));
            if (m.getValue() == most || h > 14) {
                svg.text((x1 + x2) / 2, base - h - 3, Integer.toString(m.getValue()), "small", "middle");
            }
        }
        svg.text(LEFT - 6, base - CHART + 4, Integer.toString(most), "small", "end");
        svg.text(LEFT - 6, base, "0", "small", "end");
        return base;
    }
}
