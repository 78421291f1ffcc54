package org.magicref.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.magicref.analysis.Audit;
import org.magicref.analysis.Timeline;
import org.magicref.domain.Series;
import org.magicref.picture.TimelinePicture;
import org.magicref.report.TimelineReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "timeline", header = "The documents in date order, with citations per month.",
        description = "The documents in date order (a study dated by a range stands at its start, its range shown), "
                + "with the number of citations of each, and a chart of citations per month; with --svg, drawn on a date "
                + "axis.",
        footer = {"  magicref timeline", "  magicref timeline --from 1945 --series SRH --json",
                  "  magicref timeline --svg timeline.svg"})
public class TimelineCommand extends CatalogueCommand {
    @Mixin
    DateRangeOptions dates;

    @Option(names = "--series", paramLabel = "SERIES", description = "Only this series: SRS, SRH, ...")
    String series;

    @Option(names = "--svg", paramLabel = "FILE", description = "Draw the timeline on a date axis (studies as bars over "
            + "their periods, summaries as ticks, the audit's date and numbering findings marked, citations per month "
            + "below) into FILE (SVG; - for standard output).")
    Path svg;

    @Option(names = "--force", description = "Replace the --svg FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        LocalDate from = dates.start();
        LocalDate to = dates.end();
        var catalogue = catalogue();
        String code = Series.normalize(series);
        if (code != null && !catalogue.series().contains(code)) {
            throw usage("no document of series '" + series + "' is in the catalogue; it holds " + String.join(", ", catalogue.series()));
        }
        Timeline timeline = Timeline.of(catalogue, from, to, code);
        if (svg == null) {
            print(new TimelineReport(timeline));
        } else if (timeline.entries().isEmpty()) {
            throw usage("no dated document in that period: there is nothing to draw");
        } else {
            picture(svg, TimelinePicture.svg(timeline, new Audit(catalogue, Audit.SourceLines.NONE).run()), force);
        }
        return ExitCodes.OK;
    }
}
