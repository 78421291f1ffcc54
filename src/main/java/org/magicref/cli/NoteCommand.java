package org.magicref.cli;

import java.io.IOException;
import org.magicref.notebook.Change;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "note", header = "Record a note of your own work that cites a document.",
        description = "Record that note REF of work WORK cites document ID, with its pages and, where you have "
                + "them, frames and the passage it supports. A note citing several documents is recorded once for "
                + "each. 'magicref notes --work WORK' prints the whole sequence with \"Ibid.\" and shortened forms.",
        footer = {"  magicref note my-paper 1 SRH-073 --page 1", "  magicref note my-paper 2 SRH-073 --page 6 --passage 'The White Russians...'"})
public class NoteCommand extends ChangeCommand {
    @Parameters(index = "0", paramLabel = "WORK", completionCandidates = Candidates.WorkIds.class, description = "The work's id (see 'magicref work add').")
    String work;

    @Parameters(index = "1", paramLabel = "REF", description = "The note's number: 12, or II.3 for note 3 of chapter II.")
    String ref;

    @Parameters(index = "2", paramLabel = "ID", completionCandidates = Candidates.DocumentIds.class,
            description = "The document it cites: SRH-085, srh85.")
    String document;

    @Option(names = {"-p", "--page"}, paramLabel = "PAGES", description = "The pages it cites: 7, 5-6, \"1, 12\".")
    String pages;

    @Option(names = "--frame", paramLabel = "FRAMES", description = "The frames of those pages: 0800, 0800-1.")
    String frames;

    @Option(names = "--passage", paramLabel = "TEXT", description = "The passage of your text that the note supports.")
    String passage;

    @Override
    public Integer call() throws IOException {
        return record(Change.NOTE, fields("work", work, "ref", ref, "document", document, "pages", pages, "frames", frames,
                "passage", passage));
    }
}
