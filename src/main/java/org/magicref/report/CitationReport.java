package org.magicref.report;

import java.util.List;
import org.magicref.citation.Form;
import org.magicref.citation.Reference;

/** One citation ({@code cite}): the text wrapped as it stands, or its parts for programs. */
public record CitationReport(Reference reference, String pages, String style, Form form, String text) implements Report {

    /** What {@code cite --json} prints. */
    public record CiteView(String document, String pages, List<Integer> frames, String style, String form, String text,
                           List<String> warnings) { }

    @Override
    public CiteView view() {
        return new CiteView(reference.document().id().toString(), pages, reference.frames(), style, form.toString(), text,
                reference.warnings());
    }

    @Override
    public void write(TextWriter out) {
        out.wrapped("", "", text);
    }
}
