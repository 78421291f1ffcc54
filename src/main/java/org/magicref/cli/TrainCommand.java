package org.magicref.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Runs the everyday lookups once, printing nothing: the launcher runs it to record which classes
 * a lookup loads in a class-data sharing archive, so that later runs start faster.
 */
@Command(name = "__train", hidden = true, description = "Run the everyday lookups once, quietly (for the launcher's class-data archive).")
public class TrainCommand extends BaseCommand implements CatalogueUser {
    static final List<List<String>> LOOKUPS = List.of(
            List.of("show", "SRH-085"), List.of("cites", "SRH-085"), List.of("frame", "9", "589"),
            List.of("frame", "9", "600"), List.of("locate", "SRH-085", "--page", "12"), List.of("cite", "SRH-085", "--page", "7"),
            List.of("list"), List.of("search", "Konoe"), List.of("show", "SRH-087"), List.of("show", "SRH-085", "--json"),
            List.of("cite", "SRH-085", "--page", "7", "--style", "chicago-fullnote-bibliography"));

    private CatalogueSource source = CatalogueSource.standard();

    @Override
    public void use(CatalogueSource source) {
        this.source = source;
    }

    @Override
    public Integer call() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (List<String> args : LOOKUPS) {
            Cli.create(source, Display.PLAIN, nowhere, nowhere, args.get(0)).execute(args.toArray(new String[0]));
        }
        return ExitCodes.OK;
    }
}
