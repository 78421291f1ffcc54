package org.magicref.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.magicref.analysis.CrossReference;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.picture.NeighbourhoodGraph;
import org.magicref.report.XrefReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "xref", header = "How a document connects to others.",
        description = "How a document connects to others: documents cited in the same note and paragraph, just before "
                + "and after it in the argument, beside it on the reel, dated near it, and studies of the same family; "
                + "with --dot, as a Graphviz graph.",
        footer = {"  magicref xref SRH-085", "  magicref xref SRS-1189 --days 14 --json",
                  "  magicref xref SRH-085 --dot - | dot -Tsvg > srh-085.svg"})
public class XrefCommand extends CatalogueCommand {
    @Mixin
    DocumentArgument document;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "Window for documents dated near it (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--dot", paramLabel = "FILE", description = "Write the neighbourhood as a Graphviz DOT graph into FILE "
            + "(- for standard output), for dot -Tsvg or -Tpng to draw.")
    Path dot;

    @Option(names = "--force", description = "Replace the --dot FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (days < 0 || days > 36_500) {
            throw usage("--days must be between 0 and 36500, not " + days);
        }
        Catalogue catalogue = catalogue();
        Document d = catalogue.require(document.id);
        var groups = new CrossReference(catalogue).of(d.id(), days);
        if (dot != null) {
            picture(dot, NeighbourhoodGraph.dot(catalogue, d, groups), force);
        } else {
            print(new XrefReport(d, days, groups));
        }
        return ExitCodes.OK;
    }
}
