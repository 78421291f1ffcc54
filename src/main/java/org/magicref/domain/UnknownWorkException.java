package org.magicref.domain;

import java.util.List;

/** A work id that the catalogue does not hold. */
public class UnknownWorkException extends RuntimeException {
    public UnknownWorkException(String id, List<Work> known) {
        super("unknown work '" + id + "'; known: " + String.join(", ", known.stream().map(Work::id).toList()));
    }
}
