package org.magicref.domain;

/** A page paired with the frame that a note gives for it. */
public record PageFrame(PageRef page, int frame) {

    // written out, as in DocumentId: no method-handle bootstrap at start-up
    @Override
    public boolean equals(Object o) {
        return o instanceof PageFrame other && frame == other.frame && page.equals(other.page);
    }

    @Override
    public int hashCode() {
        return page.hashCode() * 31 + frame;
    }
}
