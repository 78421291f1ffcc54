package org.magicref.citation;

import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The formats a citation is given in, so that italics survive the paste into a word processor
 * or a Markdown draft: plain text, HTML ({@code <i>}), RTF ({@code {\i ...}}) and Markdown
 * ({@code *...*}). The house style marks the words to italicise with two private-use characters;
 * a CSL style's HTML is turned into the others.
 */
public enum Markup {
    TEXT, HTML, RTF, MARKDOWN;

    static final char ITALIC_START = '\uE000';
    static final char ITALIC_END = '\uE001';

    /** The name people type and JSON prints. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Words to be set in italics. */
    static String italic(String text) {
        return ITALIC_START + text + ITALIC_END;
    }

    /** Marked text (plain characters and italic marks) in this format, escaped as the format needs. */
    public String render(String marked) {
        return this == RTF ? "{\\rtf1\\ansi\\deff0 " + inline(marked) + "}" : inline(marked);
    }

    /** Marked text in this format, without the document an RTF text needs around it. */
    private String inline(String marked) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        boolean inItalic = false;
        for (int i = 0; i <= marked.length(); i++) {
            boolean mark = i < marked.length() && (marked.charAt(i) == ITALIC_START || marked.charAt(i) == ITALIC_END);
            if (i == marked.length() || mark) {
                out.append(escape(marked.substring(from, i)));
                if (mark) {
                    inItalic = marked.charAt(i) == ITALIC_START;
                    out.append(inItalic ? open() : close());
                }
                from = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * Several marked paragraphs (a bibliography's headings and entries) as one text in this
     * format: separated by a blank line, in {@code <p>} elements, or as paragraphs of one RTF document.
     */
    public String document(List<String> paragraphs) {
        List<String> rendered = paragraphs.stream().map(this::inline).toList();
        return switch (this) {
            case TEXT, MARKDOWN -> String.join("\n\n", rendered);
            case HTML -> String.join("\n", rendered.stream().map(p -> "<p>" + p + "</p>").toList());
            case RTF -> "{\\rtf1\\ansi\\deff0 " + String.join("\\par\\par\n", rendered) + "}";
        };
    }

    private String open() {
        return switch (this) {
            case TEXT -> "";
            case HTML -> "<i>";
            case RTF -> "{\\i ";
            case MARKDOWN -> "*";
        };
    }

    private String close() {
        return switch (this) {
            case TEXT -> "";
            case HTML -> "</i>";
            case RTF -> "}";
            case MARKDOWN -> "*";
        };
    }

    private String escape(String text) {
        return switch (this) {
            case TEXT -> text;
            case HTML -> text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            case RTF -> rtf(text);
            case MARKDOWN -> text.replaceAll("([\\\\*_\\[\\]`<>#])", "\\\\$1");
        };
    }

    /** RTF: braces and backslashes escaped, every character beyond ASCII as a Unicode escape. */
    private static String rtf(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                s.append('\\').append(c);
            } else if (c > 127) {
                s.append("\\u").append((int) (short) c).append('?');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** A CSL processor's HTML (its italics as {@code <i>}) as marked text. */
    static String fromHtml(String html) {
        String marked = html.replaceAll("<(i|em)>", String.valueOf(ITALIC_START)).replaceAll("</(i|em)>", String.valueOf(ITALIC_END))
                .replaceAll("<[^>]+>", "");
        return StringEscapeUtils.unescapeHtml4(marked).strip();
    }
}
