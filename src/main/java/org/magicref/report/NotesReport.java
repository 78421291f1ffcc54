package org.magicref.report;

import java.util.List;
import org.magicref.citation.Citer;

/** Numbered notes ({@code notes}), their numbers right-aligned. */
public record NotesReport(List<Citer.Note> notes) implements Report {

    /** One numbered note, as {@code notes --json} prints it. */
    public record NoteView(int number, String text, List<String> forms, List<String> warnings) { }

    @Override
    public List<NoteView> view() {
        return notes.stream().map(n -> new NoteView(n.number(), n.text(), n.forms().stream().map(Object::toString).toList(),
                n.warnings())).toList();
    }

    @Override
    public void write(TextWriter out) {
        int width = notes.isEmpty() ? 1 : String.valueOf(notes.get(notes.size() - 1).number()).length();
        for (Citer.Note n : notes) {
            String head = String.format("%" + width + "d. ", n.number());
            out.wrapped(head, " ".repeat(head.length()), n.text().isEmpty() ? "(another source)" : n.text());
        }
    }
}
