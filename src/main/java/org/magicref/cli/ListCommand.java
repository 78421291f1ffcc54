package org.magicref.cli;

import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentFilter;
import org.magicref.domain.Series;
import org.magicref.domain.UnknownPublicationException;
import org.magicref.report.ListReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", header = "List the documents, filtered and sorted.",
        description = "List the documents of the catalogue, filtered by series, date, publication and reel, or by "
                + "whether the notes cite them.",
        footer = {"  magicref list --series SRH", "  magicref list --from 'July 1945' --to 'August 1945' --sort date",
                  "  magicref list --bibliography-only --json"})
public class ListCommand extends CatalogueCommand {
    enum Sort { id, date }

    static class Citedness {
        @Option(names = "--cited", description = "Only documents the notes cite.")
        boolean cited;

        @Option(names = "--bibliography-only", description = "Only documents listed in the bibliography but never cited.")
        boolean bibliographyOnly;
    }

    @Mixin
    DateRangeOptions dates;

    @Option(names = "--series", paramLabel = "SERIES", description = "Only this series: SRS, SRH, ...")
    String series;

    @Option(names = "--publication", paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class, description = "Only this publication (ids as in publications.json).")
    String publication;

    @Option(names = "--reel", paramLabel = "REEL", description = "Only documents on this reel.")
    Integer reel;

    @ArgGroup(exclusive = true)
    Citedness citedness;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "id", description = "Order by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Sort sort;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogue();
        DocumentFilter filter = new DocumentFilter(Series.normalize(series),
                publication, reel, citedness == null ? null : citedness.cited, dates.start(), dates.end());
        if (reel != null && reel <= 0) {
            throw usage("--reel must be a positive number, not " + reel);
        }
        String code = Series.normalize(series);
        if (code != null && !catalogue.series().contains(code)) {
            throw usage("no document of series '" + series + "' is in the catalogue; it holds " + String.join(", ", catalogue.series()));
        }
        try {
            if (publication != null) {
                catalogue.requirePublication(publication);
            }
        } catch (UnknownPublicationException e) {
            throw usage(e.getMessage());
        }
        List<Document> docs = catalogue.documents(filter);
        if (sort == Sort.date) {
            docs = docs.stream().sorted(Document.BY_DATE).toList();
        }
        print(new ListReport(catalogue, docs));
        return ExitCodes.OK;
    }
}
