package org.magicref.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of the source text between blank lines.
 *
 * @param line  the 1-based line number of its first line
 * @param lines its lines as printed
 */
record Paragraph(int line, List<String> lines) {
    Paragraph {
        lines = List.copyOf(lines);
    }

    /** The lines joined into one: a line ending in a hyphen joins the next without a space. */
    String text() {
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            String t = l.strip();
            if (s.length() > 0 && s.charAt(s.length() - 1) != '-') {
                s.append(' ');
            }
            s.append(t);
        }
        return s.toString();
    }

    /** Splits a text into paragraphs; lines holding only white space count as blank. */
    static List<Paragraph> split(String source) {
        String[] all = source.split("\\R", -1);
        List<Paragraph> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i].isBlank()) {
                if (!current.isEmpty()) {
                    out.add(new Paragraph(start + 1, current));
                    current = new ArrayList<>();
                }
            } else {
                if (current.isEmpty()) {
                    start = i;
                }
                current.add(all[i]);
            }
        }
        if (!current.isEmpty()) {
            out.add(new Paragraph(start + 1, current));
        }
        return out;
    }
}
