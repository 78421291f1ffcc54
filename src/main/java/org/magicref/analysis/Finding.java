package org.magicref.analysis;

import java.util.List;

/**
 * One thing the audit found: a stable code, how much it matters, the documents and notes
 * involved, the source lines where known, and an explanation a historian can act on.
 *
 * @param lines lines of the source text ("note V.37: line 907"), when the audit read the source
 */
public record Finding(String code, Severity severity, List<String> documents, List<String> notes, List<String> lines,
                      String explanation) {

    /** {@code WARNING}: the source contradicts itself or is incomplete; {@code INFO}: worth knowing. */
    public enum Severity { WARNING, INFO }

    public Finding {
        documents = List.copyOf(documents);
        notes = List.copyOf(notes);
        lines = List.copyOf(lines);
    }
}
