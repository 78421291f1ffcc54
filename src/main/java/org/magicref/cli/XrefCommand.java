package org.magicref.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.magicref.analysis.CrossReference;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "xref", header = "How a document connects to others.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "How a document connects to others: documents cited in the same note and paragraph, just before "
                + "and after it in the argument, beside it on the reel, dated near it, and studies of the same family.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref xref SRH-085", "  magicref xref SRS-1189 --days 14 --json"})
public class XrefCommand extends CatalogueReader implements Callable<Integer> {
    /** {@code xref --json}: the document and its groups. */
    public record XrefView(String document, int days, List<CrossReference.Group> groups) { }

    @Mixin
    DocumentArgument document;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "Window for documents dated near it (default: ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
        if (days < 0 || days > 36_500) {
            throw new ParameterException(spec.commandLine(), "--days must be between 0 and 36500, not " + days);
        }
        Catalogue catalogue = catalogueOptions.catalogue();
        Document d = catalogue.require(document.id);
        List<CrossReference.Group> groups = new CrossReference(catalogue).of(d.id(), days);
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), new XrefView(d.id().toString(), days, groups));
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        out.heading(d.id() + "  ", " ".repeat(d.id().toString().length() + 2), d.title() + (d.date() == null ? "" : ", " + d.date()));
        for (CrossReference.Group g : groups) {
            out.line("");
            out.wrapped("", "  ", g.kind() + ": " + g.why());
            if (g.entries().isEmpty()) {
                out.line("  (none)");
            }
            for (CrossReference.Entry e : g.entries()) {
                out.wrapped(String.format("  %-9s ", e.document()), " ".repeat(12), e.detail());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
