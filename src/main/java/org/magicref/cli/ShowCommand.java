package org.magicref.cli;

import org.magicref.domain.Catalogue;
import org.magicref.report.DocumentReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "show", header = "Everything about one document.",
        description = "Show everything about one document: title, date, series, publication, reel, cited pages "
                + "and frames, its citations and its bibliography entry.",
        footer = {"  magicref show SRH-085", "  magicref show srs1189 --json"})
public class ShowCommand extends CatalogueCommand {
    @Mixin
    DocumentArgument document;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogue();
        print(new DocumentReport(catalogue, catalogue.require(document.id)));
        return ExitCodes.OK;
    }
}
