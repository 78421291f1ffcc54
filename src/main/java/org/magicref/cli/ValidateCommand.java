package org.magicref.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.magicref.domain.Catalogue;
import org.magicref.records.CatalogueStore;
import org.magicref.records.InvalidCatalogueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", header = "Check a catalogue and list every problem.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Check a catalogue and list every problem: JSON syntax errors (file, line, column), wrong or "
                + "missing fields, duplicate identifiers, citations naming unknown documents, works or publications, "
                + "and frames that contradict each other. Exits 0 when it is valid, 3 when it is not.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref validate records", "  magicref validate            (the catalogue in use)"})
public class ValidateCommand extends CatalogueReader implements Callable<Integer> {
    /** {@code validate --json}. */
    public record ValidationView(String catalogue, boolean valid, List<String> problems, Integer documents,
                                 Integer citations) { }

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The catalogue folder (default: the one in use).")
    Path dir;

    @Override
    public Integer call() {
        String name = dir != null ? dir.toString() : catalogueOptions.records != null ? catalogueOptions.records.toString()
                : "the catalogue in use";
        ValidationView view;
        try {
            Catalogue c = dir != null ? CatalogueStore.read(dir) : catalogueOptions.catalogue();
            view = new ValidationView(name, true, List.of(), c.documents().size(), c.citations().size());
        } catch (InvalidCatalogueException e) {
            view = new ValidationView(name, false, e.problems(), null, null);
        }
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), view);
        } else {
            TextOut out = new TextOut(spec.commandLine().getOut(), output);
            if (view.valid()) {
                out.line("valid: " + name + " (" + view.documents() + " documents, " + view.citations() + " citations)");
            } else {
                out.line("invalid: " + name + ", " + view.problems().size() + (view.problems().size() == 1 ? " problem" : " problems") + ":");
                view.problems().forEach(p -> out.wrapped("  ", "    ", p));
            }
            out.flush();
        }
        return view.valid() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
