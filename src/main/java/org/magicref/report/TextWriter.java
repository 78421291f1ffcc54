package org.magicref.report;

import java.io.PrintWriter;
import java.util.function.UnaryOperator;
import org.apache.commons.text.WordUtils;

/**
 * Text for people: aligned labels, wrapped to a width, headings emphasised where the output allows
 * it, and any control character a record holds shown as an escape rather than sent to the terminal.
 */
public final class TextWriter {
    private final PrintWriter out;
    private final int width;
    private final UnaryOperator<String> emphasis;

    /**
     * @param emphasis marks a heading line for emphasis (bold on a terminal), or returns it as it is
     */
    public TextWriter(PrintWriter out, int width, UnaryOperator<String> emphasis) {
        this.out = out;
        this.width = width;
        this.emphasis = emphasis;
    }

    /** Plain text at the given width. */
    public TextWriter(PrintWriter out, int width) {
        this(out, width, UnaryOperator.identity());
    }

    /** A heading line (wrapped like {@link #wrapped}), emphasised. */
    public void heading(String head, String indent, String text) {
        String[] lines = wrap(indent, Messages.visible(text));
        out.println(emphasis.apply(Messages.visible(head) + lines[0]));
        for (int i = 1; i < lines.length; i++) {
            out.println(emphasis.apply(indent + lines[i]));
        }
    }

    public int width() {
        return width;
    }

    public void line(String text) {
        out.println(Messages.visible(text));
    }

    /** An empty line. */
    public void blank() {
        out.println();
    }

    /** "  Label        value", the value wrapped and its continuation lines aligned under it; nothing for no value. */
    public void field(String label, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String head = "  " + Columns.left(label, 13);
        wrapped(head, " ".repeat(head.length()), value);
    }

    /** Text wrapped to the width, the first line after {@code head}, the rest after {@code indent}. */
    public void wrapped(String head, String indent, String text) {
        String[] lines = wrap(indent, Messages.visible(text));
        out.println(Messages.visible(head) + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.println(indent + lines[i]);
        }
    }

    /** As {@link #wrapped}, the given words emphasised wherever they stand (where the output allows emphasis). */
    public void wrappedMarking(String head, String indent, String text, java.util.List<String> words) {
        String[] lines = wrap(indent, Messages.visible(text));
        java.util.regex.Pattern match = words.isEmpty() ? null : java.util.regex.Pattern.compile(String.join("|",
                words.stream().map(java.util.regex.Pattern::quote).toList()), java.util.regex.Pattern.CASE_INSENSITIVE);
        for (int i = 0; i < lines.length; i++) {
            String line = match == null ? lines[i]
                    : match.matcher(lines[i]).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(emphasis.apply(m.group())));
            out.println((i == 0 ? Messages.visible(head) : indent) + line);
        }
    }

    private String[] wrap(String indent, String text) {
        int room = Math.max(20, width - indent.length());
        return WordUtils.wrap(text, room, "\n", true).split("\n");
    }

    public void flush() {
        out.flush();
    }
}
