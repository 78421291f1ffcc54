package org.magicref.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.magicref.report.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The base of every subcommand: the settings they share (help and version options, options in the
 * order declared, an examples footer), the command's spec, and its output streams.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        footerHeading = "%nExamples:%n")
public abstract class BaseCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    /** {@code --records}, given before or after the command's name (an option of the top command, inherited). */
    protected CatalogueOptions catalogueOptions() {
        return ((MagicrefCommand) spec.root().userObject()).catalogueOptions;
    }

    /** {@code --json}, {@code --width} and {@code --no-color}, given before or after the command's name. */
    protected OutputOptions output() {
        return ((MagicrefCommand) spec.root().userObject()).output;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error (exit code 2, with a pointer to the command's help) saying what is wrong. */
    protected ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Says something the user should know on stderr, as one line. */
    protected void warn(String message) {
        err().println("magicref: " + Messages.visible(message));
        err().flush();
    }

    /** Writes a picture or graph the user asked for into FILE (never replaced without force), or to stdout for "-". */
    protected void picture(Path file, String text, boolean force) throws IOException {
        if (file.toString().equals("-")) {
            out().print(text);
            out().flush();
            return;
        }
        OutputFile.write(file, text, force);
        warn("wrote " + file);
    }
}
