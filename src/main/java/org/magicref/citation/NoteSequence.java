package org.magicref.citation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.magicref.domain.DocumentId;

/**
 * Numbers a sequence of notes and gives each reference the form the thesis gives it: the full
 * reference the first time a publication is cited; "Ibid." when a note repeats the document of a
 * note before that cites it alone; the Magic Summaries' "Ibid., "DATE," SRS-NNNN" when a summary
 * follows a note citing another summary alone; the quoted title and identifier the first time a
 * document is cited; the identifier alone after that.
 */
public final class NoteSequence {
    /** One note: its references (none for a note that cites other sources only). */
    public record NoteRefs(List<Reference> references) {
        public NoteRefs {
            references = List.copyOf(references);
        }

        public static NoteRefs other() {
            return new NoteRefs(List.of());
        }
    }

    /** A numbered note and the form chosen for each of its references. */
    public record Note(int number, String text, List<String> parts, List<Form> forms) { }

    private final HouseStyle style;

    public NoteSequence(HouseStyle style) {
        this.style = style;
    }

    public List<Note> render(List<NoteRefs> notes, int start) {
        Set<String> fullyCited = new HashSet<>();
        Set<DocumentId> cited = new HashSet<>();
        List<Note> out = new ArrayList<>();
        NoteRefs previous = null;
        int number = start;
        for (NoteRefs note : notes) {
            List<String> parts = new ArrayList<>();
            List<Form> forms = new ArrayList<>();
            String trailer = "";
            for (int i = 0; i < note.references().size(); i++) {
                Reference r = note.references().get(i);
                Reference before = i == 0 && previous != null && previous.references().size() == 1
                        ? previous.references().get(0) : null;
                String publication = r.document().publication();
                if (before != null && before.document().id().equals(r.document().id())) {
                    parts.add(style.ibidAfter(before, r));
                    forms.add(Form.IBID);
                } else if (before != null && before.document().id().isMagicSummary() && r.document().id().isMagicSummary()) {
                    parts.add(style.ibidSummary(r));
                    forms.add(Form.IBID);
                } else if (publication != null && !fullyCited.contains(publication)) {
                    parts.add(style.fullReference(r));
                    trailer = style.framesNotAvailable(r.document());
                    forms.add(Form.FULL);
                    fullyCited.add(publication);
                } else if (cited.contains(r.document().id())) {
                    parts.add(style.identified(r));
                    forms.add(Form.ID);
                } else {
                    parts.add(style.titled(r));
                    forms.add(Form.SHORTENED);
                }
                cited.add(r.document().id());
            }
            String text = note.references().isEmpty() ? "" : join(parts) + trailer;
            out.add(new Note(number++, text, parts, forms));
            previous = note;
        }
        return out;
    }

    /** "A." / "A; and B." / "A; B; and C." */
    private static String join(List<String> parts) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                s.append(i == parts.size() - 1 ? "; and " : "; ");
            }
            s.append(parts.get(i));
        }
        return s.toString().endsWith(".") ? s.toString() : s + ".";
    }
}
