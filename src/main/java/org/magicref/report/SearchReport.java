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

    @Override
    public void write(TextWriter out) {
        out.line(total + (total == 1 ? " match" : " matches") + " for \"" + query + "\""
                + (shown.size() < total ? ", best " + shown.size() + " shown" : ""));
        for (SearchHit h : shown) {
            out.blank();
            Citation c = h.citation();
            if (c == null) {
                out.wrapped(String.format("  %-9s title  ", h.document()), " ".repeat(18), catalogue.require(h.document()).title());
            } else {
                out.line(String.format("  %-9s %-6s %s", h.document(), c.noteRef(), CitationLines.locator(c)));
                String text = c.passage() == null ? c.noteText() : c.passage();
                out.wrapped("            ", "            ",
                        text.length() > SNIPPET ? text.substring(0, SNIPPET - 3).strip() + "..." : text);
            }
        }
    }
}
