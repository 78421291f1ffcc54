package org.magicref.importer;

import java.util.regex.Pattern;

/** Note markers: runs of superscript digits (U+2070, U+00B9, U+00B2, U+00B3, U+2074-U+2079). */
final class Superscripts {
    static final String DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    static final Pattern MARKER = Pattern.compile("[" + DIGITS + "]+");

    private Superscripts() {
    }

    /** The number a marker stands for ("²⁹" is 29). */
    static int value(String marker) {
        int n = 0;
        for (int i = 0; i < marker.length(); i++) {
            n = n * 10 + DIGITS.indexOf(marker.charAt(i));
        }
        return n;
    }

    /** The marker for a number (29 is "²⁹"). */
    static String of(int number) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            s.append(DIGITS.charAt(c - '0'));
        }
        return s.toString();
    }
}
