package org.magicref.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A term's postings, written as gaps between entries, read back as they were counted. */
class PostingsTest {

    /** Entries with gaps of one to five bytes (the first gap is from -1). */
    private static final int[] ENTRIES = {200, 201, 300, 16_584, 16_585, 2_113_737, 200_000_000, Integer.MAX_VALUE};

    @Test
    void entriesAndCountsReadBackInOrder() {
        Postings p = new Postings();
        for (int e : ENTRIES) {
            p.count(e);
        }
        for (int i = 0; i < 130; i++) {
            p.count(Integer.MAX_VALUE);
        }
        assertArrayEquals(ENTRIES, entries(p));
        assertEquals(2 + 1 + 1 + 2 + 1 + 3 + 4 + 5, p.gapBytes, "each gap in as few bytes as it needs");
        Postings.Cursor c = p.cursor();
        c.reach(Integer.MAX_VALUE);
        assertEquals(Byte.MAX_VALUE, c.count(), "a count stops at 127");
        assertFalse(c.next());
    }

    @Test
    void slicesJoinedAreTheWholeCountedAtOnce() {
        Postings whole = new Postings();
        Postings[] slices = {new Postings(), new Postings(), new Postings()};
        for (int i = 0; i < ENTRIES.length; i++) {
            Postings slice = slices[i < 2 ? 0 : i < 6 ? 1 : 2];
            for (int n = 0; n <= i % 3; n++) {
                whole.count(ENTRIES[i]);
                slice.count(ENTRIES[i]);
            }
        }
        Postings joined = Postings.joined(slices, 3);
        assertArrayEquals(Arrays.copyOf(whole.gaps, whole.gapBytes), joined.gaps, "the gaps at the joins written again");
        assertArrayEquals(Arrays.copyOf(whole.counts, whole.size), joined.counts);
        assertEquals(whole.last, joined.last);
    }

    @Test
    void aCursorReachesTheFirstEntryAtOrAfterItsTarget() {
        Postings p = new Postings();
        for (int e : ENTRIES) {
            p.count(e);
        }
        Postings.Cursor c = p.cursor();
        assertTrue(c.reach(250));
        assertEquals(300, c.entry);
        assertTrue(c.reach(250), "never backwards");
        assertEquals(300, c.entry);
        assertTrue(c.reach(16_585));
        assertEquals(4, c.index);
        Postings.Cursor fresh = p.cursor();
        assertTrue(fresh.reach(-1));
        assertEquals(-1, fresh.index, "a cursor starts before the first entry, and reaching -1 reads none");
        assertFalse(fresh.reach(Integer.MAX_VALUE) && fresh.next(), "none after the last");
    }

    @Test
    void postingsGivenBackAreCheckedBeforeTheyAreTaken() {
        Postings p = new Postings();
        for (int e : ENTRIES) {
            p.count(e);
        }
        byte[] gaps = Arrays.copyOf(p.gaps, p.gapBytes);
        byte[] counts = Arrays.copyOf(p.counts, p.size);
        assertEquals(Integer.MAX_VALUE, Postings.of(gaps, counts).last);
        assertThrows(IllegalArgumentException.class, () -> Postings.of(Arrays.copyOf(gaps, gaps.length - 1), counts), "a gap cut short");
        assertThrows(IllegalArgumentException.class, () -> Postings.of(gaps, Arrays.copyOf(counts, counts.length - 1)), "a gap too many");
        assertThrows(IllegalArgumentException.class, () -> Postings.of(gaps, Arrays.copyOf(counts, counts.length + 1)), "a count too many");
        byte[] zero = counts.clone();
        zero[3] = 0;
        assertThrows(IllegalArgumentException.class, () -> Postings.of(gaps, zero), "a count of none");
        byte[] beyond = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07, 0};
        assertThrows(IllegalArgumentException.class, () -> Postings.of(beyond, new byte[] {1, 1}), "an entry past the largest number");
        assertThrows(IllegalArgumentException.class, () -> Postings.of(new byte[0], new byte[0]), "no entries");
    }

    private static int[] entries(Postings p) {
        int[] out = new int[p.size];
        Postings.Cursor c = p.cursor();
        while (c.next()) {
            out[c.index] = c.entry;
        }
        return out;
    }
}
