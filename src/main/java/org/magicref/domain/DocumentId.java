package org.magicref.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier of a Record Group 457 document: a series such as SRS or SRH and a number.
 * Accepts the forms people type ({@code SRH-78}, {@code srh078}, {@code SRH 078}) and prints the
 * thesis's form ({@code SRH-078}, {@code SRS-0578}).
 */
public record DocumentId(String series, int number) implements Comparable<DocumentId> {

    /** Digits shown for each series; other series are shown with at least three digits. */
    private static final Map<String, Integer> WIDTHS = Map.of("SRS", 4, "SRH", 3);
    private static final int DEFAULT_WIDTH = 3;
    private static final int MAX_NUMBER = 999_999;

    /**
     * Where an identifier stands in running text, in the forms authors write it: "SRH-071",
     * "SRH 71", "SRH71", "srh-71" (the series in capitals or in small letters, not mixed).
     */
    public static final Pattern IN_TEXT = Pattern.compile("(?<![A-Za-z0-9])(SR[A-Z]{1,3}|sr[a-z]{1,3})(?:-| - | -|- | )?(\\d{1,6})(?!\\d)");

    private static final Pattern SERIES = Pattern.compile("SR[A-Z]{1,3}");
    private static final Pattern TYPED =
            Pattern.compile("(SR[A-Z]{1,3})[\\s_\\-.]*([0-9O]{1,7})", Pattern.CASE_INSENSITIVE);

    public DocumentId {
        Objects.requireNonNull(series, "series");
        series = canonical(series);
        if (!series.equals("SRS") && !series.equals("SRH") && !SERIES.matcher(series).matches()) {
            throw new InvalidValueException("'" + series + "' is not a Record Group 457 series (SRS, SRH, SRDJ, SRN, ...)");
        }
        if (number < 0 || number > MAX_NUMBER) {
            throw new InvalidValueException("document number " + number + " is out of range");
        }
    }

    /**
     * Parses an identifier as a person types it.
     *
     * @throws InvalidValueException if the text is not of that form
     */
    public static DocumentId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("empty document identifier; expected a form such as SRH-085 or SRS-1189");
        }
        DocumentId canonical = canonicalForm(text);
        if (canonical != null) {
            return canonical;
        }
        Matcher m = TYPED.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("'" + printable(text)
                    + "' is not a document identifier; expected a form such as SRH-085 or SRS-1189");
        }
        String digits = m.group(2).toUpperCase(Locale.ROOT).replace('O', '0');
        long value = Long.parseLong(digits);
        if (value > MAX_NUMBER) {
            throw new InvalidValueException("'" + printable(text) + "': document number is too large");
        }
        return new DocumentId(m.group(1).toUpperCase(Locale.ROOT), (int) value);
    }

    /** "SRH-085" read without a regular expression (the form records hold), or null for any other form. */
    private static DocumentId canonicalForm(String text) {
        int dash = text.indexOf('-');
        if (dash < 3 || dash > 5 || dash == text.length() - 1 || text.length() - dash - 1 > 6
                || text.charAt(0) != 'S' || text.charAt(1) != 'R') {
            return null;
        }
        for (int i = 2; i < dash; i++) {
            char ch = text.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                return null;
            }
        }
        int number = 0;
        for (int i = dash + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return null;
            }
            number = number * 10 + (ch - '0');
        }
        return new DocumentId(text.substring(0, dash), number);
    }

    /** Whether this is one of the daily MAGIC Summaries (series SRS). */
    public boolean isMagicSummary() {
        return series.equals("SRS");
    }

    /** The series' display width in digits. */
    public int width() {
        return WIDTHS.getOrDefault(series, DEFAULT_WIDTH);
    }

    /** The identifier without separator, for fuzzy matching (e.g. {@code SRH085}). */
    public String compact() {
        return series + padded();
    }

    private String padded() {
        String digits = Integer.toString(number);
        int width = width();
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** The shared instance of a common series' name, so that a large catalogue holds each once. */
    private static String canonical(String series) {
        return switch (series) {
            case "SRS" -> "SRS";
            case "SRH" -> "SRH";
            default -> series;
        };
    }

    @Override
    public String toString() {
        return series + "-" + padded();
    }

    @Override
    public int compareTo(DocumentId other) {
        int c = series.compareTo(other.series);
        return c != 0 ? c : Integer.compare(number, other.number);
    }

    /** Shortens and cleans user text for an error message. */
    public static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 37) + "..." : clean;
    }

    // equals and hashCode written out: a record's generated ones are bootstrapped through method
    // handles on first use, which costs a one-shot command more than all its lookups
    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentId other && number == other.number && series.equals(other.series);
    }

    @Override
    public int hashCode() {
        return series.hashCode() * 1_000_003 + number;
    }
}
