package org.magicref.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.magicref.cli.shell.ShellCommand;
import org.magicref.records.CatalogueStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "magicref", mixinStandardHelpOptions = true, versionProvider = MagicrefCommand.Version.class,
        description = "Reference tool for the MAGIC Summaries (SRS) and Special Research Histories (SRH) of the "
                + "U.S. National Archives, Record Group 457, on microfilm.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref cites SRH-085", "  magicref show SRS-1189", "  magicref list --series SRH",
                  "%nExit codes: 0 ok, 1 not found, 2 usage error, 3 invalid records or input text, 4 I/O error, "
                          + "5 internal error, 6 audit --strict found warnings."})
public class MagicrefCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", description = "On an error, print the stack trace too.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The tool's version, from the build, and the catalogue's: where it is and a digest of its records. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = MagicrefCommand.class.getResourceAsStream("/magicref.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"magicref " + p.getProperty("version", "(unknown version)"), "catalogue: " + catalogue()};
        }

        private static String catalogue() throws IOException {
            String dir = System.getenv(CatalogueSource.ENV);
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            for (String name : CatalogueStore.FILES) {
                try (InputStream in = dir == null || dir.isBlank()
                        ? MagicrefCommand.class.getResourceAsStream("/records/" + name)
                        : Files.newInputStream(Path.of(dir, name))) {
                    if (in == null) {
                        return "bundled records missing from the jar";
                    }
                    sha.update(in.readAllBytes());
                }
            }
            String digest = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
            return (dir == null || dir.isBlank() ? "bundled records" : dir) + " (sha256 " + digest + ")";
        }
    }
}
