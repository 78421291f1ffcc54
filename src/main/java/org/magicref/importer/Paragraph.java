package org.magicref.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of the source text between blank lines.
 *
 * @param numbers the 1-based line number, in the original text, of each of its lines
 * @param lines   its lines as printed
 */
record Paragraph(List<Integer> numbers, List<String> lines) {
    Paragraph {
        numbers = List.copyOf(numbers);
        lines = List.copyOf(lines);
    }

    /** The line number of its first line. */
    int line() {
        return numbers.get(0);
    }

    /** The line number of its last line. */
    int lastLine() {
        return numbers.get(numbers.size() - 1);
    }

    /** The paragraph made of some of its lines, from {@code from} up to (not including) {@code to}. */
    Paragraph slice(int from, int to) {
        return new Paragraph(numbers.subList(from, to), lines.subList(from, to));
    }

    /**
     * The lines joined into one. A line ending in a hyphen joins the next without a space; where
     * the hyphen splits a word across lines (a lower-case letter before it and after it, as in
     * "neutral-" and "ity"), the hyphen goes too.
     */
    String text() {
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            String t = l.strip();
            int end = s.length();
            if (end > 0 && s.charAt(end - 1) == '-') {
                if (end > 1 && Character.isLowerCase(s.charAt(end - 2)) && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                    s.setLength(end - 1);
                }
            } else if (end > 0) {
                s.append(' ');
            }
            s.append(t);
        }
        return s.toString();
    }

    /** Splits a text into paragraphs; lines holding only white space count as blank. */
    static List<Paragraph> split(String source) {
        return split(SourceLines.of(source));
    }

    static List<Paragraph> split(List<SourceLines.Line> all) {
        List<Paragraph> out = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (SourceLines.Line line : all) {
            if (line.text().isBlank()) {
                if (!current.isEmpty()) {
                    out.add(new Paragraph(numbers, current));
                    numbers = new ArrayList<>();
                    current = new ArrayList<>();
                }
            } else {
                numbers.add(line.number());
                current.add(line.text());
            }
        }
        if (!current.isEmpty()) {
            out.add(new Paragraph(numbers, current));
        }
        return out;
    }
}
