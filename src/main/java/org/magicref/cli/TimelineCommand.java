package org.magicref.cli;

import java.time.LocalDate;
import org.magicref.analysis.Timeline;
import org.magicref.domain.Series;
import org.magicref.report.TimelineReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "timeline", header = "The documents in date order, with citations per month.",
        description = "The documents in date order (a study dated by a range stands at its start, its range shown), "
                + "with the number of citations of each, and a chart of citations per month.",
        footer = {"  magicref timeline", "  magicref timeline --from 1945 --series SRH --json"})
public class TimelineCommand extends CatalogueCommand {
    @Mixin
    DateRangeOptions dates;

    @Option(names = "--series", paramLabel = "SERIES", description = "Only this series: SRS, SRH, ...")
    String series;

    @Override
    public Integer call() {
        LocalDate from = dates.start();
        LocalDate to = dates.end();
        var catalogue = catalogue();
        String code = Series.normalize(series);
        if (code != null && !catalogue.series().contains(code)) {
            throw usage("no document of series '" + series + "' is in the catalogue; it holds " + String.join(", ", catalogue.series()));
        }
        print(new TimelineReport(Timeline.of(catalogue, from, to, code)));
        return ExitCodes.OK;
    }
}
