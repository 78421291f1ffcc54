package org.magicref.cli;

import org.magicref.domain.Catalogue;
import org.magicref.report.FrameReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "frame", header = "What is at a frame of a reel.",
        description = "What is at a frame of a reel: the document and page, and how that is known (exact: a note "
                + "cites it; inferred: from the document's page/frame alignment; ambiguous: an irregularity lies "
                + "between the known pairs; unidentified: the located neighbours and the documents that may lie "
                + "between), with every citation of that frame. A reel number found in several publications is "
                + "answered for each, unless --publication names one.",
        footer = {"  magicref frame 9 589", "  magicref frame 9 0518 --publication top-secret-studies-pt1 --json"})
public class FrameCommand extends CatalogueCommand {
    @Option(names = "--publication", paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class, description = "The publication whose reel is meant.")
    String publication;

    @Parameters(index = "0", paramLabel = "REEL", completionCandidates = Candidates.ReelNumbers.class, description = "Reel number.")
    int reel;

    @Parameters(index = "1", paramLabel = "FRAME", description = "Frame number, as on the reader's screen (0589 or 589).")
    int frame;

    @Override
    public Integer call() {
        if (reel <= 0 || frame <= 0) {
            throw usage("reel and frame must be positive numbers, not " + reel + " and " + frame);
        }
        Catalogue catalogue = catalogue();
        print(FrameReport.ofFrame(catalogue, catalogue.reels().frame(publication, reel, frame)));
        return ExitCodes.OK;
    }
}
