package org.magicref.domain;

import java.util.List;

/** A publication id that the catalogue does not hold. */
public class UnknownPublicationException extends UnknownReelException {
    public UnknownPublicationException(String id, List<Publication> known) {
        super("unknown publication '" + id + "'; known: " + String.join(", ", known.stream().map(Publication::id).toList()));
    }
}
