package org.magicref.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "magicref", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reference tool for the MAGIC Summaries (SRS) and Special Research Histories (SRH) of the "
                + "U.S. National Archives, Record Group 457, on microfilm.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref cites SRH-085", "  magicref show SRS-1189", "  magicref list --series SRH",
                  "%nExit codes: 0 ok, 1 not found, 2 usage error, 3 invalid records or input text, 4 I/O error, "
                          + "5 internal error, 6 audit --strict found warnings."})
public class MagicrefCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On an error, print the stack trace too.")
    boolean debug;

    /** The catalogue every command reads: given before or after the command's name. */
    @Mixin
    CatalogueOptions catalogueOptions;

    /** How every command prints: given before or after the command's name. */
    @Mixin
    OutputOptions output;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
