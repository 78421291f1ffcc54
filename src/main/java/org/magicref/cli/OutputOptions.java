package org.magicref.cli;

import picocli.CommandLine.Option;

/** {@code --json} and the width that text output wraps to. */
public class OutputOptions {
    static final int DEFAULT_WIDTH = 80;
    static final int MIN_WIDTH = 40;
    static final int MAX_WIDTH = 200;

    @Option(names = "--json", description = "Print JSON for programs instead of text.")
    boolean json;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Wrap text to this many columns (default: $COLUMNS, else 80).")
    Integer width;

    public boolean json() {
        return json;
    }

    /** The wrap width: --width, else $COLUMNS, else 80, kept within 40 to 200. */
    public int width() {
        int w = DEFAULT_WIDTH;
        if (width != null) {
            w = width;
        } else {
            String columns = System.getenv("COLUMNS");
            if (columns != null && columns.matches("\\d{1,4}")) {
                w = Integer.parseInt(columns);
            }
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w));
    }
}
