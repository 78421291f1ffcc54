package org.magicref.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Publication;
import org.magicref.domain.ReelMap;
import org.magicref.picture.ReelPicture;
import org.magicref.report.ReelReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reel", header = "A map of a reel.",
        description = "A map of a reel: its documents in frame order (or date order on reels without frame numbers) "
                + "with their cited frame spans, the cited frames, the irregularities and the gaps, and a diagram "
                + "of the reel; with --svg, the reel drawn as a strip of frames to scale.",
        footer = {"  magicref reel 9", "  magicref reel 15 --publication intercepted-japanese-messages --json",
                  "  magicref reel 9 --svg reel-9.svg"})
public class ReelCommand extends CatalogueCommand {
    @Option(names = "--publication", paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class, description = "The publication whose reel is meant "
            + "(needed when several publications have that reel number).")
    String publication;

    @Parameters(paramLabel = "REEL", completionCandidates = Candidates.ReelNumbers.class, description = "Reel number.")
    int reel;

    @Option(names = "--svg", paramLabel = "FILE", description = "Draw the reel as a strip of frames to scale, its documents, "
            + "cited frames, irregularities and gaps marked, into FILE (SVG; - for standard output).")
    Path svg;

    @Option(names = "--force", description = "Replace the --svg FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (reel <= 0) {
            throw usage("the reel must be a positive number, not " + reel);
        }
        Catalogue catalogue = catalogue();
        List<Publication> with = catalogue.reels().publicationsWithReel(reel);
        if (publication == null && with.size() > 1) {
            throw usage("reel " + reel + " exists in " + String.join(" and ", with.stream().map(Publication::id).toList())
                    + "; name one with --publication");
        }
        ReelMap map = catalogue.reels().map(publication, reel);
        if (svg == null) {
            print(new ReelReport(catalogue, map));
            return ExitCodes.OK;
        }
        if (!map.publication().frames()) {
            throw usage("reel " + reel + " of " + map.publication().id() + " has no frame numbers: there is no strip of "
                    + "frames to draw (the text map shows its documents in date order)");
        }
        if (map.entries().stream().allMatch(e -> e.firstFrame() == null)) {
            throw usage("no document on reel " + reel + " has a cited frame: there is nothing to draw yet");
        }
        picture(svg, ReelPicture.svg(catalogue, map), force);
        return ExitCodes.OK;
    }
}
