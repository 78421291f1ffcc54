package org.magicref.cli;

import org.magicref.analysis.CrossReference;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.report.XrefReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "xref", header = "How a document connects to others.",
        description = "How a document connects to others: documents cited in the same note and paragraph, just before "
                + "and after it in the argument, beside it on the reel, dated near it, and studies of the same family.",
        footer = {"  magicref xref SRH-085", "  magicref xref SRS-1189 --days 14 --json"})
public class XrefCommand extends CatalogueCommand {
    @Mixin
    DocumentArgument document;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "Window for documents dated near it (default: ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
        if (days < 0 || days > 36_500) {
            throw usage("--days must be between 0 and 36500, not " + days);
        }
        Catalogue catalogue = catalogue();
        Document d = catalogue.require(document.id);
        print(new XrefReport(d, days, new CrossReference(catalogue).of(d.id(), days)));
        return ExitCodes.OK;
    }
}
