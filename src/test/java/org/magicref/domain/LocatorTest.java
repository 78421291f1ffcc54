package org.magicref.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Locators as the thesis's notes print them after the identifier. */
class LocatorTest {

    @Test
    void abbreviatedFrameRangesTakeTheirLeadingDigitsFromTheStart() {
        Locator l = Locator.parse(", pp. 7-8, reel 9, frs. 0800-1.");
        assertEquals("pp. 7-8", l.pages());
        assertEquals(List.of(new PageRef("7", null), new PageRef("8", null)), l.pageRefs());
        assertEquals(9, l.reel());
        assertEquals(List.of(800, 801), l.frames());
        assertEquals(", pp. 7-8, reel 9, frs. 0800-1".length(), l.length());
    }

    @Test
    void listsOfPagesAndFramesPairInOrder() {
        Locator l = Locator.parse(", pp. 1, 12, reel 9, frs. 0512, 0524.");
        assertEquals(List.of(new PageRef("1", null), new PageRef("12", null)), l.pageRefs());
        assertEquals(List.of(512, 524), l.frames());
    }

    @Test
    void keepsNoteAndAnnexPages() {
        assertEquals(List.of(new PageRef("9n", null)), Locator.parse(", p. 9n, reel 9, fr. 0720.").pageRefs());
        assertEquals(List.of(new PageRef("A2", null)), Locator.parse(", p. A2, reel 4.").pageRefs());
        assertEquals(9, Locator.expandPages("pp. B1-B9").size());
    }

    @Test
    void keepsThePartsOfASeparatelyPaginatedSummary() {
        Locator l = Locator.parse(", p. 4, part 1; and pp. 1-2, part 2, reel 15. This summary is divided");
        assertEquals("p. 4, part 1; and pp. 1-2, part 2", l.pages());
        assertEquals(List.of(new PageRef("4", 1), new PageRef("1", 2), new PageRef("2", 2)), l.pageRefs());
        assertEquals(15, l.reel());
        assertTrue(l.frames().isEmpty());
    }

    @Test
    void readsNothingWhereNoLocatorStands() {
        assertTrue(Locator.parse(", 394-95. The League").isEmpty());
        assertTrue(Locator.parse("").isEmpty());
    }

    @Test
    void refusesReversedAndHugeRanges() {
        assertThrows(InvalidValueException.class, () -> Locator.expandFrames("0800-0700"));
        assertThrows(InvalidValueException.class, () -> Locator.expandPages("pp. 1-99999"));
    }

    @Test
    void readsTheCommonSpellingsOfPagesReelsAndFrames() {
        Locator l = Locator.parse(", page 6, reel 9, frame 716.");
        assertEquals("p. 6", l.pages());
        assertEquals(9, l.reel());
        assertEquals(List.of(716), l.frames());
        Locator m = Locator.parse(", microfilm reel 9, frames 0794-95");
        assertEquals(9, m.reel());
        assertEquals(List.of(794, 795), m.frames());
        assertEquals("pp. 9-10", Locator.parse(", pages 9-10").pages());
        assertEquals("p. 7", Locator.parse(", p.7").pages());
    }

    @Test
    void aShortNotesBarePagesAreReadOnlyWhereTheNoteEndsOrAReelFollows() {
        assertEquals("p. 7", Locator.parseShort(", 7.").pages());
        assertEquals("pp. 211, 214", Locator.parseShort(", 211, 214; and Oka").pages());
        assertEquals(9, Locator.parseShort(", 7, reel 9").reel());
        assertTrue(Locator.parseShort(", 1945 was the year").isEmpty());
        assertEquals("pp. 1-2", Locator.parseShort(", pp. 1-2, reel 4").pages(), "the printed form is kept");
    }
}
