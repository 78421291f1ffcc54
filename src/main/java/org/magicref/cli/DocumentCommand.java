package org.magicref.cli;

import java.io.IOException;
import java.util.Map;
import org.magicref.notebook.Change;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "document", header = "Add, correct or remove a document of your own research.",
        description = "Add a document to your catalogue (any Record Group 457 series), correct what is recorded of one "
                + "(yours or the thesis's: the correction is yours, kept beside what the source states), or remove one "
                + "you added. Every change goes to the journal of your catalogue; 'magicref log' lists them and "
                + "'magicref undo' takes back the last.",
        footer = {"  magicref document add SRH-074 --title 'Japanese Army Attaché Reports' --publication top-secret-studies-pt1",
                  "  magicref document edit SRH-073 --reel 9", "  magicref document remove SRH-074"},
        subcommands = {DocumentCommand.Add.class, DocumentCommand.Edit.class, DocumentCommand.Remove.class})
public class DocumentCommand extends CommandGroup {
    @Command(name = "add", header = "Add a document.",
            description = "Add a document: its identifier, title and, where known, date, publication, reel and "
                    + "bibliography entry. An identifier already in the catalogue is refused.",
            footer = {"  magicref document add SRH-074 --title 'Japanese Army Attaché Reports' --date 'June 1945' "
                    + "--publication top-secret-studies-pt1 --reel 9"})
    public static class Add extends ChangeCommand {
        @Parameters(paramLabel = "ID", description = "The document's identifier: SRH-074, SRN-12345, SRMN-013.")
        String id;

        @Mixin
        DocumentFields fields;

        @Override
        public Integer call() throws IOException {
            return record(Change.ADD_DOCUMENT, fields.fields(id));
        }
    }

    @Command(name = "edit", header = "Correct what is recorded of a document.",
            description = "Correct a document's title, date, publication, reel or bibliography entry; the options "
                    + "left out stay as they are, and an empty value ('') clears a field.",
            footer = {"  magicref document edit SRH-073 --reel 9", "  magicref document edit SRH-074 --date ''"})
    public static class Edit extends ChangeCommand {
        @Mixin
        DocumentArgument document;

        @Mixin
        DocumentFields fields;

        @Override
        public Integer call() throws IOException {
            Map<String, String> changed = fields.fields(document.id);
            if (changed.size() < 2) {
                throw usage("say what to change: --title, --date, --publication, --reel or --bibliography");
            }
            return record(Change.EDIT_DOCUMENT, changed);
        }
    }

    @Command(name = "remove", header = "Remove a document you added.",
            description = "Remove a document you added, once no note or mark of yours names it. Documents the "
                    + "thesis states are kept (correct them with 'document edit').",
            footer = {"  magicref document remove SRH-074"})
    public static class Remove extends ChangeCommand {
        @Mixin
        DocumentArgument document;

        @Override
        public Integer call() throws IOException {
            return record(Change.REMOVE_DOCUMENT, fields("id", document.id));
        }
    }
}
