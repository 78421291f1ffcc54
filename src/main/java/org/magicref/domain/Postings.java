package org.magicref.domain;

import java.util.Arrays;

/**
 * One term's postings: entry numbers in increasing order, each written as its gap from the one
 * before (the first from -1) in seven-bit groups, low first, the high bit set on all but the
 * last (a byte for nearly every gap of a common word), and the term's count in each entry (at most
 * 127), one byte each. Read in order with a {@link Cursor}.
 */
final class Postings {
    byte[] gaps;
    int gapBytes;
    byte[] counts;
    int size;
    /** The last entry written, -1 before the first. */
    int last = -1;

    Postings() {
        this(new byte[2], new byte[2]);
    }

    private Postings(byte[] gaps, byte[] counts) {
        this.gaps = gaps;
        this.counts = counts;
    }

    /**
     * Postings written before: {@code gaps} must hold exactly {@code counts.length} gaps.
     *
     * @throws IllegalArgumentException where they do not, or a count is not positive
     */
    static Postings of(byte[] gaps, byte[] counts) {
        Postings p = new Postings(gaps, counts);
        p.gapBytes = gaps.length;
        p.size = counts.length;
        Cursor c = p.cursor();
        while (c.next()) {
            if (counts[c.index] < 1) {
                throw new IllegalArgumentException("a count not positive");
            }
        }
        if (c.at != gaps.length || c.index != counts.length || counts.length == 0) {
            throw new IllegalArgumentException("gaps and counts do not pair");
        }
        p.last = c.entry;
        return p;
    }

    /** One more occurrence of the term in an entry: the last one, or a new one after it. */
    void count(int entry) {
        if (size > 0 && last == entry) {
            if (counts[size - 1] < Byte.MAX_VALUE) {
                counts[size - 1]++;
            }
            return;
        }
        if (size == counts.length) {
            counts = Arrays.copyOf(counts, size + (size >> 1) + 1);
        }
        counts[size++] = 1;
        if (gapBytes + 5 > gaps.length) {
            gaps = Arrays.copyOf(gaps, gapBytes + (gapBytes >> 1) + 5);
        }
        gapBytes = write(gaps, gapBytes, entry - last - 1);
        last = entry;
    }

    /** The postings of consecutive slices of the entries, as one list of the exact size. */
    static Postings joined(Postings[] slices, int count) {
        int[] firsts = new int[count];
        int size = 0;
        int bytes = 0;
        int last = -1;
        for (int k = 0; k < count; k++) {
            Postings s = slices[k];
            firsts[k] = s.first();
            size += s.size;
            // the slice's first gap is written again, from the last entry of the slice before
            bytes += s.gapBytes - length(firsts[k]) + length(firsts[k] - last - 1);
            last = s.last;
        }
        Postings p = new Postings(new byte[bytes], new byte[size]);
        for (int k = 0; k < count; k++) {
            Postings s = slices[k];
            p.gapBytes = write(p.gaps, p.gapBytes, firsts[k] - p.last - 1);
            int rest = length(firsts[k]);
            System.arraycopy(s.gaps, rest, p.gaps, p.gapBytes, s.gapBytes - rest);
            p.gapBytes += s.gapBytes - rest;
            System.arraycopy(s.counts, 0, p.counts, p.size, s.size);
            p.size += s.size;
            p.last = s.last;
        }
        return p;
    }

    /** These postings, without room to grow. */
    Postings trimmed() {
        if (gaps.length > gapBytes) {
            gaps = Arrays.copyOf(gaps, gapBytes);
        }
        if (counts.length > size) {
            counts = Arrays.copyOf(counts, size);
        }
        return this;
    }

    Cursor cursor() {
        return new Cursor();
    }

    /** The first entry: the first gap, from -1. */
    private int first() {
        Cursor c = cursor();
        c.next();
        return c.entry;
    }

    private static int write(byte[] out, int at, int v) {
        while ((v & ~0x7F) != 0) {
            out[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[at++] = (byte) v;
        return at;
    }

    private static int length(int v) {
        int n = 1;
        while ((v & ~0x7F) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    /** A place in the postings: before the first entry, then at each in turn. */
    final class Cursor {
        int entry = -1;
        int index = -1;
        int at;

        /** Moves to the next entry; false where there is none. */
        boolean next() {
            if (index + 1 >= size) {
                index = size;
                return false;
            }
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                if (at >= gapBytes || shift > 28) {
                    throw new IllegalArgumentException("a gap cut short or too long");
                }
                int b = gaps[at++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) {
                    break;
                }
            }
            if (v < 0 || entry + 1 + v < 0) {
                throw new IllegalArgumentException("an entry out of range");
            }
            entry += v + 1;
            index++;
            return true;
        }

        /** Moves to the first entry at or after {@code target} unless already there; false where there is none. */
        boolean reach(int target) {
            while (entry < target) {
                if (!next()) {
                    return false;
                }
            }
            return true;
        }

        int count() {
            return counts[index];
        }
    }
}
