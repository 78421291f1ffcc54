package org.magicref.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.text.WordUtils;
import org.magicref.domain.Citation;
import org.magicref.records.RecordsJson;
import picocli.CommandLine.Help.Ansi;

/** Text for people (aligned labels, wrapped to the terminal's width) and JSON for programs. */
final class TextOut {
    private final PrintWriter out;
    private final int width;
    private final Ansi ansi;

    TextOut(PrintWriter out, int width) {
        this(out, width, Ansi.OFF);
    }

    TextOut(PrintWriter out, OutputOptions options) {
        this(out, options.width(), options.ansi());
    }

    private TextOut(PrintWriter out, int width, Ansi ansi) {
        this.out = out;
        this.width = width;
        this.ansi = ansi;
    }

    /** A heading line (wrapped like {@link #wrapped}), in bold on a terminal. */
    void heading(String head, String indent, String text) {
        int room = Math.max(20, width - indent.length());
        String[] lines = WordUtils.wrap(text, room, "\n", true).split("\n");
        out.println(bold(head + lines[0]));
        for (int i = 1; i < lines.length; i++) {
            out.println(bold(indent + lines[i]));
        }
    }

    private String bold(String line) {
        return ansi == Ansi.ON ? ansi.string("@|bold " + line.replace("|@", "| @") + "|@") : line;
    }

    /** Prints a value as pretty JSON with a trailing newline. */
    static void json(PrintWriter out, Object value) {
        out.print(RecordsJson.output(value));
        out.flush();
    }

    int width() {
        return width;
    }

    void line(String text) {
        out.println(text);
    }

    /** "  Label        value", the value wrapped and its continuation lines aligned under it. */
    void field(String label, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String head = String.format(Locale.ROOT, "  %-13s", label);
        wrapped(head, " ".repeat(head.length()), value);
    }

    /** Text wrapped to the width, the first line after {@code head}, the rest after {@code indent}. */
    void wrapped(String head, String indent, String text) {
        int room = Math.max(20, width - indent.length());
        String[] lines = WordUtils.wrap(text, room, "\n", true).split("\n");
        out.println(head + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.println(indent + lines[i]);
        }
    }

    /** "p. 4, reel 9, fr. 0699": a citation's locator with frames printed in full. */
    static String locator(Citation c) {
        StringBuilder s = new StringBuilder(c.pages() == null ? "no page" : c.pages());
        if (c.reel() != null) {
            s.append(", reel ").append(c.reel());
        }
        if (!c.frames().isEmpty()) {
            s.append(c.frames().size() == 1 ? ", fr. " : ", frs. ").append(frames(c.frames()));
        }
        return s.toString();
    }

    /** Frames in full, runs of consecutive frames as ranges: "0794-0795, 0811". */
    static String frames(List<Integer> frames) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            int j = i;
            while (j + 1 < frames.size() && frames.get(j + 1) == frames.get(j) + 1) {
                j++;
            }
            parts.add(i == j ? frame(frames.get(i)) : frame(frames.get(i)) + "-" + frame(frames.get(j)));
            i = j;
        }
        return String.join(", ", parts);
    }

    /** A frame number as the reels print it: four digits. */
    static String frame(int frame) {
        return String.format(Locale.ROOT, "%04d", frame);
    }

    /** Note references, "V.24, V.46, V.53". */
    static String notes(List<Citation> citations) {
        return citations.stream().map(Citation::noteRef).collect(Collectors.joining(", "));
    }

    void flush() {
        out.flush();
    }
}
