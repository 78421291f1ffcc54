package org.magicref.report;

import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;

/**
 * Every citation of a document ({@code cites}), with the passage each note supports, or with the
 * whole paragraph it stands in ({@code cites --context}).
 */
public record CitesReport(Catalogue catalogue, Document document, boolean context) implements Report {

    @Override
    public List<CitationView> view() {
        return catalogue.citationsOf(document.id()).stream().map(CitationView::of).toList();
    }

    @Override
    public void write(TextWriter out) {
        Document d = document;
        List<String> works = catalogue.works().stream().map(w -> w.id()).toList();
        List<Citation> citations = catalogue.citationsOf(d.id()).stream()
                .sorted((a, b) -> Integer.compare(works.indexOf(a.work()), works.indexOf(b.work()))).toList();
        String count = citations.isEmpty() ? "no citations (bibliography only)"
                : citations.size() == 1 ? "1 citation" : citations.size() + " citations";
        out.heading(d.id() + "  ", " ".repeat(d.id().toString().length() + 2), d.title()
                + (d.date() == null ? "" : ", " + d.date()) + " (" + count + ")");
        boolean manyWorks = catalogue.works().size() > 1;
        String work = null;
        for (Citation c : citations) {
            if (manyWorks && !c.work().equals(work)) {
                work = c.work();
                out.blank();
                out.wrapped("", "  ", "In " + catalogue.work(work).map(CitationLines::work).orElse(work) + ":");
            }
            out.blank();
            CitationLines.write(out, c.noteRef(), c, context);
        }
    }
}
