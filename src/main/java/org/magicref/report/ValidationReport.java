package org.magicref.report;

import java.util.List;

/**
 * Whether a catalogue is valid ({@code validate}), with every problem; the counts of a valid one.
 * As {@code validate --json} prints it.
 */
public record ValidationReport(String catalogue, boolean valid, List<String> problems, Integer documents,
                               Integer citations) implements Report {

    @Override
    public ValidationReport view() {
        return this;
    }

    @Override
    public void write(TextWriter out) {
        if (valid) {
            out.line("valid: " + catalogue + " (" + documents + " documents, " + citations + " citations)");
            return;
        }
        out.line("invalid: " + catalogue + ", " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + (documents == null ? "" : " (" + documents + " documents, " + citations + " citations)") + ":");
        problems.forEach(p -> out.wrapped("  ", "    ", p));
    }
}
