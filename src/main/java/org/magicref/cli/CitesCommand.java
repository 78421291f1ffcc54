package org.magicref.cli;

import org.magicref.domain.Catalogue;
import org.magicref.report.CitesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "cites", header = "Every passage that cites a document.",
        description = "List every citation of a document: chapter and note, pages, reel and frames, whether it "
                + "came through \"Ibid.\", and the passage the note supports.",
        footer = {"  magicref cites SRH-085", "  magicref cites SRS-1189 --json"})
public class CitesCommand extends CatalogueCommand {
    @Mixin
    DocumentArgument document;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogue();
        print(new CitesReport(catalogue, catalogue.require(document.id)));
        return ExitCodes.OK;
    }
}
