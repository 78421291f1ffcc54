package org.magicref.cli;

import java.io.PrintWriter;
import org.magicref.report.TextWriter;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --json}, {@code --no-color} and the width that text output wraps to. */
public class OutputOptions {
    static final int DEFAULT_WIDTH = 80;
    static final int MIN_WIDTH = 40;
    static final int MAX_WIDTH = 200;

    private final Display display;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON for programs instead of text.")
    boolean json;

    @Option(names = "--width", scope = ScopeType.INHERIT, paramLabel = "COLUMNS",
            description = "Wrap text to this many columns (default: the terminal's width, else 80).")
    Integer width;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour or emphasis (also when $NO_COLOR is set, or not on a terminal).")
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

    /**
     * The wrap width: --width (from 40 to 200), else the terminal's (kept within 40 to 200), else 80.
     *
     * @throws ParameterException for a --width outside 40 to 200
     */
    public int width() {
        if (width != null && (width < MIN_WIDTH || width > MAX_WIDTH)) {
            throw new ParameterException(spec.commandLine(), "--width must be from " + MIN_WIDTH + " to " + MAX_WIDTH
                    + " columns, not " + width);
        }
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
        String noColorEnv = display.env("NO_COLOR");
        String term = display.env("TERM");
        // NO_COLOR counts when it holds something (no-color.org); a dumb terminal shows no emphasis
        boolean on = display.terminal() && !json && !noColor && (noColorEnv == null || noColorEnv.isEmpty())
                && !"dumb".equals(term);
        return on ? Ansi.ON : Ansi.OFF;
    }
}
