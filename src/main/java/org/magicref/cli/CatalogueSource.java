package org.magicref.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.magicref.domain.Catalogue;
import org.magicref.records.CatalogueStore;

/**
 * Where commands get their catalogue: a folder named with {@code --records}, else the folder in
 * {@code MAGICREF_RECORDS}, else the catalogue bundled in the jar. Each is loaded once and kept,
 * so that a shell answers every later question without reading the records again.
 */
public final class CatalogueSource {
    public static final String ENV = "MAGICREF_RECORDS";

    private final Supplier<Catalogue> bundled;
    private final Function<Path, Catalogue> reader;
    private final Function<String, String> env;
    private final Map<Path, Catalogue> loaded = new HashMap<>();
    private Catalogue bundledCatalogue;

    public CatalogueSource(Supplier<Catalogue> bundled, Function<Path, Catalogue> reader, Function<String, String> env) {
        this.bundled = bundled;
        this.reader = reader;
        this.env = env;
    }

    /** The source the tool uses: records on disk or in the jar, and the process environment. */
    public static CatalogueSource standard() {
        return new CatalogueSource(CatalogueStore::readBundled, CatalogueStore::read, System::getenv);
    }

    /** A source that always answers with the given catalogue (for tests and embedding). */
    public static CatalogueSource of(Catalogue catalogue) {
        return new CatalogueSource(() -> catalogue, dir -> catalogue, name -> null);
    }

    /** The catalogue in the folder, or the default one when the folder is null. */
    public synchronized Catalogue get(Path records) {
        Path dir = records;
        if (dir == null) {
            String fromEnv = env.apply(ENV);
            dir = fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
        }
        if (dir == null) {
            if (bundledCatalogue == null) {
                bundledCatalogue = bundled.get();
            }
            return bundledCatalogue;
        }
        return loaded.computeIfAbsent(dir.toAbsolutePath().normalize(), reader);
    }
}
