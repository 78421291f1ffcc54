package org.magicref.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.magicref.records.CatalogueStore;
import org.magicref.site.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "site", header = "The catalogue as a static website to browse and share.",
        description = "Write the catalogue (with your own additions) as a static website: an index with a search that runs "
                + "in the browser, a page per document (its data, citations with passages and notes, its reel's picture, "
                + "its citation forms with a copy button), a page per reel, the timeline and the audit. Open index.html "
                + "from the folder, or copy the folder to any static host: it needs no server and no network.",
        footer = {"  magicref site --out finding-aid", "  magicref site --out finding-aid --force"})
public class SiteCommand extends CatalogueCommand {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the site into.")
    Path out;

    @Option(names = "--force", description = "Write into a folder that is not empty, replacing the site's files there.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new FileAlreadyExistsException(out.toString(), null, "is a file, not a folder");
        }
        if (!force && Files.isDirectory(out)) {
            try (Stream<Path> files = Files.list(out)) {
                if (files.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(out.toString(), null, "is not empty; give --force to write the site into it");
                }
            }
        }
        Map<String, String> files = Site.of(catalogue());
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = out.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            CatalogueStore.writeAtomically(target, f.getValue());
        }
        warn("wrote " + files.size() + " files to " + out + "; open " + out.resolve("index.html"));
        return ExitCodes.OK;
    }
}
