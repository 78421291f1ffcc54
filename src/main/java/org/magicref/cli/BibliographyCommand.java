package org.magicref.cli;

import org.magicref.citation.Bibliography;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentFilter;
import org.magicref.report.BibliographyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bibliography", header = "The bibliography of the catalogue.",
        description = "The bibliography of the catalogue's documents: in the house style grouped under their "
                + "publication headings as the thesis prints them, or in any CSL style.",
        footer = {"  magicref bibliography", "  magicref bibliography --cited-only --style apa"})
public class BibliographyCommand extends CatalogueCommand {
    @Mixin
    StyleOptions styleOptions;

    @Option(names = "--cited-only", description = "Only documents the notes cite.")
    boolean citedOnly;

    @Override
    public Integer call() {
        if (styleOptions.listed(out())) {
            return ExitCodes.OK;
        }
        Catalogue catalogue = catalogue();
        print(new BibliographyReport(Bibliography.of(catalogue, catalogue.documents(DocumentFilter.citedOnly(citedOnly)),
                styleOptions.style)));
        return ExitCodes.OK;
    }
}
