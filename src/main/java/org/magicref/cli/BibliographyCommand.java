package org.magicref.cli;

import java.util.List;
import org.magicref.citation.Bibliography;
import org.magicref.citation.Markup;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentFilter;
import org.magicref.report.BibliographyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bibliography", header = "The bibliography of the catalogue.",
        description = "The bibliography of the catalogue's documents: in the house style grouped under their "
                + "publication headings as the thesis prints them, or in any CSL style.",
        footer = {"  magicref bibliography", "  magicref bibliography --cited-only --style apa",
                  "  magicref bibliography --work my-paper", "  magicref bibliography --format html > bibliography.html"})
public class BibliographyCommand extends CatalogueCommand {
    @Mixin
    StyleOptions styleOptions;

    @Mixin
    FormatOption formatOption;

    @Option(names = "--cited-only", description = "Only documents the notes cite.")
    boolean citedOnly;

    @Option(names = "--work", paramLabel = "WORK", completionCandidates = Candidates.WorkIds.class, description = "Only the documents this work cites.")
    String work;

    @Override
    public Integer call() {
        if (styleOptions.listed(out())) {
            return ExitCodes.OK;
        }
        Catalogue catalogue = catalogue();
        List<Document> docs = work != null ? catalogue.documentsCitedBy(catalogue.requireWork(work).id())
                : catalogue.documents(DocumentFilter.citedOnly(citedOnly));
        if (formatOption.format != Markup.TEXT && !output().json()) {
            out().println(Bibliography.formatted(catalogue, docs, styleOptions.style, formatOption.format));
            out().flush();
            return ExitCodes.OK;
        }
        print(new BibliographyReport(Bibliography.of(catalogue, docs, styleOptions.style)));
        return ExitCodes.OK;
    }
}
