package org.magicref.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the source gives it, kept with its precision: a day ("21 April 1942", "April 21, 1942"),
 * a month ("June 1945"), or a range ("1-12 July 1945", "28 July-6 August 1945",
 * "May-Mid July 1945"). {@link #start()} and {@link #end()} are the earliest and latest days the
 * text allows; {@link #approximate()} is set where the text says "mid", "early" or "late".
 */
public record DocumentDate(String text, Precision precision, LocalDate start, LocalDate end, boolean approximate)
        implements Comparable<DocumentDate> {

    public enum Precision { DAY, MONTH, RANGE }

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern POINT = Pattern.compile(
            "(?i)(?:(mid|early|late)[\\s-]+)?(?:(\\d{1,2})(?:\\s+|$))?(?:(" + MONTHS + ")(?:\\s+(\\d{1,2}),)?)?(?:\\s*(\\d{4}))?");

    public DocumentDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Reads a date in any of the forms above, or empty when the text is not a date. */
    public static Optional<DocumentDate> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        if (t.isEmpty()) {
            return Optional.empty();
        }
        int dash = t.indexOf('-');
        if (dash < 0) {
            Point p = Point.parse(t);
            if (p == null || p.year == null || p.month == null) {
                return Optional.empty();
            }
            Bounds b = p.bounds(p.year, p.month);
            if (b == null) {
                return Optional.empty();
            }
            Precision precision = p.day != null && p.qualifier == null ? Precision.DAY : Precision.MONTH;
            return Optional.of(new DocumentDate(t, precision, b.start, b.end, p.qualifier != null));
        }
        Point right = Point.parse(t.substring(dash + 1).strip());
        Point left = Point.parse(t.substring(0, dash).strip());
        if (right == null || left == null || right.year == null || right.month == null
                || (left.day == null && left.month == null)) {
            return Optional.empty();
        }
        Bounds r = right.bounds(right.year, right.month);
        Bounds l = left.bounds(left.year != null ? left.year : right.year,
                left.month != null ? left.month : right.month);
        if (l == null || r == null || l.start.isAfter(r.end)) {
            return Optional.empty();
        }
        return Optional.of(new DocumentDate(t, Precision.RANGE, l.start, r.end,
                left.qualifier != null || right.qualifier != null));
    }

    /** Reads a date, or fails with a message naming the accepted forms. */
    public static DocumentDate parse(String text) {
        return tryParse(text).orElseThrow(() -> new InvalidValueException("'" + DocumentId.printable(String.valueOf(text))
                + "' is not a date; expected a form such as 21 April 1942, June 1945 or 1-12 July 1945"));
    }

    /** Whether this date and the given day can be the same day. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether any day of this date can fall between the bounds; a null bound is open. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    /** The days from the end of the earlier of the two dates to the start of the later; 0 where they overlap. */
    public long daysApart(DocumentDate other) {
        if (other.end.isBefore(start)) {
            return java.time.temporal.ChronoUnit.DAYS.between(other.end, start);
        }
        return end.isBefore(other.start) ? java.time.temporal.ChronoUnit.DAYS.between(end, other.start) : 0;
    }

    @Override
    public int compareTo(DocumentDate other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Prints a day in the thesis's bibliography form, e.g. "21 April 1942". */
    public static String dayMonthYear(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
    }

    private record Bounds(LocalDate start, LocalDate end) { }

    private record Point(String qualifier, Integer day, Month month, Integer year) {
        static Point parse(String s) {
            Matcher m = POINT.matcher(s);
            if (!m.matches() || s.isBlank()) {
                return null;
            }
            Integer day = m.group(2) != null ? Integer.valueOf(m.group(2))
                    : m.group(4) != null ? Integer.valueOf(m.group(4)) : null;
            if (m.group(2) != null && m.group(4) != null) {
                return null;
            }
            Month month = m.group(3) != null ? Month.valueOf(m.group(3).toUpperCase(Locale.ROOT)) : null;
            Integer year = m.group(5) != null ? Integer.valueOf(m.group(5)) : null;
            if (day == null && month == null && year == null) {
                return null;
            }
            return new Point(m.group(1), day, month, year);
        }

        Bounds bounds(int y, Month mo) {
            YearMonth ym = YearMonth.of(y, mo);
            if (day != null) {
                if (day < 1 || day > ym.lengthOfMonth()) {
                    return null;
                }
                return new Bounds(ym.atDay(day), ym.atDay(day));
            }
            return new Bounds(ym.atDay(1), ym.atEndOfMonth());
        }
    }
}
