package org.magicref.cli;

import java.io.IOException;
import java.util.Map;
import org.magicref.notebook.Change;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "publication", header = "Add, correct or remove a microfilm publication or archival location.",
        description = "Describe where documents are held: a microfilm publication (with or without frame numbers on "
                + "its reels) or an archival location such as a box and folder.",
        footer = {"  magicref publication add nara-rg457-box43 --title 'NARA RG 457, Box 43' --no-frames --medium paper",
                  "  magicref publication edit nara-rg457-box43 --place 'College Park, MD'"},
        subcommands = {PublicationCommand.Add.class, PublicationCommand.Edit.class, PublicationCommand.Remove.class})
public class PublicationCommand extends CommandGroup {
    @Command(name = "add", header = "Add a publication or location.",
            description = "Add a microfilm publication or an archival location, under an id of lower-case letters, "
                    + "digits and hyphens.",
            footer = {"  magicref publication add top-secret-studies-pt3 --title 'Top Secret Studies' --part 3 "
                    + "--place 'Bethesda, MD' --publisher 'University Publications of America' --year 1989"})
    public static class Add extends ChangeCommand {
        @Parameters(paramLabel = "ID", description = "The publication's id: top-secret-studies-pt3.")
        String id;

        @Mixin
        PublicationFields fields;

        @Override
        public Integer call() throws IOException {
            return record(Change.ADD_PUBLICATION, fields.fields(id));
        }
    }

    @Command(name = "edit", header = "Correct a publication or location.",
            description = "Correct what is recorded of a publication; options left out stay as they are.",
            footer = {"  magicref publication edit nara-rg457-box43 --place 'College Park, MD'"})
    public static class Edit extends ChangeCommand {
        @Parameters(paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class, description = "The publication's id.")
        String id;

        @Mixin
        PublicationFields fields;

        @Override
        public Integer call() throws IOException {
            Map<String, String> changed = fields.fields(id);
            if (changed.size() < 2) {
                throw usage("say what to change, e.g. --title or --place");
            }
            return record(Change.EDIT_PUBLICATION, changed);
        }
    }

    @Command(name = "remove", header = "Remove a publication that holds no document.",
            description = "Remove a publication or location that no document names.",
            footer = {"  magicref publication remove nara-rg457-box43"})
    public static class Remove extends ChangeCommand {
        @Parameters(paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class, description = "The publication's id.")
        String id;

        @Override
        public Integer call() throws IOException {
            return record(Change.REMOVE_PUBLICATION, fields("id", id));
        }
    }
}
