package org.magicref.report;

import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.SearchHit;

/**
 * The best hits of a search ({@code search}): documents by title, and passages (or notes) by
 * their words.
 *
 * @param total how many hits there were in all
 */
public record SearchReport(Catalogue catalogue, String query, List<SearchHit> shown, int total) implements Report {
    static final int SNIPPET = 240;

    /** One hit as {@code --json} prints it; {@code citation} is null for a match on a document's title. */
    public record HitView(String document, String title, double score, CitationView citation) { }

    @Override
    public List<HitView> view() {
        return shown.stream().map(h -> new HitView(h.document().toString(), catalogue.require(h.document()).title(),
                Math.round(h.score() * 1000) / 1000.0, h.citation() == null ? null : CitationView.of(h.citation()))).toList();
    }

    /** The words around the first match of a query word, at most {@link #SNIPPET} characters, "..." where cut. */
    static String snippet(String text, String query) {
        if (text.length() <= SNIPPET) {
            return text;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int at = java.util.Arrays.stream(query.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, at - SNIPPET / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(text.length(), start + SNIPPET - 6);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > at ? space : end;
        }
        return (start > 0 ? "..." : "") + text.substring(start, end).strip() + (end < text.length() ? "..." : "");
    }

    @Override
    public void write(TextWriter out) {
        out.line(total + (total == 1 ? " match" : " matches") + " for \"" + query + "\""
                + (shown.size() < total ? ", best " + shown.size() + " shown" : ""));
        for (SearchHit h : shown) {
            out.blank();
            Citation c = h.citation();
            if (c == null) {
                out.wrapped("  " + Columns.left(h.document(), 9) + " title  ", " ".repeat(18), catalogue.require(h.document()).title());
            } else {
                out.line("  " + Columns.left(h.document(), 9) + " " + Columns.left(c.noteRef(), 6) + " " + CitationLines.locator(c));
                String text = c.span() == null ? c.noteText() : c.span();
                out.wrappedMarking("            ", "            ", snippet(text, query),
                        java.util.Arrays.stream(query.split("\\s+")).filter(w -> w.length() > 1).toList());
            }
        }
    }
}
