package org.magicref.cli;

import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Publication;
import org.magicref.report.ReelReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reel", header = "A map of a reel.",
        description = "A map of a reel: its documents in frame order (or date order on reels without frame numbers) "
                + "with their cited frame spans, the cited frames, the irregularities and the gaps, and a diagram "
                + "of the reel.",
        footer = {"  magicref reel 9", "  magicref reel 15 --publication intercepted-japanese-messages --json"})
public class ReelCommand extends CatalogueCommand {
    @Option(names = "--publication", paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class, description = "The publication whose reel is meant "
            + "(needed when several publications have that reel number).")
    String publication;

    @Parameters(paramLabel = "REEL", completionCandidates = Candidates.ReelNumbers.class, description = "Reel number.")
    int reel;

    @Override
    public Integer call() {
        if (reel <= 0) {
            throw usage("the reel must be a positive number, not " + reel);
        }
        Catalogue catalogue = catalogue();
        List<Publication> with = catalogue.reels().publicationsWithReel(reel);
        if (publication == null && with.size() > 1) {
            throw usage("reel " + reel + " exists in " + String.join(" and ", with.stream().map(Publication::id).toList())
                    + "; name one with --publication");
        }
        print(new ReelReport(catalogue, catalogue.reels().map(publication, reel)));
        return ExitCodes.OK;
    }
}
