package org.magicref.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.notebook.Contradictions;
import org.magicref.records.CatalogueStore;
import org.magicref.records.InvalidCatalogueException;
import org.magicref.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", header = "Check a catalogue and list every problem.",
        description = "Check a catalogue and list every problem: JSON syntax errors (file, line, column), wrong or "
                + "missing fields, duplicate identifiers, citations naming unknown documents, works or publications, "
                + "and frames that contradict each other. Exits 0 when it is valid, 3 when it is not.",
        footer = {"  magicref validate records", "  magicref validate            (the catalogue in use)"})
public class ValidateCommand extends CatalogueCommand {
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The catalogue folder (default: the one in use).")
    Path dir;

    @Override
    public Integer call() {
        String name = dir != null ? dir.toString() : catalogueOptions().records != null ? catalogueOptions().records.toString()
                : "the catalogue in use";
        ValidationReport report;
        try {
            Catalogue c = dir != null ? CatalogueStore.read(dir) : catalogueOptions().source().get(catalogueOptions().records);
            List<String> problems = new ArrayList<>(dir != null ? List.of() : catalogueOptions().problems());
            problems.addAll(Contradictions.all(c));
            report = new ValidationReport(name, problems.isEmpty(), problems, c.documents().size(), c.citations().size());
        } catch (InvalidCatalogueException e) {
            report = new ValidationReport(name, false, e.problems(), null, null);
        }
        print(report);
        return report.valid() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
