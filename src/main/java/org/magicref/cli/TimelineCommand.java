package org.magicref.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.magicref.analysis.Timeline;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "timeline", header = "The documents in date order, with citations per month.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "The documents in date order (a study dated by a range stands at its start, its range shown), "
                + "with the number of citations of each, and a chart of citations per month.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref timeline", "  magicref timeline --from 1945 --series SRH --json"})
public class TimelineCommand extends CatalogueReader implements Callable<Integer> {
    static final String MONTHS = "JFMAMJJASOND";

    /** {@code timeline --json}. */
    public record TimelineView(List<EntryView> documents, List<MonthView> months, int undated) { }

    /** A document on the timeline. */
    public record EntryView(String id, String title, String date, String start, String end, int citations) { }

    /** Citations of documents dated in a month. */
    public record MonthView(String month, int citations) { }

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--series", paramLabel = "SERIES", description = "Only this series: SRS, SRH, ...")
    String series;

    @Override
    public Integer call() {
        LocalDate start = dates.start();
        LocalDate end = dates.end();
        Catalogue catalogue = catalogueOptions.catalogue();
        Timeline t = Timeline.of(catalogue, start, end, series == null ? null : series.strip().toUpperCase(Locale.ROOT));
        if (output.json()) {
            List<MonthView> months = new ArrayList<>();
            t.citationsPerMonth().forEach((m, n) -> months.add(new MonthView(m.toString(), n)));
            TextOut.json(spec.commandLine().getOut(), new TimelineView(t.entries().stream().map(e -> new EntryView(
                    e.document().id().toString(), e.document().title(), e.document().date(), e.date().start().toString(),
                    e.date().end().toString(), e.citations())).toList(), months, t.undated()));
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        out.line(String.format("%-10s  %-9s %5s  %s", "START", "DOCUMENT", "CITES", "DATE / TITLE"));
        for (Timeline.Entry e : t.entries()) {
            String head = String.format("%-10s  %-9s %5d  ", e.date().start(), e.document().id(), e.citations());
            String date = e.date().precision() == DocumentDate.Precision.DAY ? "" : e.document().date() + ": ";
            out.wrapped(head, " ".repeat(head.length()), date + e.document().title());
        }
        out.line(t.entries().size() + " dated documents" + (t.undated() > 0 ? " (" + t.undated() + " undated not shown)" : ""));
        if (!t.entries().isEmpty()) {
            out.line("");
            chart(t).forEach(out::line);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Citations per month: a row a year, a column a month; the count where it fits, '+' for ten or
     * more, '.' for none. 4 + 12 * 3 columns: fits any terminal of 40 columns or more.
     */
    static List<String> chart(Timeline t) {
        List<String> out = new ArrayList<>();
        int first = t.entries().get(0).date().start().getYear();
        int last = t.entries().stream().mapToInt(e -> e.date().start().getYear()).max().getAsInt();
        StringBuilder head = new StringBuilder("Citations per month of the documents' dates\n     ");
        for (char m : MONTHS.toCharArray()) {
            head.append("  ").append(m);
        }
        out.addAll(List.of(head.toString().split("\n")));
        for (int y = first; y <= last; y++) {
            StringBuilder row = new StringBuilder(String.valueOf(y)).append(' ');
            int total = 0;
            for (int m = 1; m <= 12; m++) {
                int n = t.citationsPerMonth().getOrDefault(YearMonth.of(y, m), 0);
                total += n;
                row.append(String.format("%3s", n == 0 ? "." : n > 9 ? "+" : String.valueOf(n)));
            }
            out.add(row.append("   ").append(total).toString());
        }
        return out;
    }
}
