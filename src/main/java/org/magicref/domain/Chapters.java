package org.magicref.domain;

import java.util.Comparator;

/** Orders chapter labels as a work prints them: I, II, ... then Appendix A, B, ... */
public final class Chapters {
    private Chapters() {
    }

    public static final Comparator<String> ORDER = (a, b) -> Integer.compare(rank(a), rank(b));

    /** The chapter's position: a Roman numeral's value, appendices after every chapter. */
    public static int rank(String chapter) {
        if (chapter.startsWith("Appendix ")) {
            return 10_000 + chapter.charAt(chapter.length() - 1);
        }
        int total = 0;
        int previous = 0;
        for (int i = chapter.length() - 1; i >= 0; i--) {
            int v = switch (chapter.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 5_000;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
