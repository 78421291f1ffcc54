package org.magicref.report;

import java.util.List;
import org.magicref.analysis.CrossReference;
import org.magicref.domain.Document;

/** How a document connects to others ({@code xref}), group by group. */
public record XrefReport(Document document, int days, List<CrossReference.Group> groups) implements Report {

    /** {@code xref --json}: the document and its groups. */
    public record XrefView(String document, int days, List<CrossReference.Group> groups) { }

    @Override
    public XrefView view() {
        return new XrefView(document.id().toString(), days, groups);
    }

    @Override
    public void write(TextWriter out) {
        Document d = document;
        out.heading(d.id() + "  ", " ".repeat(d.id().toString().length() + 2), d.title() + (d.date() == null ? "" : ", " + d.date()));
        for (CrossReference.Group g : groups) {
            out.blank();
            out.wrapped("", "  ", g.kind() + ": " + g.why());
            if (g.entries().isEmpty()) {
                out.line("  (none)");
            }
            for (CrossReference.Entry e : g.entries()) {
                out.wrapped("  " + Columns.left(e.document(), 9) + " ", " ".repeat(12), e.detail());
            }
        }
    }
}
