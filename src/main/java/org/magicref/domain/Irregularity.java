package org.magicref.domain;

/**
 * A place where a document's cited pages and frames do not fit one frame per page, or a page
 * form that needs saying. Reported as found, never smoothed over.
 *
 * @param before the known pair before the irregularity (the pair itself for a {@code NOTE_PAGE})
 * @param after  the known pair after it, or null
 */
public record Irregularity(Kind kind, DocumentId document, KnownPair before, KnownPair after, String description) {

    public enum Kind {
        /** One page number on two frames (the thesis: "two pages numbered as 6 within SRH-079"). */
        DUPLICATE_PAGE,
        /** More frames than pages between two pairs: an unnumbered or repeated page lies between. */
        EXTRA_FRAMES,
        /** Fewer frames than pages between two pairs: a page number is skipped between. */
        MISSING_FRAMES,
        /** A later frame with an earlier page. */
        OUT_OF_ORDER,
        /** Two different pages on one frame, or one page on frames far apart. */
        CONFLICT,
        /** A note cited as "p. 9n": aligned as page 9. */
        NOTE_PAGE
    }
}
