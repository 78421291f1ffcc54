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
