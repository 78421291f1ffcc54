package org.magicref.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.FrameAnswer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "frame", header = "What is at a frame of a reel.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "What is at a frame of a reel: the document and page, and how that is known (exact: a note "
                + "cites it; inferred: from the document's page/frame alignment; ambiguous: an irregularity lies "
                + "between the known pairs; unidentified: the located neighbours and the documents that may lie "
                + "between), with every citation of that frame. A reel number found in several publications is "
                + "answered for each, unless --publication names one.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref frame 9 589", "  magicref frame 9 0518 --publication top-secret-studies-pt1 --json"})
public class FrameCommand extends CatalogueReader implements Callable<Integer> {
    @Option(names = "--publication", paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class, description = "The publication whose reel is meant.")
    String publication;

    @Parameters(index = "0", paramLabel = "REEL", completionCandidates = Candidates.ReelNumbers.class, description = "Reel number.")
    int reel;

    @Parameters(index = "1", paramLabel = "FRAME", description = "Frame number, as on the reader's screen (0589 or 589).")
    int frame;

    @Override
    public Integer call() {
        if (reel <= 0 || frame <= 0) {
            throw new ParameterException(spec.commandLine(), "reel and frame must be positive numbers, not "
                    + reel + " and " + frame);
        }
        Catalogue catalogue = catalogueOptions.catalogue();
        List<FrameAnswer> answers = catalogue.reels().frame(publication, reel, frame);
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), answers.stream().map(FrameView::of).toList());
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        boolean first = true;
        for (FrameAnswer a : answers) {
            if (!first) {
                out.line("");
            }
            first = false;
            print(out, catalogue, a);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void print(TextOut out, Catalogue catalogue, FrameAnswer a) {
        String where = a.publication() + ", reel " + a.reel() + (a.frame() == null ? "" : ", fr. " + TextOut.frame(a.frame()));
        String what = switch (a.kind()) {
            case NO_FRAMES -> "no frame numbers on this reel";
            case UNIDENTIFIED -> "not identified";
            default -> a.document() + ", p. " + String.join(" or ", a.pages()) + " (" + a.kind().name().toLowerCase(Locale.ROOT) + ")";
        };
        out.heading("", "  ", where + ": " + what);
        if (a.document() != null) {
            out.field("Title", catalogue.require(a.document()).title());
        }
        out.field("Why", a.explanation());
        out.field("Basis", String.join("; ", a.basis()));
        citations(out, a.citations(), "Citations of this frame:");
    }

    static void citations(TextOut out, List<Citation> citations, String heading) {
        if (citations.isEmpty()) {
            return;
        }
        out.line("");
        out.line(heading);
        for (Citation c : citations) {
            out.line(String.format("  %-6s %s %s%s", c.noteRef(), c.document(), TextOut.locator(c), c.ibid() ? "  (Ibid.)" : ""));
            out.wrapped("         ", "         ", c.passage() == null ? "(no passage found in the body text)" : c.passage());
        }
    }
}
