package org.magicref.records;

/**
 * Values by the text that names them, looked up in the characters the JSON parser holds: a text
 * met before makes no string. The values that recur from citation to citation (a work, a chapter,
 * a document, a page) are each read a million times in a large catalogue, and were each made into
 * a string only to be found in a map and dropped.
 */
final class TextTable<V> {
    private String[] keys = new String[256];
    private int[] hashes = new int[256];
    private Object[] values = new Object[256];
    private int size;

    /** The value named by chars[offset, offset + length), or null for none. */
    @SuppressWarnings("unchecked")
    V get(char[] chars, int offset, int length) {
        int hash = hash(chars, offset, length);
        int mask = keys.length - 1;
        for (int i = slot(hash, mask); keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && same(keys[i], chars, offset, length)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Names the value by the text (the text is not in the table yet). */
    void put(String text, V value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        place(text, text.hashCode(), value);
        size++;
    }

    private void place(String text, int hash, Object value) {
        int mask = keys.length - 1;
        int i = slot(hash, mask);
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = text;
        hashes[i] = hash;
        values[i] = value;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                place(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }

    private static int slot(int hash, int mask) {
        return (hash * 0x9E3779B9) >>> 7 & mask;
    }

    /** The hash String gives the same characters. */
    private static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private static boolean same(String key, char[] chars, int offset, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
