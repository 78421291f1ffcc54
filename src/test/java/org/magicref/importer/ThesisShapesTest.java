package org.magicref.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.magicref.domain.Citation;

/**
 * The thesis in every combination of the shapes other sources give it (plain-digit note numbers,
 * unpadded identifiers, CRLF and a byte-order mark, word-processor typography, page numbers and
 * running heads; footnotes, chapter endnotes, endnotes at the end of the work with or without a
 * heading per chapter) imports to the same 85 citations: the same documents, pages, reels and
 * frames, in the same chapters, with nothing left unread.
 */
class ThesisShapesTest {
    private static List<String> expected;

    static Stream<Arguments> shapes() {
        List<Arguments> out = new ArrayList<>();
        for (ThesisShapes.Notes notes : ThesisShapes.Notes.values()) {
            for (int mask = 0; mask < 1 << ThesisShapes.ALL.size(); mask++) {
                List<ThesisShapes.Shape> chosen = new ArrayList<>();
                for (int i = 0; i < ThesisShapes.ALL.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        chosen.add(ThesisShapes.ALL.get(i));
                    }
                }
                out.add(Arguments.of(notes, chosen));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("shapes")
    void importsTheSameCitations(ThesisShapes.Notes notes, List<ThesisShapes.Shape> chosen) throws IOException {
        String thesis = Thesis.text();
        if (expected == null) {
            expected = summary(ThesisImporter.importText(thesis), false);
            assertEquals(85, expected.size());
        }
        ThesisImporter.Result r = ThesisImporter.importText(ThesisShapes.of(thesis, notes, chosen));
        boolean renumbered = notes == ThesisShapes.Notes.RUNNING_ENDNOTES;
        List<String> want = renumbered ? withoutNumbers(expected) : expected;
        List<String> got = summary(r, renumbered);
        assertEquals(want, got, "missing: " + minus(want, got) + "\nextra: " + minus(got, want));
        assertEquals(List.of(), r.unread());
        assertEquals(List.of(), r.warnings().stream().filter(w -> !w.contains("no marker")).toList());
    }

    /** Each citation as "V.37 SRH-079 p. 6 [6] reel 9 frames [717]", the note number left out where renumbered. */
    private static List<String> summary(ThesisImporter.Result r, boolean withoutNumber) {
        return r.catalogue().citations().stream().map(c -> line(c, withoutNumber)).toList();
    }

    private static String line(Citation c, boolean withoutNumber) {
        return c.chapter() + (withoutNumber ? "" : "." + c.note()) + " " + c.document() + " " + c.pages() + " " + c.pageRefs()
                + " reel " + c.reel() + " frames " + c.frames() + (c.ibid() ? " ibid" : "");
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.forEach(out::remove);
        return out;
    }

    private static List<String> withoutNumbers(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("^([IVX]+)\\.\\d+", "$1")).toList();
    }
}
