package org.magicref.cli;

import org.magicref.domain.Catalogue;
import org.magicref.report.CitesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cites", header = "Every passage that cites a document.",
        description = "List every citation of a document: chapter and note, pages, reel and frames, whether it "
                + "came through \"Ibid.\", and the passage the note supports: the sentence its marker closes, with "
                + "the sentences before it that carry the same claim, or the block quotation it closes.",
        footer = {"  magicref cites SRH-085", "  magicref cites SRH-084 --context", "  magicref cites SRS-1189 --json"})
public class CitesCommand extends CatalogueCommand {
    @Mixin
    DocumentArgument document;

    @Option(names = "--context", description = "Show the whole paragraph each passage stands in.")
    boolean context;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogue();
        print(new CitesReport(catalogue, catalogue.require(document.id), context));
        return ExitCodes.OK;
    }
}
