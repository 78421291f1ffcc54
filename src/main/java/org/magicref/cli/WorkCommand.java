package org.magicref.cli;

import java.io.IOException;
import org.magicref.notebook.Change;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "work", header = "Add a work of your own, whose notes cite RG 457 documents.",
        description = "Add a work (your paper, a chapter, a book you are reading): its notes are then recorded with "
                + "'magicref note', printed with 'magicref notes --work', and listed with 'magicref bibliography --work'.",
        footer = {"  magicref work add my-paper --author 'A. Historian' --title 'Tokyo and Moscow, 1945' --year 2027"},
        subcommands = {WorkCommand.Add.class})
public class WorkCommand extends CommandGroup {
    @Command(name = "add", header = "Add a work.",
            description = "Add a work under an id of lower-case letters, digits and hyphens.",
            footer = {"  magicref work add my-paper --author 'A. Historian' --title 'Tokyo and Moscow, 1945' --year 2027"})
    public static class Add extends ChangeCommand {
        @Parameters(paramLabel = "ID", description = "The work's id: my-paper.")
        String id;

        @Option(names = "--title", paramLabel = "TITLE", required = true, description = "Its title.")
        String title;

        @Option(names = "--author", paramLabel = "NAME", description = "Its author.")
        String author;

        @Option(names = "--year", paramLabel = "YEAR", description = "Its year.")
        String year;

        @Option(names = "--kind", paramLabel = "KIND", description = "What it is: paper, article, thesis, book.")
        String kind;

        @Override
        public Integer call() throws IOException {
            return record(Change.ADD_WORK, fields("id", id, "author", author, "title", title, "year", year, "kind", kind));
        }
    }
}
