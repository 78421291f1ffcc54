package org.magicref.picture;

import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A standalone SVG document written element by element: its styles inline (one font stack that
 * every system has, no web fonts, no external files), its text real text that can be searched
 * and selected, and patterns in place of colours so that it reads the same printed in black and
 * white. Text and attribute values are escaped with Commons Text's XML escaping.
 */
final class Svg {
    /** Patterns that tell kinds of frames apart without colour. */
    static final String SOLID = "#222";
    static final String HATCH = "url(#hatch)";
    static final String DOTS = "url(#dots)";
    static final String BLANK = "#fff";

    private static final String STYLE = "text{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;fill:#111}"
            + ".small{font-size:9px}.label{font-size:11px}.heading{font-size:15px;font-weight:bold}"
            + ".mono{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:10px}";

    private final StringBuilder body = new StringBuilder();
    private final int width;

    Svg(int width) {
        this.width = width;
    }

    Svg rect(double x, double y, double w, double h, String fill, String stroke, String title) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s>",
                x, y, Math.max(w, 0.5), h, fill, stroke == null ? "" : " stroke=\"" + stroke + "\" stroke-width=\"0.6\""));
        if (title != null) {
            body.append("<title>").append(escape(title)).append("</title>");
        }
        body.append("</rect>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String dash) {
        body.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#111\" "
                + "stroke-width=\"0.8\"%s/>\n", x1, y1, x2, y2, dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
        return this;
    }

    /** Text at (x, y); anchor "start", "middle" or "end"; cls a class of the inline style. */
    Svg text(double x, double y, String text, String cls, String anchor) {
        body.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\"%s>%s</text>\n", x, y, cls,
                anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"", escape(text)));
        return this;
    }

    /** Text turned to read upwards from (x, y) when {@code above}, or hanging down from it. */
    Svg upright(double x, double y, String text, String cls, boolean above) {
        body.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\" text-anchor=\"%s\" "
                + "transform=\"rotate(-90 %.1f %.1f)\">%s</text>\n", x, y, cls, above ? "start" : "end", x, y, escape(text)));
        return this;
    }

    /** A marker shaped like a small triangle pointing at (x, y) from below. */
    Svg triangle(double x, double y, String title) {
        body.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l-3.5 6 h7 z\" fill=\"#111\"><title>%s</title></path>\n",
                x, y, escape(title)));
        return this;
    }

    /** The document, with a title and description for screen readers. */
    String document(int height, String title, String description) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-labelledby=\"title desc\">\n"
                + "<title id=\"title\">" + escape(title) + "</title>\n"
                + "<desc id=\"desc\">" + escape(description) + "</desc>\n"
                + "<style>" + STYLE + "</style>\n"
                + "<defs>\n"
                + "<pattern id=\"hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"4\" height=\"4\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#222\" stroke-width=\"1.6\"/></pattern>\n"
                + "<pattern id=\"dots\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"4\" height=\"4\" fill=\"#fff\"/><circle cx=\"2\" cy=\"2\" r=\"0.9\" fill=\"#222\"/></pattern>\n"
                + "</defs>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"
                + body
                + "</svg>\n";
    }

    static String escape(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }

    /** The width a text takes at a font size, roughly (for placing labels so that they do not overlap). */
    static double width(String text, double size) {
        return text.length() * size * 0.56;
    }
}
