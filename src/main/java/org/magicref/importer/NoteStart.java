package org.magicref.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of a note as texts print it: superscript digits ("²²Maurice Hindus"), or plain digits
 * as text copied out of a PDF or a word processor's endnotes gives them ("22 Maurice Hindus",
 * "22. Maurice", "22Maurice", "[22] Maurice"). Plain digits are a note's number only where the
 * sequence of notes expects that number; anywhere else they are text (a year, a count).
 *
 * @param number the note's number
 * @param text   the note's text after the number
 * @param plain  whether the number is printed in plain digits
 */
record NoteStart(int number, String text, boolean plain) {
    private static final Pattern SUPERSCRIPT = Pattern.compile("^([" + Superscripts.DIGITS + "]+)\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern PLAIN = Pattern.compile(
            "^(?:\\[(\\d{1,3})\\]\\s*|(\\d{1,3})(?:[.)]\\s+|\\s+|(?=[A-Z\"']))|\\((\\d{1,3})\\)\\s+)(\\S.*)$", Pattern.DOTALL);
    /** How many numbers a note may skip and still be read as a note (the skip is reported). */
    static final int MAX_SKIP = 3;

    /** The note that starts the line, or null. */
    static NoteStart read(String line) {
        String s = line.strip();
        Matcher m = SUPERSCRIPT.matcher(s);
        if (m.matches()) {
            return new NoteStart(Superscripts.value(m.group(1)), m.group(2).strip(), false);
        }
        m = PLAIN.matcher(s);
        if (m.matches()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return new NoteStart(Integer.parseInt(digits), m.group(4).strip(), true);
        }
        return null;
    }

    /**
     * Whether this start is a note where the last note was numbered {@code last}: a superscript
     * always is; plain digits only the next number (a few skipped at most), or 1 where numbering
     * may start again.
     */
    boolean follows(int last, boolean mayRestart) {
        return !plain || (number > last && number <= last + 1 + MAX_SKIP) || (mayRestart && number == 1);
    }
}
