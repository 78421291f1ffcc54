package org.magicref.report;

import java.util.List;
import org.magicref.citation.Bibliography;

/** A bibliography ({@code bibliography}): headings flush left, their entries indented under them. */
public record BibliographyReport(List<Bibliography.Section> sections) implements Report {

    @Override
    public List<Bibliography.Section> view() {
        return sections;
    }

    @Override
    public void write(TextWriter out) {
        for (int i = 0; i < sections.size(); i++) {
            Bibliography.Section s = sections.get(i);
            if (i > 0) {
                out.blank();
            }
            if (s.heading() != null) {
                out.wrapped("", "    ", s.heading());
                out.blank();
            }
            s.entries().forEach(e -> out.wrapped(s.heading() == null ? "" : "  ", "      ", e));
        }
    }
}
