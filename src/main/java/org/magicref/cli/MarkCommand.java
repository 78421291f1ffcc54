package org.magicref.cli;

import java.io.IOException;
import org.magicref.notebook.Change;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mark", header = "Record the page on the reader's screen.",
        description = "Record what is on the screen of the microfilm reader: page PAGE of document ID is on frame "
                + "FRAME of reel REEL. 'frame' then answers that frame as exact, with the mark as its basis, and "
                + "infers the frames between two marks (or a mark and a note) of one document; 'locate' and 'cite' "
                + "use it. A mark that contradicts a pair the notes state, or another mark, is refused with both "
                + "named, unless --force is given; 'audit' and 'validate' report every contradiction that remains.",
        footer = {"  magicref mark 9 610 SRH-073 --page 1", "  magicref mark 9 620 SRH-073 --page 11 --comment 'stamp faint'"})
public class MarkCommand extends ChangeCommand {
    @Parameters(index = "0", paramLabel = "REEL", completionCandidates = Candidates.ReelNumbers.class, description = "Reel number.")
    String reel;

    @Parameters(index = "1", paramLabel = "FRAME", description = "Frame number, as on the screen (0610 or 610).")
    String frame;

    @Parameters(index = "2", paramLabel = "ID", completionCandidates = Candidates.DocumentIds.class,
            description = "The document on the screen: SRH-073, srh73.")
    String document;

    @Option(names = {"-p", "--page"}, paramLabel = "PAGE", required = true, description = "The page on the screen: 7, 9n, A2.")
    String page;

    @Option(names = "--publication", paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class,
            description = "The publication whose reel it is (default: the document's).")
    String publication;

    @Option(names = "--comment", paramLabel = "TEXT", description = "What you noted beside it.")
    String comment;

    @Option(names = "--force", description = "Record it even though it contradicts what is known.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        return record(Change.MARK, fields("publication", publication, "reel", reel, "frame", frame,
                "document", document, "page", page, "comment", comment, "force", force ? "true" : null));
    }
}
