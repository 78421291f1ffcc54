package org.magicref.cli;

import org.magicref.notebook.Notebook;
import org.magicref.records.Journal;
import org.magicref.report.ChangeReport;
import picocli.CommandLine.Command;

@Command(name = "log", header = "Every change you made to the catalogue.",
        description = "List every change you made, oldest first: its number, when, what it changed, and the values "
                + "it replaced; changes taken back with 'undo' are marked.",
        footer = {"  magicref log", "  magicref log --json"})
public class LogCommand extends CatalogueCommand {
    @Override
    public Integer call() {
        catalogue();
        Journal.Read journal = catalogueOptions().journal();
        print(new ChangeReport(journal.changes(), Notebook.undone(journal.changes()), false));
        return ExitCodes.OK;
    }
}
