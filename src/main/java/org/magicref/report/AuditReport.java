package org.magicref.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magicref.analysis.Finding;

/** The audit's findings ({@code audit}), grouped by their code. */
public record AuditReport(List<Finding> findings) implements Report {

    /** How many findings are warnings (the rest are for information). */
    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
    }

    @Override
    public List<Finding> view() {
        return findings;
    }

    @Override
    public void write(TextWriter out) {
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        findings.forEach(f -> byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
        byCode.forEach((code, list) -> {
            out.heading("", "", code + " (" + list.size() + ")");
            for (Finding f : list) {
                out.wrapped(f.severity() == Finding.Severity.WARNING ? "  ! " : "  i ", "    ", f.explanation());
                if (!f.lines().isEmpty()) {
                    out.wrapped("    ", "    ", "source: " + String.join("; ", f.lines()));
                }
            }
            out.blank();
        });
        long warnings = warnings();
        out.line(findings.size() + " findings: " + warnings + " warnings, " + (findings.size() - warnings) + " for information");
    }
}
