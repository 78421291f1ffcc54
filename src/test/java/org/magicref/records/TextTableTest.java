package org.magicref.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTableTest {
    private static <V> V get(TextTable<V> table, String text) {
        char[] chars = ("[" + text + "]").toCharArray();
        return table.get(chars, 1, text.length());
    }

    @Test
    void findsEachTextInTheParsersCharactersAndNoOther() {
        TextTable<Integer> table = new TextTable<>();
        assertEquals("Aa".hashCode(), "BB".hashCode(), "two texts of one hash");
        table.put("Aa", 1);
        assertEquals(1, get(table, "Aa"));
        assertNull(get(table, "BB"));
        table.put("BB", 2);
        assertEquals(2, get(table, "BB"));
        assertNull(get(table, "A"));
        assertNull(get(table, "Aaa"));
        assertNull(get(table, ""));
        table.put("", 3);
        assertEquals(3, get(table, ""));
    }

    @Test
    void holdsThousandsOfTexts() {
        TextTable<String> table = new TextTable<>();
        for (int i = 0; i < 20_000; i++) {
            table.put("SRS-" + i, "value " + i);
        }
        for (int i = 0; i < 20_000; i++) {
            assertEquals("value " + i, get(table, "SRS-" + i));
        }
        assertNull(get(table, "SRS-20000"));
    }
}
