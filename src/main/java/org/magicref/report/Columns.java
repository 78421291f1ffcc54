package org.magicref.report;

/**
 * Text padded to a column's width, as {@code %-9s} and {@code %5s} would pad it. A lookup prints
 * once and exits, and {@link String#format} costs its first call 5 to 10 ms of start-up (its
 * parser, and for a number the locale's digits).
 */
public final class Columns {
    private Columns() {
    }

    /** The value's text, then spaces up to the width ({@code %-Ns}). */
    public static String left(Object value, int width) {
        String s = String.valueOf(value);
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Spaces up to the width, then the value's text ({@code %Ns}, {@code %Nd}). */
    public static String right(Object value, int width) {
        String s = String.valueOf(value);
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
