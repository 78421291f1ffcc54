package org.magicref.cli;

/** The exit codes of every command; the README documents the same table. */
public final class ExitCodes {
    public static final int OK = 0;
    /** An identifier or other thing asked for is not in the catalogue. */
    public static final int NOT_FOUND = 1;
    /** The command line is wrong: unknown option, malformed identifier, bad number or date. */
    public static final int USAGE = 2;
    /** The catalogue's records, or a text given to import, cannot be used. */
    public static final int INVALID_INPUT = 3;
    /** A file cannot be read or written (including one that exists and --force was not given). */
    public static final int IO = 4;
    /** A fault in magicref itself. */
    public static final int INTERNAL = 5;
    /** {@code audit --strict} found warnings. */
    public static final int FINDINGS = 6;

    private ExitCodes() {
    }
}
