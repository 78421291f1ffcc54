package org.magicref.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * What the commands know of where their text goes: the terminal's width, and whether it is a
 * terminal at all (colour and emphasis only there). The shell knows its terminal; a one-shot
 * command asks $COLUMNS, then the terminal itself.
 */
public interface Display {
    /** The terminal's width, if text goes to a terminal whose width is known. */
    OptionalInt width();

    /** Whether text goes to a terminal (not a pipe or a file). */
    boolean terminal();

    /** A variable of the environment the text is shown in (NO_COLOR, TERM). */
    default String env(String name) {
        return System.getenv(name);
    }

    /** A process's standard output: a terminal when the JVM has a console. */
    static Display standard() {
        return new Display() {
            @Override
            public OptionalInt width() {
                String columns = System.getenv("COLUMNS");
                if (columns != null && columns.matches("\\d{1,4}")) {
                    return OptionalInt.of(Integer.parseInt(columns));
                }
                return terminal() ? stty() : OptionalInt.empty();
            }

            @Override
            public boolean terminal() {
                return System.console() != null;
            }
        };
    }

    /** Not a terminal: plain text at the default width (tests, pipes). */
    Display PLAIN = new Display() {
        @Override
        public OptionalInt width() {
            return OptionalInt.empty();
        }

        @Override
        public boolean terminal() {
            return false;
        }
    };

    /** The controlling terminal's columns, from {@code stty size}; empty when it cannot be asked. */
    private static OptionalInt stty() {
        try {
            // stty from its fixed place, never found through PATH
            java.util.Optional<String> stty = java.util.stream.Stream.of("/bin/stty", "/usr/bin/stty")
                    .filter(f -> new java.io.File(f).canExecute()).findFirst();
            if (stty.isEmpty()) {
                return OptionalInt.empty();
            }
            Process p = new ProcessBuilder(stty.get(), "size").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
                    .redirectErrorStream(true).start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return OptionalInt.empty();
            }
            try (InputStream in = p.getInputStream()) {
                String[] size = new String(in.readAllBytes()).strip().split("\\s+");
                return size.length == 2 && size[1].matches("\\d{1,4}") ? OptionalInt.of(Integer.parseInt(size[1]))
                        : OptionalInt.empty();
            }
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }
}
