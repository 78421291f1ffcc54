package org.magicref.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Error and warning messages as people read them: one line, nothing that a terminal would act on. */
public final class Messages {
    /** A word longer than this in a message (most likely a user's runaway input) is shortened. */
    static final int MAX_WORD = 60;
    private static final Pattern RUNAWAY = Pattern.compile("\\S{" + (MAX_WORD + 1) + ",}");

    private Messages() {
    }

    /** The message on one line, control characters made visible, runaway words shortened. */
    public static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String flat = message.replaceAll("\\R", " ").replaceAll("\\p{Cntrl}", "?");
        return RUNAWAY.matcher(flat).replaceAll(m -> Matcher.quoteReplacement(m.group().substring(0, MAX_WORD - 3) + "..."));
    }

    /**
     * Text with every control character but the line break shown as an escape ("\\x1B" for ESC),
     * so that nothing a record holds can move the cursor, clear the screen or set the terminal's title.
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean control = (ch < 0x20 && ch != '\n') || (ch >= 0x7F && ch <= 0x9F);
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\x%02X", (int) ch));
                } else {
                    out.append(ch);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Describes an I/O failure in words rather than as an exception class. */
    public static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": " + f.getReason();
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": " + (n.getReason() == null ? "no such file" : n.getReason());
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": " + (a.getReason() == null ? "permission denied" : a.getReason());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
