package org.magicref.cli;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "list", header = "List the documents, filtered and sorted.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "List the documents of the catalogue, filtered by series, date, publication and reel, or by "
                + "whether the notes cite them.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref list --series SRH", "  magicref list --from 'July 1945' --to 'August 1945' --sort date",
                  "  magicref list --bibliography-only --json"})
public class ListCommand extends CatalogueReader implements Callable<Integer> {
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
        Catalogue catalogue = catalogueOptions.catalogue();
        LocalDate start = dates.start();
        LocalDate end = dates.end();
        if (reel != null && reel <= 0) {
            throw new ParameterException(spec.commandLine(), "--reel must be a positive number, not " + reel);
        }
        if (publication != null && catalogue.publication(publication).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown publication '" + publication + "'; known: "
                    + String.join(", ", catalogue.publications().stream().map(p -> p.id()).toList()));
        }
        String seriesCode = series == null ? null : series.strip().toUpperCase(Locale.ROOT);
        Stream<Document> docs = catalogue.documents().stream()
                .filter(d -> seriesCode == null || d.series().equals(seriesCode))
                .filter(d -> publication == null || publication.equals(d.publication()))
                .filter(d -> reel == null || reel.equals(d.reel()))
                .filter(d -> citedness == null || (citedness.cited == catalogue.isCited(d.id())))
                .filter(d -> within(d.parsedDate(), start, end));
        if (sort == Sort.date) {
            docs = docs.sorted(Comparator.comparing(Document::parsedDate, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Document::id));
        }
        List<Document> list = docs.toList();
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), list.stream().map(d -> DocumentView.of(d, catalogue)).toList());
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        int dateWidth = Math.min(28, list.stream().mapToInt(d -> d.date() == null ? 1 : d.date().length()).max().orElse(4));
        String format = "%-9s %-" + dateWidth + "s %4s %5s  ";
        String header = String.format(format, "ID", "DATE", "REEL", "CITES");
        out.line(header + "TITLE");
        String indent = " ".repeat(header.length());
        for (Document d : list) {
            String head = String.format(format, d.id(), d.date() == null ? "-" : d.date(),
                    d.reel() == null ? "-" : d.reel(), catalogue.citationsOf(d.id()).size());
            out.wrapped(head.length() > indent.length() ? head + "\n" + indent : head, indent, d.title());
        }
        out.line(list.size() + (list.size() == 1 ? " document" : " documents"));
        out.flush();
        return ExitCodes.OK;
    }

    /** Whether a document's date can fall within the bounds; undated documents only match no bounds. */
    private static boolean within(DocumentDate date, LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return true;
        }
        if (date == null) {
            return false;
        }
        return (start == null || !date.end().isBefore(start)) && (end == null || !date.start().isAfter(end));
    }
}
