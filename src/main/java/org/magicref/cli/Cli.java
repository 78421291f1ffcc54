package org.magicref.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.magicref.citation.UnknownStyleException;
import org.magicref.cli.model.CommandModel;
import org.magicref.domain.InvalidValueException;
import org.magicref.domain.UnknownDocumentException;
import org.magicref.domain.UnknownReelException;
import org.magicref.domain.UnknownWorkException;
import org.magicref.importer.ImportException;
import org.magicref.notebook.NotebookException;
import org.magicref.records.CatalogueSource;
import org.magicref.records.InvalidCatalogueException;
import org.magicref.report.Messages;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Builds the configured command line that {@code main}, the tests and any shell use. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create(CatalogueSource source, PrintWriter out, PrintWriter err) {
        return create(source, Display.PLAIN, out, err);
    }

    public static CommandLine create(CatalogueSource source, Display display, PrintWriter out, PrintWriter err) {
        return create(source, display, out, err, null);
    }

    /**
     * The command line for one run: with {@code only} naming a subcommand, only that one is built
     * (a one-shot lookup then does not pay for building the other commands); with null, all of them.
     */
    public static CommandLine create(CatalogueSource source, Display display, PrintWriter out, PrintWriter err, String only) {
        Factory factory = new Factory(source, display);
        CommandLine cl = fromModel(factory, only);
        if (cl == null) {
            cl = fromAnnotations(factory, only);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.registerConverter(Path.class, Cli::path);
        cl.setExecutionExceptionHandler(Cli::handleExecutionException);
        cl.setParameterExceptionHandler(Cli::handleParameterException);
        return cl;
    }

    /**
     * The command line built from the bundled model (see {@link BundledCommands}); null where the
     * classes were built without one, or changed after it was written, and the annotations are read.
     */
    private static CommandLine fromModel(IFactory factory, String only) {
        CommandModel model = BundledCommands.model();
        try {
            return model == null ? null : model.commandLine(factory, only == null ? null : Set.of(only));
        } catch (CommandLine.InitializationException e) {
            return null;
        }
    }

    private static CommandLine fromAnnotations(IFactory factory, String only) {
        if (only == null) {
            return new CommandLine(new MagicrefCommandTree(), factory);
        }
        CommandLine cl = new CommandLine(new MagicrefCommand(), factory);
        cl.addSubcommand(new CommandLine(MagicrefCommandTree.subcommands().stream()
                .filter(c -> only.equals(name(c))).findFirst().orElseThrow(), factory));
        return cl;
    }

    /**
     * Creates commands, mixins and completion candidates; those that read the catalogue are given the
     * shared {@link CatalogueSource}, the output options the {@link Display}.
     */
    private record Factory(CatalogueSource source, Display display) implements IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K created = cls == OutputOptions.class ? cls.cast(new OutputOptions(display))
                    : CommandLine.defaultFactory().create(cls);
            if (created instanceof CatalogueUser user) {
                user.use(source);
            }
            return created;
        }
    }

    /**
     * Runs a command line: as {@link CommandLine#execute}, and an error of the JVM that it can go on
     * after (out of memory, a stack overflow) is one line on stderr and exit code 5, not a trace.
     */
    public static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return fail(cl, "out of memory (" + e.getMessage() + "); the catalogue or input is too large for this "
                    + "heap: give Java more with JAVA_TOOL_OPTIONS=-Xmx2g");
        } catch (StackOverflowError e) {
            return fail(cl, "internal error: the input nests or repeats too deeply (stack overflow)");
        } catch (Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof InternalError)) {
                throw e;
            }
            return fail(cl, "internal error: " + e + " (run with --debug for details)");
        }
    }

    private static int fail(CommandLine cl, String message) {
        cl.getErr().println("magicref: " + Messages.oneLine(message));
        cl.getErr().flush();
        return ExitCodes.INTERNAL;
    }

    /** The name a subcommand class is called by. */
    static String name(Class<?> c) {
        return c.getAnnotation(CommandLine.Command.class).name();
    }

    /** The subcommand a command line names, if it names one that can run on its own. */
    public static String subcommandOf(String[] args) {
        if (args.length == 0) {
            return null;
        }
        CommandModel model = BundledCommands.model();
        List<String> names = model != null ? model.subcommands()
                : MagicrefCommandTree.subcommands().stream().map(Cli::name).toList();
        for (String n : names) {
            if (n.equals(args[0]) && !n.equals("completion") && !n.equals("shell") && !n.equals("help")) {
                return n;
            }
        }
        return null;
    }

    /** A path option's value, refused in words when the file system cannot name it (a NUL byte, say). */
    private static Path path(String value) {
        if (value.isEmpty()) {
            throw new CommandLine.TypeConversionException("an empty path names no file or folder");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a valid path: " + e.getReason());
        }
    }

    private static int handleParameterException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u && cl.getCommandSpec().parent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "'";
        }
        err.println("magicref: " + Messages.oneLine(message));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        int code = exitCode(e);
        String message;
        if (e instanceof IOException io) {
            message = Messages.describe(io);
        } else if (e instanceof UncheckedIOException io) {
            message = Messages.describe(io.getCause());
        } else if (code == ExitCodes.INTERNAL) {
            message = "internal error: " + e + " (run with --debug for details)";
        } else {
            message = e.getMessage();
        }
        err.println("magicref: " + Messages.oneLine(message));
        if (debug(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static int exitCode(Throwable e) {
        if (e instanceof UnknownDocumentException || e instanceof UnknownReelException || e instanceof UnknownWorkException) {
            return ExitCodes.NOT_FOUND;
        }
        if (e instanceof InvalidValueException || e instanceof UnknownStyleException || e instanceof NotebookException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof InvalidCatalogueException || e instanceof ImportException) {
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return ExitCodes.IO;
        }
        return ExitCodes.INTERNAL;
    }

    private static boolean debug(ParseResult parseResult) {
        return (parseResult != null && parseResult.hasMatchedOption("--debug"))
                || "1".equals(System.getenv("MAGICREF_DEBUG"));
    }
}
