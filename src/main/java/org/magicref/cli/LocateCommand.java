package org.magicref.cli;

import org.magicref.domain.Catalogue;
import org.magicref.report.FrameReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "locate", header = "The reel and frame of a page of a document.",
        description = "The reel and frame of a page of a document: exact where a note cites it, inferred from the "
                + "document's page/frame alignment, ambiguous across an irregularity, or not identified.",
        footer = {"  magicref locate SRH-085 --page 12", "  magicref locate SRH-079 --page 6 --json"})
public class LocateCommand extends CatalogueCommand {
    @Mixin
    DocumentArgument document;

    @Option(names = {"-p", "--page"}, paramLabel = "PAGE", required = true, description = "The page: 7, 9n (a note on page 9), A2.")
    String page;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogue();
        print(FrameReport.ofPage(catalogue, catalogue.reels().locate(catalogue.require(document.id).id(), page)));
        return ExitCodes.OK;
    }
}
