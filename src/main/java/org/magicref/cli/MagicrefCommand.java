package org.magicref.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "magicref", mixinStandardHelpOptions = true, versionProvider = MagicrefCommand.Version.class,
        description = "Reference tool for the MAGIC Summaries (SRS) and Special Research Histories (SRH) of the "
                + "U.S. National Archives, Record Group 457, on microfilm.",
        subcommands = {ShowCommand.class, ListCommand.class, CitesCommand.class, SearchCommand.class,
                FrameCommand.class, LocateCommand.class, ReelCommand.class, CiteCommand.class, NotesCommand.class,
                BibliographyCommand.class, ExportCommand.class, XrefCommand.class, TimelineCommand.class,
                AuditCommand.class, ImportCommand.class, CommandLine.HelpCommand.class},
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

    /** The tool's version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = MagicrefCommand.class.getResourceAsStream("/magicref.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"magicref " + p.getProperty("version", "(unknown version)")};
        }
    }
}
