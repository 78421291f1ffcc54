package org.magicref.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.magicref.domain.DocumentId;

/**
 * The lines of a text as PDF extraction and word processors leave them, made plain: a byte-order
 * mark, CR or CRLF line ends, non-breaking and thin spaces, soft hyphens, ligatures, curly quotes
 * and en dashes between letters or digits ("pp. 9–10", "SRH–079") become their plain forms, and
 * the lines a printed page adds (a page number alone on its line, a running head repeated at the
 * top of page after page, a rule above the footnotes) are set aside; a line that names an RG 457
 * identifier never is. Every line keeps its number in the original text, so that a report can
 * point at it.
 */
final class SourceLines {
    /** One line of the text and its 1-based number in the original. */
    record Line(int number, String text) { }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)\\s*(?:[-\u2013\u2014]\\s*)?(?:page\\s+)?(?:\\d{1,4}|[ivxlc]{1,7})(?:\\s*[-\u2013\u2014])?\\s*");
    private static final Pattern RULE = Pattern.compile("\\s*[_\u2014\u2013-]{3,}\\s*");
    /** Lines that recur by nature, or that a running head repeats but that are headings too: chapters, notes, bibliography, figures. */
    private static final Pattern RECURRING = Pattern.compile(
            "(?i)(?:chapter|part|appendix|figure|fig\\.|table|map|plate|notes?|endnotes|sources?|bibliography|works cited"
                    + "|references|select(?:ed)? bibliography)\\b.*");
    /** A line repeated this often, short and not a sentence, is a running head. */
    private static final int RUNNING_HEAD_REPEATS = 3;
    private static final int RUNNING_HEAD_LENGTH = 80;

    private SourceLines() {
    }

    static List<Line> of(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<String> plain = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            plain.add(plain(i == 0 && raw[i].startsWith("\ufeff") ? raw[i].substring(1) : raw[i]));
        }
        Map<String, Integer> heads = runningHeadCounts(plain);
        List<Line> out = new ArrayList<>(plain.size());
        for (int i = 0; i < plain.size(); i++) {
            String line = plain.get(i);
            if (line.isBlank() || !(PAGE_NUMBER.matcher(line).matches() || RULE.matcher(line).matches()
                    || heads.getOrDefault(headKey(line), 0) >= RUNNING_HEAD_REPEATS)) {
                out.add(new Line(i + 1, line));
            }
        }
        return out;
    }

    /** One line in plain characters. */
    static String plain(String line) {
        int first = 0;
        while (first < line.length() && line.charAt(first) < '\u0080') {
            first++;
        }
        if (first == line.length()) {
            return line;
        }
        StringBuilder s = new StringBuilder(line.length()).append(line, 0, first);
        for (int i = first; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\u00a0', '\u2007', '\u2009', '\u202f', '\u2002', '\u2003' -> s.append(' ');
                case '\u00ad', '\u200b', '\ufeff' -> { }
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb' -> s.append('"');
                case '\u2018', '\u2019', '\u201a', '\u201b' -> s.append('\'');
                case '\ufb00' -> s.append("ff");
                case '\ufb01' -> s.append("fi");
                case '\ufb02' -> s.append("fl");
                case '\ufb03' -> s.append("ffi");
                case '\ufb04' -> s.append("ffl");
                case '\u2010', '\u2011', '\u2012', '\u2013' -> s.append(between(line, i) ? '-' : c);
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Whether the character at i stands between two letters or digits ("9–10", "SRH–079"). */
    private static boolean between(String line, int i) {
        return i > 0 && i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i - 1))
                && Character.isLetterOrDigit(line.charAt(i + 1));
    }

    /**
     * How often each short line that is not a sentence recurs, page numbers aside ("MAINTAINING THE
     * NEUTRALITY 23" and "24 MAINTAINING THE NEUTRALITY" are one head).
     */
    private static Map<String, Integer> runningHeadCounts(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            String key = headKey(line);
            if (!key.isEmpty() && key.length() <= RUNNING_HEAD_LENGTH && !key.endsWith(".") && !key.endsWith(",")
                    && Character.isLetter(key.charAt(0)) && !RECURRING.matcher(key).matches()
                    && !DocumentId.IN_TEXT.matcher(key).find()) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** A line without the page number at its start or end. */
    private static String headKey(String line) {
        String s = line.strip();
        int start = 0;
        while (start < s.length() && start < 4 && Character.isDigit(s.charAt(start))) {
            start++;
        }
        s = start > 0 && start < s.length() && Character.isWhitespace(s.charAt(start)) ? s.substring(start).strip() : s;
        int end = s.length();
        while (end > 0 && s.length() - end < 4 && Character.isDigit(s.charAt(end - 1))) {
            end--;
        }
        return end < s.length() && end > 0 && Character.isWhitespace(s.charAt(end - 1)) ? s.substring(0, end).strip() : s;
    }
}
