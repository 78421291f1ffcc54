package org.magicref.cli;

import java.nio.file.Path;
import org.magicref.domain.Catalogue;
import picocli.CommandLine.Option;

/** The {@code --records} option of every command that reads the catalogue. */
public class CatalogueOptions implements CatalogueUser {
    private CatalogueSource source = CatalogueSource.standard();

    @Option(names = "--records", paramLabel = "DIR",
            description = "Catalogue folder to use instead of the bundled one (default: $" + CatalogueSource.ENV
                    + " if set).")
    Path records;

    @Override
    public void use(CatalogueSource source) {
        this.source = source;
    }

    public Catalogue catalogue() {
        return source.get(records);
    }
}
