package org.magicref.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The postings of one slice of a {@link SearchIndex}'s entries, counted as the text is read: a word
 * of plain ASCII letters and digits (nearly every word) is lower-cased into a buffer and looked up
 * in a table of its own, so that a word met before costs no new string; any other word (accents,
 * hyphens, identifiers) takes the general way of {@link SearchIndex#terms(String)}. Both ways give
 * the same terms.
 */
final class SliceIndex {
    /** Stands for a word that is not indexed. */
    private static final Postings STOPPED = new Postings();

    private String[] keys = new String[4096];
    private Postings[] values = new Postings[4096];
    private int count;
    private char[] word = new char[64];

    /** Counts the terms of one entry's text. */
    void add(String text, int entry) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !SearchIndex.wordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            int length = 0;
            int hash = 0;
            boolean plain = true;
            for (char c; i < n && SearchIndex.wordChar(c = text.charAt(i)); i++) {
                if (c >= 128 || c == '-') {
                    plain = false;
                } else if (plain) {
                    char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    if (length == word.length) {
                        word = Arrays.copyOf(word, length * 2);
                    }
                    word[length++] = lower;
                    hash = 31 * hash + lower;
                }
            }
            if (start == i) {
                continue;
            }
            if (plain && !(length >= 2 && word[0] == 's' && word[1] == 'r')) {
                count(postingsOf(null, length, hash), entry);
            } else {
                SearchIndex.addTerm(text, start, i, term -> count(postingsOf(term, term.length(), term.hashCode()), entry));
            }
        }
    }

    private static void count(Postings p, int entry) {
        if (p != STOPPED) {
            p.count(entry);
        }
    }

    /** The slice's postings by term. */
    Map<String, Postings> postings() {
        Map<String, Postings> map = new HashMap<>(count * 2);
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != null && values[k] != STOPPED) {
                map.put(keys[k], values[k]);
            }
        }
        return map;
    }

    /** The postings of the term, given as a string or (where null) as the buffer's first {@code length} characters. */
    private Postings postingsOf(String term, int length, int hash) {
        int mask = keys.length - 1;
        int k = slot(hash);
        for (String key; (key = keys[k]) != null; k = (k + 1) & mask) {
            if (key.hashCode() == hash && (term == null ? sameAsWord(key, length) : key.equals(term))) {
                return values[k];
            }
        }
        String added = term == null ? new String(word, 0, length) : term;
        Postings p = SearchIndex.STOP.contains(added) ? STOPPED : new Postings();
        keys[k] = added;
        values[k] = p;
        if (++count * 2 > keys.length) {
            grow();
        }
        return p;
    }

    private boolean sameAsWord(String key, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (key.charAt(j) != word[j]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldKeys = keys;
        Postings[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Postings[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int k = slot(oldKeys[j].hashCode());
                while (keys[k] != null) {
                    k = (k + 1) & mask;
                }
                keys[k] = oldKeys[j];
                values[k] = oldValues[j];
            }
        }
    }

    /**
     * The table slot a hash starts from: the high bits of the hash times the golden ratio, as short
     * words have close hashes ("w1", "w2") that would otherwise fill runs of slots side by side.
     */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(keys.length - 1);
    }
}
