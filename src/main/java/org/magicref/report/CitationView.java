package org.magicref.report;

import java.util.List;
import org.magicref.domain.Citation;
import org.magicref.domain.PageRef;

/**
 * A citation as {@code --json} prints it. Field names are stable; {@code context} is the whole
 * paragraph where it holds more than the passage, else null.
 */
public record CitationView(String document, String work, String chapter, int note, String cited, String title,
                           String date, String pages, List<PageRef> pageRefs, Integer reel, List<Integer> frames,
                           boolean ibid, String passage, Integer paragraph, String context, String noteText) {

    public static CitationView of(Citation c) {
        return new CitationView(c.document().toString(), c.work(), c.chapter(), c.note(), c.cited(), c.title(),
                c.date(), c.pages(), c.pageRefs(), c.reel(), c.frames(), c.ibid(), c.passage(), c.paragraph(),
                c.context(), c.noteText());
    }
}
