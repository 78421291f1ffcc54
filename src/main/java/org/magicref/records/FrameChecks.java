package org.magicref.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Frames;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;

/**
 * Frames that contradict each other: a citation with more frames than pages, a citation on
 * another reel than its document, frames on a publication without frame numbers, one frame of a
 * reel claimed by two documents, or by two different pages of one document.
 */
final class FrameChecks {
    /** The publication index of a document of no known publication, in a claim's key. */
    private static final int NO_PUBLICATION = 0xFFFF;
    /** The reel of a document without one, in {@link #documentReels}. */
    private static final int NO_REEL = Integer.MIN_VALUE;

    private final List<Publication> publications;
    private final List<Citation> citations;
    private final Map<DocumentId, Integer> documentIndex = new HashMap<>();
    /**
     * Each document's reel ({@link #NO_REEL}: none) and publication's index (-1: none), by the document's index:
     * what a citation's checks need of its document, in arrays a million citations look into
     * without going to the document's record and its publication's map.
     */
    private final int[] documentReels;
    private final int[] documentPublications;
    private final List<String> problems = new ArrayList<>();
    /** Publication, reel and frame -> the citation and page that first claimed the frame. */
    private final LongMap claims = new LongMap();

    /** Frame checks of citations, each added to {@code citations} before it is checked. */
    FrameChecks(List<Publication> publications, List<Document> documents, List<Citation> citations) {
        this.publications = publications;
        this.citations = citations;
        Map<String, Integer> publicationIndex = new HashMap<>();
        for (int i = 0; i < publications.size(); i++) {
            publicationIndex.putIfAbsent(publications.get(i).id(), i);
        }
        documentReels = new int[documents.size()];
        documentPublications = new int[documents.size()];
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            documentIndex.putIfAbsent(d.id(), i);
            documentReels[i] = d.reel() == null ? NO_REEL : d.reel();
            documentPublications[i] = d.publication() == null ? -1 : publicationIndex.getOrDefault(d.publication(), -1);
        }
    }

    /** The index in documents.json of the document with this identifier (its first), or null for none. */
    Integer documentIndex(DocumentId id) {
        return documentIndex.get(id);
    }

    /** What the checks found, in the citations' order. */
    List<String> problems() {
        return problems;
    }

    /** Checks the citation at index i, whose document is at index di of documents.json (null: none). */
    void check(int i, Citation c, Integer di) {
        boolean paired = !c.frames().isEmpty() && c.frames().size() == c.pageRefs().size();
        if (!c.frames().isEmpty() && !c.pageRefs().isEmpty() && !paired) {
            problems.add(where(i, c) + " cites " + c.pageRefs().size() + " pages but " + c.frames().size() + " frames");
        }
        if (di == null) {
            return;
        }
        int reel = documentReels[di];
        if (c.reel() != null && reel != NO_REEL && c.reel() != reel) {
            problems.add(where(i, c) + " puts it on reel " + c.reel() + ", documents.json on reel " + reel);
        }
        int pi = documentPublications[di];
        if (pi >= 0 && !publications.get(pi).frames() && !c.frames().isEmpty()) {
            problems.add(where(i, c) + " cites frames, but the reels of " + publications.get(pi).id()
                    + " have no frame numbers");
        }
        if (paired) {
            claimFrames(i, c, pi < 0 ? NO_PUBLICATION : pi, c.reel() != null ? c.reel() : reel == NO_REEL ? 0 : reel);
        }
    }

    /** Claims each frame of the citation for its page; a frame claimed before for another page is a contradiction. */
    private void claimFrames(int i, Citation c, int publication, int reel) {
        for (int k = 0; k < c.frames().size(); k++) {
            int frame = c.frames().get(k);
            long key = ((long) publication << 48) | ((long) (reel & 0xFFFFFF) << 24) | (frame & 0xFFFFFF);
            long before = claims.putIfAbsent(key, ((long) i << 20) | k);
            if (before < 0) {
                continue;
            }
            Citation other = citations.get((int) (before >> 20));
            PageRef first = other.pageRefs().get((int) (before & 0xFFFFF));
            PageRef page = c.pageRefs().get(k);
            if (!other.document().equals(c.document())) {
                problems.add(where(i, c) + ": fr. " + Frames.format(frame) + " is also cited as "
                        + other.document() + " p. " + first.page());
            } else if (!first.equals(page)) {
                problems.add(where(i, c) + ": fr. " + Frames.format(frame) + " is cited as " + c.document()
                        + " p. " + page.page() + " and as " + other.document() + " p. " + first.page());
            }
        }
    }

    /**
     * Non-negative longs by long key, without boxing: a large catalogue has a million claims. Each
     * key sits beside its value, so that a look into the table waits for memory once.
     */
    private static final class LongMap {
        /** Key, value, key, value, ...; a value of -1 marks a free slot. */
        private long[] slots = free(1 << 12);
        private int size;

        private static long[] free(int entries) {
            long[] slots = new long[entries * 2];
            for (int i = 1; i < slots.length; i += 2) {
                slots[i] = -1;
            }
            return slots;
        }

        /** The value already held for the key, or -1 after storing the new one. */
        long putIfAbsent(long key, long value) {
            if (size * 4 >= slots.length) {
                grow();
            }
            int mask = slots.length / 2 - 1;
            int i = (int) (mix(key) & mask);
            while (slots[2 * i + 1] >= 0) {
                if (slots[2 * i] == key) {
                    return slots[2 * i + 1];
                }
                i = (i + 1) & mask;
            }
            slots[2 * i] = key;
            slots[2 * i + 1] = value;
            size++;
            return -1;
        }

        private void grow() {
            long[] old = slots;
            slots = free(old.length);
            size = 0;
            for (int i = 0; i < old.length; i += 2) {
                if (old[i + 1] >= 0) {
                    putIfAbsent(old[i], old[i + 1]);
                }
            }
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }

    private static String where(int i, Citation c) {
        return CatalogueStore.CITATIONS + " at $[" + i + "]: note " + c.noteRef() + " (" + c.document() + ")";
    }
}
