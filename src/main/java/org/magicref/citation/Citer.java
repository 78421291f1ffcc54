package org.magicref.citation;

import java.util.ArrayList;
import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;

/** Renders references in the house style or a CSL style: one reference in a form, or a sequence of notes. */
public final class Citer {
    /**
     * A numbered note, the form of each of its references (house style only), and what could not be settled.
     *
     * @param label the note's label in its work ("V.37"), or its number
     */
    public record Note(int number, String label, String text, List<Form> forms, List<String> warnings) { }

    private final Catalogue catalogue;
    private final String style;

    /**
     * @param style "house" (or null) for the thesis's own forms, else a CSL style name or id
     */
    public Citer(Catalogue catalogue, String style) {
        this.catalogue = catalogue;
        this.style = style;
    }

    /** Whether the style is the house style, which has every form; a CSL style gives the full note and the bibliography entry. */
    public boolean house() {
        return Styles.isHouse(style);
    }

    /** Whether the style gives the form on its own. */
    public boolean gives(Form form) {
        return house() || form == Form.FULL || form == Form.BIB;
    }

    /** The reference in the form, whole. */
    public String cite(Reference r, Form form) {
        return cite(r, form, Markup.TEXT);
    }

    /** The reference in the form, whole, in a format that keeps its italics (or plain text). */
    public String cite(Reference r, Form form, Markup markup) {
        if (house()) {
            return markup.render(new HouseStyle(catalogue, markup != Markup.TEXT).cite(form, r));
        }
        if (!gives(form)) {
            throw new IllegalArgumentException(form + " is a house-style form");
        }
        if (form == Form.BIB) {
            return CslRenderer.create(catalogue, List.of(r.document()), style, markup).bibliography().get(0);
        }
        return CslRenderer.citing(catalogue, List.of(r), style, markup).cite(r);
    }

    /** Numbers the notes from {@code start} and gives each reference the form its place in the sequence calls for. */
    public List<Note> notes(List<NoteSequence.NoteRefs> notes, int start) {
        return notes(notes, start, List.of(), Markup.TEXT);
    }

    /**
     * As {@link #notes(List, int)}, for notes that follow others in the paper: the references in
     * {@code earlier} were cited in those notes (their publications in full), so they are not cited
     * in full again; and with a markup other than text, each note's text is marked for italics.
     */
    public List<Note> notes(List<NoteSequence.NoteRefs> notes, int start, List<Reference> earlier, Markup markup) {
        List<NoteSequence.NoteRefs> all = new ArrayList<>();
        earlier.forEach(r -> all.add(new NoteSequence.NoteRefs(List.of(r))));
        if (!earlier.isEmpty()) {
            all.add(NoteSequence.NoteRefs.other()); // the notes between: no "Ibid." reaches back over them
        }
        int skipped = all.size();
        all.addAll(notes);
        List<Note> out = new ArrayList<>();
        if (house()) {
            List<NoteSequence.Note> rendered = new NoteSequence(new HouseStyle(catalogue, markup != Markup.TEXT)).render(all, start - skipped);
            for (int i = skipped; i < rendered.size(); i++) {
                NoteSequence.Note n = rendered.get(i);
                out.add(new Note(n.number(), String.valueOf(n.number()), n.text(), n.forms(), warnings(all.get(i))));
            }
            return out;
        }
        // the earlier references are cited but not printed: whether they have pages does not matter
        CslRenderer renderer = CslRenderer.citing(catalogue, all.stream().flatMap(n -> n.references().stream()).toList(),
                CslRenderer.reelInLocator(notes.stream().flatMap(n -> n.references().stream()).toList()), style, markup);
        int number = start - skipped;
        for (NoteSequence.NoteRefs n : all) {
            String text = String.join("; ", n.references().stream().map(renderer::markedCite).toList());
            if (number >= start) {
                out.add(new Note(number, String.valueOf(number), text, List.of(), warnings(n)));
            }
            number++;
        }
        return out;
    }

    /** The notes of a work, labelled as the work numbers them, their texts marked for italics where asked. */
    public List<Note> notes(WorkNotes work, Markup markup) {
        List<Note> numbered = notes(work.notes(), 1, List.of(), markup);
        List<Note> out = new ArrayList<>();
        for (int i = 0; i < numbered.size(); i++) {
            Note n = numbered.get(i);
            String label = work.labels().get(i);
            if (label != null) {
                out.add(new Note(n.number(), label, n.text(), n.forms(), n.warnings()));
            }
        }
        return out;
    }

    private static List<String> warnings(NoteSequence.NoteRefs n) {
        return n.references().stream().flatMap(r -> r.warnings().stream()).toList();
    }
}
