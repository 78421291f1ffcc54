package org.magicref.cli;

import java.io.PrintWriter;
import org.magicref.report.TextWriter;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/** {@code --json}, {@code --no-color} and the width that text output wraps to. */
public class OutputOptions {
    static final int DEFAULT_WIDTH = 80;
    static final int MIN_WIDTH = 40;
    static final int MAX_WIDTH = 200;

    private final Display display;

    @Option(names = "--json", description = "Print JSON for programs instead of text.")
    boolean json;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Wrap text to this many columns (default: the terminal's width, else 80).")
    Integer width;

    @Option(names = "--no-color", description = "No colour or emphasis (also when $NO_COLOR is set, or not on a terminal).")
    boolean noColor;

    public OutputOptions(Display display) {
        this.display = display;
    }

    /** For tools that build the command model without the factory (documentation generators). */
    public OutputOptions() {
        this(Display.PLAIN);
    }

    public boolean json() {
        return json;
    }

    /** The wrap width: --width, else the terminal's, else 80, kept within 40 to 200. */
    public int width() {
        int w = width != null ? width : display.width().orElse(DEFAULT_WIDTH);
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w));
    }

    /** A writer of text for people at the wrap width, headings in bold where {@link #ansi()} allows. */
    public TextWriter writer(PrintWriter out) {
        Ansi ansi = ansi();
        return ansi == Ansi.ON ? new TextWriter(out, width(), line -> ansi.string("@|bold " + line.replace("|@", "| @") + "|@"))
                : new TextWriter(out, width());
    }

    /** Emphasis only on a terminal, never in JSON, and not with --no-color or $NO_COLOR. */
    public Ansi ansi() {
        boolean on = display.terminal() && !json && !noColor && System.getenv("NO_COLOR") == null;
        return on ? Ansi.ON : Ansi.OFF;
    }
}
