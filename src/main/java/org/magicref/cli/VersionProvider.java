package org.magicref.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.magicref.records.CatalogueSource;
import org.magicref.records.CatalogueStore;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The tool's version, from the build, and the catalogue's: where it is and a digest of its records. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/magicref.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        Path records = spec == null ? null : ((MagicrefCommand) spec.root().userObject()).catalogueOptions.records;
        String dir = System.getenv(CatalogueSource.ENV);
        Path chosen = records != null ? records : dir == null || dir.isBlank() ? null : Path.of(dir);
        return new String[] {"magicref " + p.getProperty("version", "(unknown version)"),
                "catalogue: " + CatalogueStore.describe(chosen),
                "java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                        + " (" + System.getProperty("java.home") + ")"};
    }
}
