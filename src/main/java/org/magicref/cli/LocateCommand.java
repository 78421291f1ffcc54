package org.magicref.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.FrameAnswer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "locate", header = "The reel and frame of a page of a document.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "The reel and frame of a page of a document: exact where a note cites it, inferred from the "
                + "document's page/frame alignment, ambiguous across an irregularity, or not identified.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref locate SRH-085 --page 12", "  magicref locate SRH-079 --page 6 --json"})
public class LocateCommand extends CatalogueReader implements Callable<Integer> {
    @Mixin
    DocumentArgument document;

    @Option(names = {"-p", "--page"}, paramLabel = "PAGE", required = true, description = "The page: 7, 9n (a note on page 9), A2.")
    String page;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogueOptions.catalogue();
        Document d = catalogue.require(document.id);
        FrameAnswer a = catalogue.reels().locate(d.id(), page);
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), FrameView.of(a));
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        String where = switch (a.kind()) {
            case NO_FRAMES -> (a.reel() == null ? "reel not cited" : "reel " + a.reel()) + ", no frame numbers";
            case UNIDENTIFIED -> "frame not identified";
            default -> "reel " + a.reel() + ", fr. " + a.frames().stream().map(TextOut::frame).collect(Collectors.joining(" or "))
                    + " (" + a.kind().name().toLowerCase(Locale.ROOT) + ")";
        };
        out.heading("", "  ", d.id() + ", p. " + a.pages().get(0) + ": " + where);
        out.field("Publication", catalogue.publication(a.publication()).map(ShowCommand::describe).orElse(null));
        out.field("Why", a.explanation());
        out.field("Basis", String.join("; ", a.basis()));
        FrameCommand.citations(out, a.citations(), "Citations of this page:");
        out.flush();
        return ExitCodes.OK;
    }
}
