package org.magicref.cli;

import java.time.LocalDate;
import org.magicref.domain.DocumentDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --from} and {@code --to}: a year ("1945"), a month ("July 1945") or a day, as a span of days. */
public class DateRangeOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date on: 1945, July 1945, 13 July 1945.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date (same forms as --from).")
    String to;

    /** The first day, or null; refuses a date it cannot read, and a range that ends before it starts. */
    LocalDate start() {
        LocalDate start = from == null ? null : parse(from, "--from").start();
        LocalDate end = end();
        if (start != null && end != null && start.isAfter(end)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return start;
    }

    /** The last day, or null. */
    LocalDate end() {
        return to == null ? null : parse(to, "--to").end();
    }

    private DocumentDate parse(String text, String option) {
        String t = text.strip();
        try {
            return DocumentDate.parse(t.matches("\\d{4}") ? "January " + t + "-December " + t : t);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
