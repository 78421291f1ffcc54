package org.magicref.domain;

/** A page paired with the frame that a note gives for it. */
public record PageFrame(PageRef page, int frame) {
}
