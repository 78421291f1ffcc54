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

    /** A pair that a note gives: the page (or pages, where two bear one number) at the frame. */
    public static FrameAnswer exact(String publication, Integer reel, int frame, DocumentId document, List<String> pages,
                                    List<Integer> frames, List<String> basis, String explanation, List<Citation> citations) {
        return new FrameAnswer(publication, reel, frame, Kind.EXACT, document, pages, frames, basis, explanation,
                null, null, List.of(), citations);
    }

    /** A page and frame that follow from the known pairs named in the basis. */
    public static FrameAnswer inferred(String publication, Integer reel, int frame, DocumentId document, String page,
                                       List<String> basis, String explanation, List<Citation> citations) {
        return new FrameAnswer(publication, reel, frame, Kind.INFERRED, document, List.of(page), List.of(frame), basis,
                explanation, null, null, List.of(), citations);
    }

    /** One of several pages (for a frame) or frames (for a page), an irregularity lying between the known pairs. */
    public static FrameAnswer ambiguous(String publication, Integer reel, Integer frame, DocumentId document,
                                        List<String> pages, List<Integer> frames, List<String> basis, String explanation,
                                        List<Citation> citations) {
        return new FrameAnswer(publication, reel, frame, Kind.AMBIGUOUS, document, pages, frames, basis, explanation,
                null, null, List.of(), citations);
    }

    /** A frame that no located document covers, with its located neighbours and the documents that may lie between. */
    public static FrameAnswer unidentifiedFrame(String publication, int reel, int frame, List<String> basis,
                                                String explanation, DocumentId before, DocumentId after,
                                                List<DocumentId> candidates, List<Citation> citations) {
        return new FrameAnswer(publication, reel, frame, Kind.UNIDENTIFIED, null, List.of(), List.of(frame), basis,
                explanation, before, after, candidates, citations);
    }

    /** A page whose frame cannot be placed. */
    public static FrameAnswer unplacedPage(String publication, Integer reel, DocumentId document, String page,
                                           List<String> basis, String explanation, List<Citation> citations) {
        return new FrameAnswer(publication, reel, null, Kind.UNIDENTIFIED, document, List.of(page), List.of(), basis,
                explanation, null, null, List.of(), citations);
    }

    /** A reel of a publication whose reels carry no frame numbers. */
    public static FrameAnswer noFrames(String publication, Integer reel, Integer frame, DocumentId document,
                                       List<String> pages, String explanation, List<Citation> citations) {
        return new FrameAnswer(publication, reel, frame, Kind.NO_FRAMES, document, pages, List.of(), List.of(),
                explanation, null, null, List.of(), citations);
    }
}
