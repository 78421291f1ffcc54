package org.magicref.cli;

import java.nio.file.Path;
import org.magicref.domain.Catalogue;
import picocli.CommandLine.Option;

/** The {@code --records} option of every command that reads the catalogue. */
public class CatalogueOptions {
    private final CatalogueSource source;

    @Option(names = "--records", paramLabel = "DIR",
            description = "Catalogue folder to use instead of the bundled one (default: $" + CatalogueSource.ENV
                    + " if set).")
    Path records;

    public CatalogueOptions(CatalogueSource source) {
        this.source = source;
    }

    /** For tools that build the command model without the factory (documentation generators). */
    public CatalogueOptions() {
        this(CatalogueSource.standard());
    }

    public Catalogue catalogue() {
        return source.get(records);
    }
}
