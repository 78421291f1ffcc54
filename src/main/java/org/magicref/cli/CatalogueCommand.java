package org.magicref.cli;

import org.magicref.domain.Catalogue;
import org.magicref.report.Json;
import org.magicref.report.Report;
import org.magicref.report.TextWriter;

/** The base of the commands that read the catalogue and print a report: {@code --records} and the output options. */
public abstract class CatalogueCommand extends BaseCommand {
    /** The catalogue chosen with {@code --records}, the environment, or the bundled one. */
    protected Catalogue catalogue() {
        return catalogueOptions().catalogue();
    }

    /** Prints the report as JSON with {@code --json}, else as text for people. */
    protected void print(Report report) {
        if (output().json()) {
            Json.print(out(), report.view());
            return;
        }
        TextWriter writer = output().writer(out());
        report.write(writer);
        writer.flush();
    }
}
