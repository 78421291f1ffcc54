package org.magicref.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern CANDIDATE = Pattern.compile(
            "[" + Superscripts.DIGITS + "]+"
                    + "|\\s?\\[(\\d{1,3})\\]"
                    + "|(?<=[\\p{L}.,;:!?\"')\\]])(?<!\\bSR[A-Z]{1,3}|\\bsr[a-z]{1,3})(\\d{1,3})(?=[\\s\"')\\],;:.!?]|$)");

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
            StringBuilder text = new StringBuilder();
            Matcher m = CANDIDATE.matcher(p.text());
            int from = 0;
            while (m.find()) {
                boolean superscript = m.group(1) == null && m.group(2) == null;
                int value = superscript ? Superscripts.value(m.group()) : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                boolean expected = value == last + 1 || (last == 0 && value == running + 1);
                boolean decimal = m.start() >= 2 && Character.isDigit(p.text().charAt(m.start() - 2))
                        && ".,".indexOf(p.text().charAt(m.start() - 1)) >= 0;
                boolean skipped = value > last + 1 && value <= last + 1 + NoteStart.MAX_SKIP && noteNumbers.contains(value)
                        && !decimal;
                if (!superscript && !expected && !skipped) {
                    continue;
                }
                if (!expected && last > 0) {
                    notices.add("line " + p.line() + ": note marker " + value + " follows marker " + last + " in chapter " + chapter);
                } else if (!expected) {
                    notices.add("line " + p.line() + ": chapter " + chapter + " starts its notes at " + value);
                }
                text.append(p.text(), from, m.start()).append(Superscripts.of(value));
                from = m.end();
                last = value;
                running = Math.max(running, value);
                chapterNumbers.add(value);
            }
            text.append(p.text().substring(from));
            out.add(new BodyParagraph(p.chapter(), p.line(), p.lastLine(), text.toString(), p.interrupted()));
        }
        return new Result(out, numbers);
    }
}
