package org.magicref.domain;

import java.util.Arrays;

/** One term's postings: entry numbers in increasing order, and the term's count in each (at most 127). */
final class Postings {
    int[] entries = new int[2];
    byte[] counts = new byte[2];
    int size;

    /** One more occurrence of the term in an entry: the last one, or a new one after it. */
    void count(int entry) {
        if (size > 0 && entries[size - 1] == entry) {
            if (counts[size - 1] < Byte.MAX_VALUE) {
                counts[size - 1]++;
            }
            return;
        }
        if (size == entries.length) {
            int grown = size + (size >> 1) + 1;
            entries = Arrays.copyOf(entries, grown);
            counts = Arrays.copyOf(counts, grown);
        }
        entries[size] = entry;
        counts[size] = 1;
        size++;
    }

    /** These postings followed by those of later entries (there is room for them). */
    void append(Postings later) {
        System.arraycopy(later.entries, 0, entries, size, later.size);
        System.arraycopy(later.counts, 0, counts, size, later.size);
        size += later.size;
    }

    /** These postings, without room to grow. */
    Postings trimmed() {
        if (entries.length > size) {
            entries = Arrays.copyOf(entries, size);
            counts = Arrays.copyOf(counts, size);
        }
        return this;
    }
}
