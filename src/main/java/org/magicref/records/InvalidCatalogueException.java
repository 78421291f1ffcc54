package org.magicref.records;

import java.util.List;

/** Records that cannot be read or that contradict each other; lists every problem found. */
public class InvalidCatalogueException extends RuntimeException {
    private final transient List<String> problems;

    public InvalidCatalogueException(String source, List<String> problems) {
        super("invalid catalogue " + source + ": " + problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
