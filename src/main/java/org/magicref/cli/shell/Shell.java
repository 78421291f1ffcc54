package org.magicref.cli.shell;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.magicref.cli.Cli;
import org.magicref.cli.Display;
import org.magicref.report.Messages;
import org.magicref.records.CatalogueSource;
import picocli.CommandLine;

/**
 * The interactive shell: one JVM, the catalogue loaded once, the same commands as the command
 * line. Tab completes commands, options, identifiers, reels, publications, styles and formats;
 * history is kept in {@code ~/.magicref_history}; Ctrl-C cancels the line, Ctrl-D or {@code exit}
 * leaves; an error prints one line and returns to the prompt. The prompt names the document or
 * reel last looked at.
 */
public final class Shell {
    static final String HISTORY = ".magicref_history";
    private static final Set<String> LEAVE = Set.of("exit", "quit");
    private static final Set<String> ABOUT_DOCUMENT = Set.of("show", "cites", "locate", "xref", "cite");
    private static final Set<String> ABOUT_REEL = Set.of("frame", "reel");

    private final Terminal terminal;
    private final CatalogueSource source;
    private final Path home;
    private String where = "";

    public Shell(Terminal terminal, CatalogueSource source, Path home) {
        this.terminal = terminal;
        this.source = source;
        this.home = home;
    }

    /** Runs until the user leaves; returns the exit code of the shell itself. */
    public int run() {
        PrintWriter out = terminal.writer();
        CommandLine commands = Cli.create(source, display(), out, out);
        LineReader reader = reader(commands, out);
        out.println("magicref shell: type a command (help lists them), Tab to complete, exit or Ctrl-D to leave.");
        out.flush();
        while (true) {
            List<String> words;
            try {
                words = words(reader, reader.readLine(prompt()));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (words.isEmpty()) {
                continue;
            }
            if (LEAVE.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                break;
            }
            execute(commands, words, out);
        }
        saveHistory(reader, out);
        return 0;
    }

    /** The shell's terminal, as the commands see it: its width, and emphasis on. */
    private Display display() {
        return new Display() {
            @Override
            public OptionalInt width() {
                int w = terminal.getWidth();
                return w > 0 ? OptionalInt.of(w) : OptionalInt.empty();
            }

            @Override
            public boolean terminal() {
                return true;
            }
        };
    }

    /** Reads lines with completion over the command tree and history kept in the home folder; words split as a shell does, without escapes. */
    private LineReader reader(CommandLine commands, PrintWriter out) {
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("magicref")
                .completer(new ShellCompleter(commands.getCommandSpec()))
                .parser(parser)
                .variable(LineReader.HISTORY_SIZE, 1000);
        Path history = home.resolve(HISTORY);
        String problem = historyProblem(history);
        if (problem == null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        } else {
            out.println("magicref: warning: no history is kept this time: " + Messages.oneLine(problem));
        }
        return builder.build();
    }

    /**
     * Why the history file cannot be used (it is a folder, cannot be written, or holds something
     * that is not a history), or null when it can.
     */
    static String historyProblem(Path history) {
        if (Files.isDirectory(history)) {
            return history + " is a folder";
        }
        if (Files.exists(history)) {
            if (!Files.isRegularFile(history) || !Files.isReadable(history) || !Files.isWritable(history)) {
                return history + " cannot be read and written";
            }
            try {
                byte[] bytes = Files.readAllBytes(history);
                String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                if (!text.lines().allMatch(l -> l.isEmpty() || l.matches("\\d{1,19}:[^\\x00]*"))) {
                    return history + " does not hold a history (it is left as it is)";
                }
            } catch (java.io.IOException e) {
                return history + " does not hold a history (it is left as it is)";
            }
            return null;
        }
        Path parent = history.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent) && Files.isWritable(parent) ? null
                : "cannot write " + history;
    }

    private static List<String> words(LineReader reader, String line) {
        ParsedLine parsed = reader.getParser().parse(line, line.length());
        return parsed.words().stream().filter(w -> !w.isEmpty()).toList();
    }

    /** Runs one command; an error prints one line and the shell goes on. */
    private void execute(CommandLine commands, List<String> words, PrintWriter out) {
        if (words.get(0).equalsIgnoreCase("shell")) {
            out.println("magicref: already in the shell");
        } else {
            try {
                if (Cli.execute(commands, words.toArray(new String[0])) == 0) {
                    remember(words);
                }
            } catch (RuntimeException e) {
                out.println("magicref: " + org.magicref.report.Messages.oneLine(e.getMessage()));
            }
        }
        out.flush();
    }

    private void saveHistory(LineReader reader, PrintWriter out) {
        if (reader.getVariable(LineReader.HISTORY_FILE) == null) {
            return;
        }
        try {
            reader.getHistory().save();
        } catch (java.io.IOException | RuntimeException e) {
            out.println("magicref: cannot save the history to " + home.resolve(HISTORY) + ": " + e.getMessage());
        }
        out.flush();
    }

    private String prompt() {
        return where.isEmpty() ? "magicref> " : "magicref " + where + "> ";
    }

    /** Keeps the document or reel a successful command was about, for the prompt. */
    private void remember(List<String> words) {
        String command = words.get(0);
        List<String> args = words.subList(1, words.size()).stream().filter(w -> !w.startsWith("-")).toList();
        if (args.isEmpty()) {
            return;
        }
        if (ABOUT_DOCUMENT.contains(command)) {
            try {
                where = org.magicref.domain.DocumentId.parse(args.get(0)).toString();
            } catch (IllegalArgumentException e) {
                // not an identifier (an option's value): keep the prompt as it was
            }
        } else if (ABOUT_REEL.contains(command) && args.get(0).matches("\\d{1,4}")) {
            where = "reel " + args.get(0);
        }
    }
}
