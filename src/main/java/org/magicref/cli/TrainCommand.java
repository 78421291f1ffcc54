package org.magicref.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;
import org.magicref.records.UserFolder;
import picocli.CommandLine.Command;

/**
 * Runs the everyday lookups once, printing nothing: the launcher runs it to record which classes
 * a lookup loads in a class-data sharing archive, so that later runs start faster.
 */
@Command(name = TrainCommand.NAME, hidden = true, description = "Run the everyday lookups once, quietly (for the launcher's class-data archive).")
public class TrainCommand extends BaseCommand implements CatalogueUser {
    static final String NAME = "__train";
    static final List<List<String>> LOOKUPS = List.of(
            List.of("show", "SRH-085"), List.of("cites", "SRH-085"), List.of("frame", "9", "589"),
            List.of("frame", "9", "600"), List.of("locate", "SRH-085", "--page", "12"), List.of("cite", "SRH-085", "--page", "7"),
            List.of("list"), List.of("search", "Konoe"), List.of("show", "SRH-087"), List.of("show", "SRH-085", "--json"),
            List.of("cite", "SRH-085", "--page", "7", "--style", "chicago-fullnote-bibliography"));

    /** The changes a day at the reader makes, written to a folder of the training run's own. */
    static final List<List<String>> CHANGES = List.of(
            List.of("document", "add", "SRH-074", "--title", "Study", "--date", "June 1945", "--publication",
                    "top-secret-studies-pt1", "--reel", "9"),
            List.of("mark", "9", "640", "SRH-074", "--page", "1"), List.of("mark", "9", "650", "SRH-074", "--page", "11"),
            List.of("work", "add", "paper", "--title", "Paper"), List.of("note", "paper", "1", "SRH-074", "--page", "6"));

    private CatalogueSource source = CatalogueSource.standard();

    @Override
    public void use(CatalogueSource source) {
        this.source = source;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Display.standard().terminal();   // a lookup asks whether it writes to a terminal
        for (List<String> args : LOOKUPS) {
            Cli.execute(Cli.create(source, Display.PLAIN, nowhere, nowhere, args.get(0)), args.toArray(new String[0]));
        }
        Path home = Files.createTempDirectory("magicref-train");
        try {
            CatalogueSource withJournal = new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read,
                    name -> name.equals(UserFolder.HOME_ENV) ? home.toString() : null);
            for (List<String> args : CHANGES) {
                Cli.create(withJournal, Display.PLAIN, nowhere, nowhere, args.get(0)).execute(args.toArray(new String[0]));
            }
            CatalogueSource replayed = new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read,
                    name -> name.equals(UserFolder.HOME_ENV) ? home.toString() : null);
            for (List<String> args : LOOKUPS.subList(0, 4)) {
                Cli.create(replayed, Display.PLAIN, nowhere, nowhere, args.get(0)).execute(args.toArray(new String[0]));
            }
        } finally {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ExitCodes.OK;
    }
}
