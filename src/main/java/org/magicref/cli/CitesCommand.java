package org.magicref.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "cites", header = "Every passage that cites a document.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "List every citation of a document: chapter and note, pages, reel and frames, whether it "
                + "came through \"Ibid.\", and the passage the note supports.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref cites SRH-085", "  magicref cites SRS-1189 --json"})
public class CitesCommand extends CatalogueReader implements Callable<Integer> {
    @Mixin
    DocumentArgument document;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogueOptions.catalogue();
        Document d = catalogue.require(document.id);
        List<Citation> citations = catalogue.citationsOf(d.id());
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), citations.stream().map(CitationView::of).toList());
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        String count = citations.isEmpty() ? "no citations (bibliography only)"
                : citations.size() == 1 ? "1 citation" : citations.size() + " citations";
        out.heading(d.id() + "  ", " ".repeat(d.id().toString().length() + 2), d.title()
                + (d.date() == null ? "" : ", " + d.date()) + " (" + count + ")");
        boolean manyWorks = catalogue.works().size() > 1;
        for (Citation c : citations) {
            out.line("");
            String where = (manyWorks ? c.work() + " " : "") + c.noteRef();
            out.line(String.format("  %-6s %s%s", where, TextOut.locator(c), c.ibid() ? "  (Ibid.)" : ""));
            String passage = c.passage() == null ? "(no passage found in the body text)" : c.passage();
            out.wrapped("         ", "         ", passage);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
