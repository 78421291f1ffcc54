package org.magicref.citation;

import java.util.List;
import org.magicref.domain.Document;
import org.magicref.domain.PageRef;

/**
 * A reference to pages of a document, as a paper cites it.
 *
 * @param groups   the page groups as given ("7", "5-6", "1, 12"), one per part of a separately
 *                 paginated document (part null where there are none)
 * @param frames   the frames of the pages, or empty where they are not all known
 * @param warnings what could not be settled (a frame left out, and why)
 */
public record Reference(Document document, List<PageGroup> groups, List<PageRef> pages, List<Integer> frames,
                        List<String> warnings) {

    /** Pages of one part: "1-2" of part 2. */
    public record PageGroup(String pages, Integer part) { }

    public Reference {
        groups = List.copyOf(groups);
        pages = List.copyOf(pages);
        frames = List.copyOf(frames);
        warnings = List.copyOf(warnings);
    }
}
