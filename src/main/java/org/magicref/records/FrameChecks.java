package org.magicref.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;

/**
 * Frames that contradict each other: a citation with more frames than pages, a citation on
 * another reel than its document, frames on a publication without frame numbers, one frame of a
 * reel claimed by two documents, or by two different pages of one document.
 */
final class FrameChecks {
    private FrameChecks() {
    }

    static List<String> check(List<Publication> publications, List<Document> documents, List<Citation> citations) {
        Map<String, Publication> pubs = new HashMap<>();
        publications.forEach(p -> pubs.put(p.id(), p));
        Map<DocumentId, Document> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));
        List<String> problems = new ArrayList<>();
        Map<String, String> frameOwner = new HashMap<>();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            String at = CatalogueStore.CITATIONS + " at $[" + i + "]: note " + c.noteRef() + " (" + c.document() + ")";
            Document d = docs.get(c.document());
            if (!c.frames().isEmpty() && !c.pageRefs().isEmpty() && c.frames().size() != c.pageRefs().size()) {
                problems.add(at + " cites " + c.pageRefs().size() + " pages but " + c.frames().size() + " frames");
            }
            if (d == null) {
                continue;
            }
            if (c.reel() != null && d.reel() != null && !c.reel().equals(d.reel())) {
                problems.add(at + " puts it on reel " + c.reel() + ", documents.json on reel " + d.reel());
            }
            Publication p = pubs.get(d.publication());
            if (p != null && !p.frames() && !c.frames().isEmpty()) {
                problems.add(at + " cites frames, but the reels of " + p.id() + " have no frame numbers");
            }
            for (int k = 0; k < c.pageFrames().size(); k++) {
                PageRef page = c.pageFrames().get(k).page();
                int frame = c.pageFrames().get(k).frame();
                String key = d.publication() + "/" + (c.reel() != null ? c.reel() : d.reel()) + "/" + frame;
                String owner = d.id() + " p. " + page.page();
                String before = frameOwner.putIfAbsent(key, owner);
                if (before != null && !before.equals(owner) && !Objects.equals(before.split(" ")[0], d.id().toString())) {
                    problems.add(at + ": fr. " + String.format("%04d", frame) + " is also cited as " + before);
                } else if (before != null && !before.equals(owner)) {
                    problems.add(at + ": fr. " + String.format("%04d", frame) + " is cited as " + owner + " and as " + before);
                }
            }
        }
        return problems;
    }
}
