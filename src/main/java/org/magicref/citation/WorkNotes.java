package org.magicref.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Chapters;
import org.magicref.domain.Citation;
import org.magicref.domain.InvalidValueException;

/**
 * The notes of a work, in its order, as references to render: each note's RG 457 citations, and a
 * note citing something else for every number between two notes of a chapter that cites no RG 457
 * document (it breaks an "Ibid." chain, as it does in the work).
 *
 * @param labels the note's label ("V.37", or "12" in a work without chapters) for each note
 */
public record WorkNotes(List<String> labels, List<NoteSequence.NoteRefs> notes) {

    /** The notes of the work, or none when the catalogue holds no citation of it. */
    public static WorkNotes of(Catalogue catalogue, String work) {
        ReferenceParser parser = new ReferenceParser(catalogue);
        Map<String, List<Citation>> byNote = new LinkedHashMap<>();
        catalogue.citations().stream().filter(c -> c.work().equals(work))
                .sorted(Comparator.comparing(Citation::chapter, Chapters.ORDER).thenComparingInt(Citation::note))
                .forEach(c -> byNote.computeIfAbsent(c.noteRef(), k -> new ArrayList<>()).add(c));
        List<String> labels = new ArrayList<>();
        List<NoteSequence.NoteRefs> notes = new ArrayList<>();
        Citation last = null;
        for (List<Citation> note : byNote.values()) {
            Citation c = note.get(0);
            if (last != null && !last.chapter().equals(c.chapter())) {
                labels.add(null);
                notes.add(NoteSequence.NoteRefs.other());
            }
            for (int n = last != null && last.chapter().equals(c.chapter()) ? last.note() + 1 : c.note(); n < c.note(); n++) {
                labels.add(c.chapter().isEmpty() ? String.valueOf(n) : c.chapter() + "." + n);
                notes.add(NoteSequence.NoteRefs.other());
            }
            labels.add(c.noteRef());
            notes.add(new NoteSequence.NoteRefs(note.stream().map(x -> reference(parser, x)).toList()));
            last = c;
        }
        return new WorkNotes(labels, notes);
    }

    /** A citation as a reference to render: its pages, and its frames where it gives one a page. */
    private static Reference reference(ReferenceParser parser, Citation c) {
        String pages = c.pages() == null ? null : pagesSpec(c.pages());
        String frames = c.frames().isEmpty() ? null : c.frames().stream().map(String::valueOf).collect(Collectors.joining(","));
        try {
            return parser.of(c.document(), pages, frames);
        } catch (InvalidValueException e) {
            return parser.of(c.document(), pages, null);
        }
    }

    /** "pp. 1, 12" is "1, 12"; "p. 4, part 1; and pp. 1-2, part 2" is "4/1;1-2/2". */
    static String pagesSpec(String pages) {
        return pages.replaceAll("pp?\\. ", "").replaceAll(", part (\\d+)", "/$1").replace("; and ", ";");
    }
}
