package org.magicref.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the note markers in the body text of each chapter and prints every one of them in
 * superscript digits, so that the passages are read the same way whatever the source's
 * typography. Superscript digits are always markers. Plain digits attached to a word or to
 * punctuation ("fight.12", "relations12", "said,"12) and bracketed numbers ("fight [12].") are
 * markers only where the sequence of markers expects them: the next number of the chapter (1 or
 * the running count at a chapter's start), or a number a few further on that a note carries; any
 * other number is text (a year, a page; a decimal such as "11.5" unless it is the very number expected). A marker that breaks the sequence is reported.
 */
final class Markers {
    /** The body with every marker in superscript digits, and the marker numbers of each chapter. */
    record Result(List<BodyParagraph> body, Map<String, List<Integer>> numbers) { }

    private Markers() {
    }

    /**
     * @param noteNumbers the numbers the notes carry, so that a marker that skips a number is still
     *                    read where a note stands for it
     * @param notices     where a break in the sequence is reported, with its line
     */
    static Result find(List<BodyParagraph> body, Set<Integer> noteNumbers, List<String> notices) {
        List<BodyParagraph> out = new ArrayList<>(body.size());
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        String chapter = null;
        int last = 0;
        int running = 0;
        for (BodyParagraph p : body) {
            if (!p.chapter().equals(chapter)) {
                chapter = p.chapter();
                last = 0;
            }
            List<Integer> chapterNumbers = numbers.computeIfAbsent(chapter, k -> new ArrayList<>());
            String t = p.text();
            StringBuilder text = new StringBuilder(t.length());
            int from = 0;
            for (Candidate c = next(t, 0); c != null; c = next(t, c.end())) {
                boolean expected = c.value() == last + 1 || (last == 0 && c.value() == running + 1);
                boolean skipped = c.value() > last + 1 && c.value() <= last + 1 + NoteStart.MAX_SKIP
                        && noteNumbers.contains(c.value()) && !c.decimal();
                if (!c.superscript() && !expected && !skipped) {
                    continue;
                }
                if (!expected && last > 0) {
                    notices.add("line " + p.line() + ": note marker " + c.value() + " follows marker " + last + " in chapter " + chapter);
                } else if (!expected) {
                    notices.add("line " + p.line() + ": chapter " + chapter + " starts its notes at " + c.value());
                }
                text.append(t, from, c.start()).append(Superscripts.of(c.value()));
                from = c.end();
                last = c.value();
                running = Math.max(running, c.value());
                chapterNumbers.add(c.value());
            }
            text.append(t, from, t.length());
            out.add(new BodyParagraph(p.chapter(), p.line(), p.lastLine(), text.toString(), p.interrupted()));
        }
        return new Result(out, numbers);
    }

    /**
     * A number that may be a marker: where it stands in the text, its value, whether it is in
     * superscript digits, and whether it follows a digit and a point, as a decimal's fraction does.
     */
    private record Candidate(int start, int end, int value, boolean superscript, boolean decimal) { }

    /** The next candidate marker at or after {@code from}, or null (read by hand: it runs over every character of the body). */
    private static Candidate next(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Superscripts.DIGITS.indexOf(c) >= 0) {
                int end = i;
                while (end < t.length() && Superscripts.DIGITS.indexOf(t.charAt(end)) >= 0) {
                    end++;
                }
                return new Candidate(i, end, Superscripts.value(t.substring(i, end)), true, false);
            }
            if (c == '[') {
                int end = digits(t, i + 1);
                if (end > i + 1 && end - i - 1 <= 3 && end < t.length() && t.charAt(end) == ']') {
                    int start = i > 0 && t.charAt(i - 1) == ' ' ? i - 1 : i;
                    return new Candidate(start, end + 1, Integer.parseInt(t.substring(i + 1, end)), false, false);
                }
            } else if (c >= '0' && c <= '9' && (i == 0 || !Character.isDigit(t.charAt(i - 1)))) {
                int end = digits(t, i);
                boolean attached = i > 0 && (ATTACHED_TO.indexOf(t.charAt(i - 1)) >= 0 || Character.isLetter(t.charAt(i - 1)));
                if (attached && end - i <= 3 && (end == t.length() || FOLLOWED_BY.indexOf(t.charAt(end)) >= 0)
                        && !afterIdentifier(t, i)) {
                    boolean decimal = i >= 2 && Character.isDigit(t.charAt(i - 2)) && ".,".indexOf(t.charAt(i - 1)) >= 0;
                    return new Candidate(i, end, Integer.parseInt(t.substring(i, end)), false, decimal);
                }
                i = end - 1;
            }
        }
        return null;
    }

    private static final String ATTACHED_TO = ".,;:!?\"')]";
    private static final String FOLLOWED_BY = " \t\"')],;:.!?";

    private static int digits(String t, int from) {
        int end = from;
        while (end < t.length() && t.charAt(end) >= '0' && t.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** Whether the digits at i are an identifier's number ("SRH71"), not a marker. */
    private static boolean afterIdentifier(String t, int i) {
        int letters = i;
        while (letters > 0 && Character.isLetter(t.charAt(letters - 1))) {
            letters--;
        }
        return i - letters >= 3 && i - letters <= 5 && t.regionMatches(true, letters, "SR", 0, 2)
                && (letters == 0 || !Character.isLetterOrDigit(t.charAt(letters - 1)));
    }
}
