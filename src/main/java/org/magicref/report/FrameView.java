package org.magicref.report;

import java.util.List;
import java.util.Locale;
import org.magicref.domain.DocumentId;
import org.magicref.domain.FrameAnswer;

/**
 * A frame answer as {@code frame --json} and {@code locate --json} print it. {@code page} is the
 * page (the first candidate when ambiguous), {@code frame} the frame asked about or found.
 */
public record FrameView(String publication, Integer reel, Integer frame, String document, String page,
                        List<String> pages, List<Integer> frames, String kind, List<String> basis, String explanation,
                        String before, String after, List<String> candidates, List<CitationView> citations) {

    public static FrameView of(FrameAnswer a) {
        return new FrameView(a.publication(), a.reel(), a.frame(), id(a.document()),
                a.pages().isEmpty() ? null : a.pages().get(0), a.pages(), a.frames(),
                a.kind().name().toLowerCase(Locale.ROOT), a.basis(), a.explanation(), id(a.before()), id(a.after()),
                a.candidates().stream().map(DocumentId::toString).toList(),
                a.citations().stream().map(CitationView::of).toList());
    }

    private static String id(DocumentId id) {
        return id == null ? null : id.toString();
    }
}
