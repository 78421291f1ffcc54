package org.magicref.cli;

import org.magicref.domain.DocumentDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A date option: a year ("1945"), a month ("July 1945"), a day or a range, as a span of days. */
final class DateBounds {
    private DateBounds() {
    }

    static DocumentDate parse(CommandSpec spec, String text, String option) {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                return DocumentDate.parse("January " + t + "-December " + t);
            }
            return DocumentDate.parse(t);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
