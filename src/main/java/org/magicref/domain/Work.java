package org.magicref.domain;

import java.util.Objects;

/** A work whose notes cite RG 457 documents: the source of citations (a thesis, a book, an article). */
public record Work(String id, String author, String title, String degree, String institution, int year, String doi) {
    public Work {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
