package org.magicref.domain;

import java.util.List;

/**
 * What the catalogue can say about a frame of a reel, or about the frame of a page.
 *
 * @param frame       the frame asked about (for {@code locate}, the frame found when there is one)
 * @param document    the document at that frame (null when unidentified)
 * @param pages       the page (or, for an ambiguous answer, the candidate pages)
 * @param frames      for {@code locate}: the frame (or candidate frames) of the page
 * @param basis       the known pairs the answer rests on
 * @param explanation one sentence a person can act on
 * @param before      for an unidentified frame: the located document on the frame side before it
 * @param after       for an unidentified frame: the located document after it
 * @param candidates  for an unidentified frame: catalogued documents that may lie between
 * @param citations   citations that point at this frame
 */
public record FrameAnswer(String publication, Integer reel, Integer frame, Kind kind, DocumentId document,
                          List<String> pages, List<Integer> frames, List<String> basis, String explanation,
                          DocumentId before, DocumentId after, List<DocumentId> candidates, List<Citation> citations) {

    public enum Kind {
        /** A page/frame pair that a note gives. */
        EXACT,
        /** Follows from the document's alignment (one frame a page), from the pairs named in the basis. */
        INFERRED,
        /** An irregularity lies between the known pairs: one of several pages or frames. */
        AMBIGUOUS,
        /** No located document covers it: the neighbours and the documents that may lie between are named. */
        UNIDENTIFIED,
        /** The publication's reels carry no frame numbers. */
        NO_FRAMES
    }

    public FrameAnswer {
        pages = List.copyOf(pages);
        frames = List.copyOf(frames);
        basis = List.copyOf(basis);
        candidates = List.copyOf(candidates);
        citations = List.copyOf(citations);
    }
}
