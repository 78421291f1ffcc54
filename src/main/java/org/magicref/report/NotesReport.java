package org.magicref.report;

import java.util.List;
import org.magicref.citation.Citer;

/** Numbered notes ({@code notes}), their numbers right-aligned. */
public record NotesReport(List<Citer.Note> notes) implements Report {

    /** One numbered note, as {@code notes --json} prints it. */
    public record NoteView(int number, String label, String text, List<String> forms, List<String> warnings) { }

    @Override
    public List<NoteView> view() {
        return notes.stream().map(n -> new NoteView(n.number(), n.label(), n.text(), n.forms().stream().map(Object::toString).toList(),
                n.warnings())).toList();
    }

    @Override
    public void write(TextWriter out) {
        int width = notes.stream().mapToInt(n -> n.label().length()).max().orElse(1);
        for (Citer.Note n : notes) {
            String head = Columns.right(n.label(), width) + ". ";
            out.wrapped(head, " ".repeat(head.length()), n.text().isEmpty() ? "(another source)" : n.text());
        }
    }
}
