package org.magicref.domain;

import java.util.List;

/**
 * The documents of one reel of one publication, in frame order (or, on reels without frame
 * numbers, in date order), with the gaps between them.
 */
public record ReelMap(Publication publication, int reel, List<Entry> entries, List<Gap> gaps) {

    /**
     * A document on the reel.
     *
     * @param firstFrame its first cited frame, or null
     * @param lastFrame  its last cited frame, or null
     * @param cited      every frame its citations name
     */
    public record Entry(Document document, Integer firstFrame, Integer lastFrame, List<Integer> cited,
                        Alignment alignment) { }

    /**
     * Frames between two located documents that no cited page covers (or, on a reel without frame
     * numbers, summaries missing between two catalogued numbers: from and to are then null).
     *
     * @param candidates catalogued documents that may lie there
     */
    public record Gap(Integer from, Integer to, DocumentId before, DocumentId after, List<DocumentId> candidates) { }

    public ReelMap {
        entries = List.copyOf(entries);
        gaps = List.copyOf(gaps);
    }
}
