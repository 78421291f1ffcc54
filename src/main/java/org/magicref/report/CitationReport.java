package org.magicref.report;

import java.util.List;
import org.magicref.citation.Form;
import org.magicref.citation.Markup;
import org.magicref.citation.Reference;

/**
 * One citation ({@code cite}): the text wrapped as it stands (HTML, RTF and Markdown unwrapped,
 * to be pasted), or its parts for programs.
 */
public record CitationReport(Reference reference, String pages, String style, Form form, Markup format, String text)
        implements Report {

    /** What {@code cite --json} prints. */
    public record CiteView(String document, String pages, List<Integer> frames, String style, String form, String format,
                           String text, List<String> warnings) { }

    @Override
    public CiteView view() {
        return new CiteView(reference.document().id().toString(), pages, reference.frames(), style, form.toString(),
                format.toString(), text, reference.warnings());
    }

    @Override
    public void write(TextWriter out) {
        if (format == Markup.TEXT) {
            out.wrapped("", "", text);
        } else {
            text.lines().forEach(out::line);
        }
    }
}
