package org.magicref.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.magicref.analysis.Timeline;
import org.magicref.domain.DocumentDate;

/** The documents in date order with their citations, and a chart of citations per month ({@code timeline}). */
public record TimelineReport(Timeline timeline) implements Report {
    static final String MONTHS = "JFMAMJJASOND";

    /** {@code timeline --json}. */
    public record TimelineView(List<EntryView> documents, List<MonthView> months, int undated) { }

    /** A document on the timeline. */
    public record EntryView(String id, String title, String date, String start, String end, int citations) { }

    /** Citations of documents dated in a month. */
    public record MonthView(String month, int citations) { }

    @Override
    public TimelineView view() {
        List<MonthView> months = new ArrayList<>();
        timeline.citationsPerMonth().forEach((m, n) -> months.add(new MonthView(m.toString(), n)));
        return new TimelineView(timeline.entries().stream().map(e -> new EntryView(e.document().id().toString(),
                e.document().title(), e.document().date(), e.date().start().toString(), e.date().end().toString(),
                e.citations())).toList(), months, timeline.undated());
    }

    @Override
    public void write(TextWriter out) {
        out.line("START       DOCUMENT  CITES  DATE / TITLE");
        for (Timeline.Entry e : timeline.entries()) {
            String head = Columns.left(e.date().start(), 10) + "  " + Columns.left(e.document().id(), 9) + " " + Columns.right(e.citations(), 5) + "  ";
            String date = e.date().precision() == DocumentDate.Precision.DAY ? "" : e.document().date() + ": ";
            out.wrapped(head, " ".repeat(head.length()), date + e.document().title());
        }
        out.line(timeline.entries().size() + " dated documents"
                + (timeline.undated() > 0 ? " (" + timeline.undated() + " undated not shown)" : ""));
        if (!timeline.entries().isEmpty()) {
            out.blank();
            chart().forEach(out::line);
        }
    }

    /**
     * Citations per month: a row a year, a column a month; the count where it fits, '+' for ten or
     * more, '.' for none. 4 + 12 * 3 columns: fits any terminal of 40 columns or more.
     */
    List<String> chart() {
        List<String> out = new ArrayList<>();
        int first = timeline.entries().get(0).date().start().getYear();
        int last = timeline.entries().stream().mapToInt(e -> e.date().start().getYear()).max().getAsInt();
        out.add("Citations per month of the documents' dates");
        StringBuilder head = new StringBuilder("     ");
        for (char m : MONTHS.toCharArray()) {
            head.append("  ").append(m);
        }
        out.add(head.toString());
        for (int y = first; y <= last; y++) {
            StringBuilder row = new StringBuilder(String.valueOf(y)).append(' ');
            int total = 0;
            for (int m = 1; m <= 12; m++) {
                int n = timeline.citationsPerMonth().getOrDefault(YearMonth.of(y, m), 0);
                total += n;
                row.append(Columns.right(n == 0 ? "." : n > 9 ? "+" : String.valueOf(n), 3));
            }
            out.add(row.append("   ").append(total).toString());
        }
        return out;
    }
}
