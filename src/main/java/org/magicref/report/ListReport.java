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
        String format = "%-9s %-" + dateWidth + "s %4s %5s  ";
        String header = String.format(format, "ID", "DATE", "REEL", "CITES");
        out.line(header + "TITLE");
        String indent = " ".repeat(header.length());
        for (Document d : documents) {
            String head = String.format(format, d.id(), d.date() == null ? "-" : d.date(),
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
}
