package org.magicref.domain;

/**
 * A page/frame pair the user observed at the microfilm reader: page {@code page} of the document is
 * on frame {@code frame} of reel {@code reel} of the publication.
 *
 * @param observed when it was recorded (ISO date and time, UTC)
 * @param comment  what the user noted beside it, or null
 * @param forced   whether it was recorded although it contradicts what was known then
 */
public record Mark(String publication, int reel, int frame, DocumentId document, String page, String observed,
                   String comment, boolean forced) {

    public PageRef pageRef() {
        return new PageRef(page, null);
    }

    /** The day it was recorded: "2026-11-28". */
    public String day() {
        return observed.length() >= 10 ? observed.substring(0, 10) : observed;
    }

    /** "marked 2026-11-28" or "marked 2026-11-28: stamp reads 12". */
    public String describe() {
        return "marked " + day() + (comment == null || comment.isBlank() ? "" : ": " + comment);
    }
}
