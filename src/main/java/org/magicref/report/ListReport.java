package org.magicref.report;

import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;

/** Documents in a table ({@code list}): identifier, date, reel, citations and title. */
public record ListReport(Catalogue catalogue, List<Document> documents) implements Report {
    private static final int MAX_DATE_WIDTH = 28;

    @Override
    public List<DocumentView> view() {
        return documents.stream().map(d -> DocumentView.of(d, catalogue)).toList();
    }

    @Override
    public void write(TextWriter out) {
        int dateWidth = Math.min(MAX_DATE_WIDTH, documents.stream().mapToInt(d -> d.date() == null ? 1 : d.date().length())
                .max().orElse(4));
        String header = columns("ID", "DATE", dateWidth, "REEL", "CITES");
        out.line(header + "TITLE");
        String indent = " ".repeat(header.length());
        for (Document d : documents) {
            String head = columns(d.id(), d.date() == null ? "-" : d.date(), dateWidth,
                    d.reel() == null ? "-" : d.reel(), catalogue.citationsOf(d.id()).size());
            if (head.length() > indent.length()) {
                out.line(head.stripTrailing());
                out.wrapped(indent, indent, d.title());
            } else {
                out.wrapped(head, indent, d.title());
            }
        }
        out.line(documents.size() + (documents.size() == 1 ? " document" : " documents"));
    }

    /** The columns before the title, as "%-9s %-Ds %4s %5s  " would set them. */
    private static String columns(Object id, Object date, int dateWidth, Object reel, Object cites) {
        return Columns.left(id, 9) + " " + Columns.left(date, dateWidth) + " " + Columns.right(reel, 4) + " "
                + Columns.right(cites, 5) + "  ";
    }
}
