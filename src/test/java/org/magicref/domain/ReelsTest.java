package org.magicref.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.magicref.records.CatalogueStore;

/** Reels and frames on the bundled catalogue, and on small hand-made ones. */
class ReelsTest {
    private static final Catalogue CATALOGUE = CatalogueStore.readBundled();
    private static final Reels REELS = CATALOGUE.reels();

    @Test
    void everyCitedPageFramePairIsExactBothWays() {
        int checked = 0;
        for (Document d : CATALOGUE.documents()) {
            for (KnownPair k : REELS.alignment(d.id()).pairs()) {
                FrameAnswer located = REELS.locate(d.id(), k.page().page());
                assertEquals(FrameAnswer.Kind.EXACT, located.kind(), d.id() + " p. " + k.page());
                assertTrue(located.frames().contains(k.frame()), d.id() + " p. " + k.page());
                List<FrameAnswer> at = REELS.frame(d.publication(), d.reel(), k.frame());
                assertEquals(1, at.size());
                assertEquals(FrameAnswer.Kind.EXACT, at.get(0).kind());
                assertEquals(d.id(), at.get(0).document());
                assertTrue(at.get(0).pages().contains(k.page().page()));
                assertTrue(at.get(0).citations().stream().allMatch(c -> c.frames().contains(k.frame())));
                checked++;
            }
        }
        assertEquals(51, checked, "distinct page/frame pairs in the thesis's notes, counted by hand");
    }

    @Test
    void inferredAnswersAgreeWithEveryKnownPairOfTheirDocument() {
        for (Document d : CATALOGUE.documents()) {
            Alignment a = REELS.alignment(d.id());
            for (Alignment.Segment s : a.segments()) {
                for (int f = s.first().frame() + 1; f < s.last().frame(); f++) {
                    int frame = f;
                    boolean known = a.pairs().stream().anyMatch(k -> k.frame() == frame);
                    FrameAnswer at = REELS.frame(d.publication(), d.reel(), f).get(0);
                    String page = String.valueOf(f - s.offset());
                    assertEquals(known ? FrameAnswer.Kind.EXACT : FrameAnswer.Kind.INFERRED, at.kind(), d.id() + " fr. " + f);
                    if (!known) {
                        assertEquals(List.of(page), at.pages());
                        FrameAnswer back = REELS.locate(d.id(), page);
                        assertEquals(FrameAnswer.Kind.INFERRED, back.kind());
                        assertEquals(List.of(f), back.frames());
                    }
                }
                // pages inferred from any pair of the run land on that pair's frame
                for (KnownPair k : a.pairs()) {
                    if (k.alignable() && k.offset() == s.offset() && k.frame() >= s.first().frame() && k.frame() <= s.last().frame()) {
                        assertEquals(k.frame(), k.number() + s.offset());
                    }
                }
            }
        }
    }

    @Test
    void everyIrregularityOfTheSourceIsReported() {
        Map<String, List<String>> found = new TreeMap<>();
        for (Document d : CATALOGUE.documents()) {
            for (Irregularity i : REELS.alignment(d.id()).irregularities()) {
                found.computeIfAbsent(d.id().toString(), k -> new ArrayList<>()).add(i.kind().name());
            }
        }
        assertEquals(Map.of(
                "SRH-068", List.of("EXTRA_FRAMES"),
                "SRH-079", List.of("DUPLICATE_PAGE", "NOTE_PAGE")), found);
    }

    @Test
    void acrossAnIrregularityTheAnswerIsAmbiguous() {
        FrameAnswer at = REELS.frame(null, 9, 518).get(0);
        assertEquals(FrameAnswer.Kind.AMBIGUOUS, at.kind());
        assertEquals(List.of("6", "7"), at.pages());
        FrameAnswer page = REELS.locate(DocumentId.parse("SRH-068"), "6");
        assertEquals(FrameAnswer.Kind.AMBIGUOUS, page.kind());
        assertEquals(List.of(517, 518), page.frames());
    }

    @Test
    void twoPagesNumberedSixAreBothExact() {
        FrameAnswer a = REELS.locate(DocumentId.parse("SRH-079"), "6");
        assertEquals(FrameAnswer.Kind.EXACT, a.kind());
        assertEquals(List.of(716, 717), a.frames());
        assertEquals(FrameAnswer.Kind.EXACT, REELS.locate(DocumentId.parse("SRH-079"), "9").kind());
        assertEquals(List.of("8"), REELS.frame(null, 9, 719).get(0).pages());
    }

    @Test
    void aGapNamesItsNeighboursAndWhatMayLieBetween() {
        FrameAnswer a = REELS.frame(null, 9, 600).get(0);
        assertEquals(FrameAnswer.Kind.UNIDENTIFIED, a.kind());
        assertEquals(DocumentId.parse("SRH-071"), a.before());
        assertEquals(DocumentId.parse("SRH-078"), a.after());
        assertEquals(List.of(DocumentId.parse("SRH-073"), DocumentId.parse("SRH-075")), a.candidates());
    }

    @Test
    void pagesBeyondTheCitedOnesAreInferredOnlyWhereNothingElseCanLie() {
        // SRH-085 is followed on reel 9 by SRH-086: a page after its last cited one may be SRH-086's frames
        FrameAnswer gap = REELS.locate(DocumentId.parse("SRH-085"), "25");
        assertEquals(FrameAnswer.Kind.UNIDENTIFIED, gap.kind());
        assertTrue(gap.explanation().contains("where another document of the reel may lie"), gap.explanation());
        assertEquals(FrameAnswer.Kind.UNIDENTIFIED, REELS.locate(DocumentId.parse("SRH-075"), "1").kind());
        // alone on its reel, a document's pages go on one frame a page, both ways
        Publication p = publication("alpha", true);
        Document d = new Document(DocumentId.parse("SRH-001"), "One", null, "alpha", 2, null);
        Catalogue c = new Catalogue(List.of(), List.of(p), List.of(d), List.of(citation(d, "3", 103)));
        FrameAnswer beyond = c.reels().locate(d.id(), "10");
        assertEquals(FrameAnswer.Kind.INFERRED, beyond.kind());
        assertEquals(List.of(110), beyond.frames());
        FrameAnswer back = c.reels().frame("alpha", 2, 110).get(0);
        assertEquals(FrameAnswer.Kind.INFERRED, back.kind());
        assertEquals(List.of("10"), back.pages());
        assertEquals(List.of("1"), c.reels().frame("alpha", 2, 101).get(0).pages());
        assertEquals(FrameAnswer.Kind.UNIDENTIFIED, c.reels().frame("alpha", 2, 100).get(0).kind(), "no page 0");
    }

    @Test
    void magicSummaryReelsHaveNoFrames() {
        assertEquals(FrameAnswer.Kind.NO_FRAMES, REELS.frame(null, 15, 10).get(0).kind());
        assertEquals(FrameAnswer.Kind.NO_FRAMES, REELS.locate(DocumentId.parse("SRS-1746"), "4").kind());
    }

    @Test
    void unknownReelsArerefused() {
        assertThrows(UnknownReelException.class, () -> REELS.frame(null, 7, 1));
        assertThrows(UnknownReelException.class, () -> REELS.frame("top-secret-studies-pt2", 9, 1));
        assertThrows(InvalidValueException.class, () -> REELS.locate(DocumentId.parse("SRH-085"), "seven"));
    }

    @Test
    void aReelNumberInTwoPublicationsIsAnsweredForEach() {
        Publication a = publication("alpha", true);
        Publication b = publication("beta", true);
        Document d1 = new Document(DocumentId.parse("SRH-001"), "One", null, "alpha", 2, null);
        Document d2 = new Document(DocumentId.parse("SRH-500"), "Two", null, "beta", 2, null);
        Catalogue c = new Catalogue(List.of(), List.of(a, b), List.of(d1, d2),
                List.of(citation(d1, "3", 103), citation(d2, "1", 50)));
        List<FrameAnswer> answers = c.reels().frame(null, 2, 103);
        assertEquals(List.of("alpha", "beta"), answers.stream().map(FrameAnswer::publication).toList());
        assertEquals(FrameAnswer.Kind.EXACT, answers.get(0).kind());
        assertEquals(FrameAnswer.Kind.INFERRED, answers.get(1).kind(), "alone on beta's reel 2, SRH-500 goes on");
        assertEquals(List.of("54"), answers.get(1).pages());
        assertEquals(1, c.reels().frame("beta", 2, 50).size());
    }

    private static Publication publication(String id, boolean frames) {
        return new Publication(id, id, null, null, "Place, ST", "Publisher", 1989, "microfilm", null, null, null, frames);
    }

    private static Citation citation(Document d, String page, int frame) {
        return new Citation("w", "I", 1, d.id(), d.id() + ", p. " + page, null, null, "p. " + page,
                List.of(new PageRef(page, null)), d.reel(), List.of(frame), false, "note", "passage", 1, null);
    }

    @Test
    void frameAndLocateAgreeInBothDirections() {
        Catalogue c = org.magicref.records.CatalogueStore.readBundled();
        int checked = 0;
        for (Document d : c.documents()) {
            Alignment a = c.reels().alignment(d.id());
            if (a.isEmpty() || d.reel() == null) {
                continue;
            }
            int last = a.pairs().stream().mapToInt(KnownPair::number).max().getAsInt();
            for (int page = 1; page <= last + 5; page++) {
                FrameAnswer located = c.reels().locate(d.id(), String.valueOf(page));
                if ((located.kind() == FrameAnswer.Kind.EXACT || located.kind() == FrameAnswer.Kind.INFERRED)) {
                    for (int f : located.frames()) {
                        FrameAnswer at = c.reels().frame(d.publication(), d.reel(), f).get(0);
                        assertEquals(d.id(), at.document(), d.id() + " p. " + page + " at fr. " + f + ": " + at.explanation());
                        assertTrue(at.pages().contains(String.valueOf(page)) || at.pages().contains(page + "n"),
                                d.id() + " p. " + page + " at fr. " + f + ": " + at.pages());
                        checked++;
                    }
                }
            }
        }
        for (Publication p : c.publications()) {
            if (!p.frames()) {
                continue;
            }
            for (int reel : c.reels().reels(p.id())) {
                for (int f = 1; f <= 1_200; f++) {
                    FrameAnswer at = c.reels().frame(p.id(), reel, f).get(0);
                    if ((at.kind() == FrameAnswer.Kind.EXACT || at.kind() == FrameAnswer.Kind.INFERRED) && at.pages().size() == 1) {
                        FrameAnswer back = c.reels().locate(at.document(), at.pages().get(0));
                        assertTrue(back.frames().contains(f), p.id() + " reel " + reel + " fr. " + f + " is " + at.document()
                                + " p. " + at.pages().get(0) + ", which locate puts at " + back.frames() + " (" + back.explanation() + ")");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }
}
