package org.magicref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.records.CatalogueStore;

/**
 * Fed the thesis's own sequence of SRS/SRH references, the house style gives the thesis's notes,
 * except where the thesis is inconsistent with itself (listed and explained below).
 */
class ThesisNotesTest {
    static final Catalogue CATALOGUE = CatalogueStore.readBundled();

    /** The thesis's RG 457 citations, note by note, with a note citing other sources between two that are not adjacent. */
    static List<Map.Entry<String, NoteSequence.NoteRefs>> thesisSequence() {
        ReferenceParser refs = new ReferenceParser(CATALOGUE);
        Map<String, List<Citation>> byNote = new LinkedHashMap<>();
        CATALOGUE.citations().forEach(c -> byNote.computeIfAbsent(c.noteRef(), k -> new ArrayList<>()).add(c));
        List<Map.Entry<String, NoteSequence.NoteRefs>> out = new ArrayList<>();
        Citation last = null;
        for (List<Citation> note : byNote.values()) {
            Citation c = note.get(0);
            if (last != null && !(last.chapter().equals(c.chapter()) && last.note() + 1 == c.note())) {
                out.add(Map.entry("other", NoteSequence.NoteRefs.other()));
            }
            out.add(Map.entry(c.noteRef(), new NoteSequence.NoteRefs(note.stream().map(x -> refs.of(x.document(),
                    pagesSpec(x.pages()), x.frames().isEmpty() ? null
                            : x.frames().stream().map(String::valueOf).collect(Collectors.joining(",")))).toList())));
            last = c;
        }
        return out;
    }

    /** "pp. 1, 12" is "1, 12"; "p. 4, part 1; and pp. 1-2, part 2" is "4/1;1-2/2". */
    static String pagesSpec(String pages) {
        return pages.replaceAll("pp?\\. ", "").replaceAll(", part (\\d+)", "/$1").replace("; and ", ";");
    }

    @Test
    void reproducesTheThesisNotesExceptWhereTheThesisIsInconsistent() {
        List<Map.Entry<String, NoteSequence.NoteRefs>> sequence = thesisSequence();
        List<NoteSequence.Note> notes = new NoteSequence(new HouseStyle(CATALOGUE))
                .render(sequence.stream().map(Map.Entry::getValue).toList(), 1);
        Map<String, String> differences = new LinkedHashMap<>();
        int compared = 0;
        for (int i = 0; i < sequence.size(); i++) {
            String ref = sequence.get(i).getKey();
            if (ref.equals("other")) {
                continue;
            }
            List<Citation> thesis = CATALOGUE.citations().stream().filter(c -> c.noteRef().equals(ref)).toList();
            for (int k = 0; k < thesis.size(); k++) {
                compared++;
                String expected = thesis.get(k).cited();
                String actual = strip(notes.get(i).parts().get(k));
                if (!expected.equals(actual)) {
                    differences.put(ref + " " + thesis.get(k).document(), actual);
                }
            }
        }
        assertEquals(85, compared);
        assertEquals(Map.of(
                // The note dates SRS-1497 "October 25, 1944"; the bibliography dates it 25 November 1944, and
                // the numbers agree with November (SRS-1494 is 22 November 1944). The house style keeps
                // the note's form of date and the bibliography's value.
                "IV.28 SRS-1497", "Ibid., \"November 25, 1944,\" SRS-1497, pp. 6-7, reel 11",
                // Chapter IV cites a Magic Summary that follows a note citing another summary as
                // "Ibid., "DATE," SRS-NNNN" thirteen times; these three notes give the quoted title instead.
                "IV.36 SRS-1201", "Ibid., \"February 4, 1944,\" SRS-1201, p. 8, reel 8",
                "V.68 SRS-1755", "Ibid., \"10 August 1945,\" SRS-1755, pp. 3, 5, reel 15",
                "V.72 SRS-1760", "Ibid., \"15 August 1945,\" SRS-1760, p. 1, reel 15"), differences);
    }

    private static String strip(String part) {
        return part.endsWith(".") && !part.equals("Ibid.") ? part.substring(0, part.length() - 1) : part;
    }
}
