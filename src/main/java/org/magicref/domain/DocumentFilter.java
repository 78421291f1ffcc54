package org.magicref.domain;

import java.time.LocalDate;

/**
 * Which documents a listing takes: each criterion left null takes every document. A date bound
 * takes the documents whose dates can fall within it, and no undated one.
 *
 * @param series      "SRS", "SRH", ...
 * @param publication a publication id
 * @param reel        a reel number
 * @param cited       true: only documents the notes cite; false: only those never cited
 * @param from        the first day
 * @param to          the last day
 */
public record DocumentFilter(String series, String publication, Integer reel, Boolean cited, LocalDate from,
                             LocalDate to) {
    /** Every document. */
    public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null, null, null);

    /** Every document, or only the cited ones. */
    public static DocumentFilter citedOnly(boolean only) {
        return only ? new DocumentFilter(null, null, null, true, null, null) : ALL;
    }

    /**
     * Whether it takes every document: asked field by field, as a record's generated {@code equals}
     * would cost a one-shot listing the start-up of its method handles.
     */
    public boolean takesAll() {
        return series == null && publication == null && reel == null && cited == null && from == null && to == null;
    }

    public boolean test(Catalogue catalogue, Document d) {
        return (series == null || d.series().equals(series))
                && (publication == null || publication.equals(d.publication()))
                && (reel == null || reel.equals(d.reel()))
                && (cited == null || cited == catalogue.isCited(d.id()))
                && dated(d.parsedDate());
    }

    private boolean dated(DocumentDate date) {
        if (from == null && to == null) {
            return true;
        }
        return date != null && date.overlaps(from, to);
    }
}
