package org.magicref.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A well-formed identifier that the catalogue does not hold. */
public class UnknownDocumentException extends RuntimeException {
    private final transient DocumentId id;
    private final transient List<DocumentId> suggestions;

    public UnknownDocumentException(DocumentId id, List<DocumentId> suggestions) {
        super(message(id, suggestions));
        this.id = id;
        this.suggestions = List.copyOf(suggestions);
    }

    private static String message(DocumentId id, List<DocumentId> suggestions) {
        String base = id + " is not in the catalogue";
        if (suggestions.isEmpty()) {
            return base;
        }
        return base + "; did you mean " + suggestions.stream().map(DocumentId::toString)
                .collect(Collectors.joining(", ")) + "?";
    }

    public DocumentId id() {
        return id;
    }

    public List<DocumentId> suggestions() {
        return suggestions;
    }
}
