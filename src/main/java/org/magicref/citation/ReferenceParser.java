package org.magicref.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.FrameAnswer;
import org.magicref.domain.Frames;
import org.magicref.domain.InvalidValueException;
import org.magicref.domain.Locator;
import org.magicref.domain.PageRef;

/**
 * Reads references as people write them ({@code SRH-071:5}, {@code SRH-071:5-6},
 * {@code SRH-068:1,12}, {@code SRS-1746:4/1;1-2/2} for parts, {@code SRH-079:6@0717} to name the
 * frame) and settles their frames from the reel map: a frame is used where it is exact or
 * inferred, and left out otherwise (never guessed).
 */
public final class ReferenceParser {
    private static final Pattern REF = Pattern.compile("^\\s*([^:@]+?)\\s*(?::\\s*([^@]*?))?\\s*(?:@\\s*([\\d,\\s-]+))?\\s*$");

    private final Catalogue catalogue;

    public ReferenceParser(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Reads "ID:PAGES[@FRAMES]". */
    public Reference parse(String text) {
        Matcher m = REF.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InvalidValueException("'" + text + "' is not a reference; expected ID:PAGES such as SRH-071:5-6");
        }
        return of(DocumentId.parse(m.group(1)), m.group(2), m.group(3));
    }

    /**
     * Reads one note of a sequence: references joined with '+' for a note citing several documents,
     * or '-' for a note citing something else.
     */
    public NoteSequence.NoteRefs parseNote(String text) {
        return text.strip().equals("-") ? NoteSequence.NoteRefs.other()
                : new NoteSequence.NoteRefs(java.util.Arrays.stream(text.split("\\+")).map(this::parse).toList());
    }

    /**
     * A reference to pages of a document.
     *
     * @param pages  "7", "5-6", "1, 12", "4/1;1-2/2"; null or blank for the document as a whole
     * @param frames frames to use instead of the reel map's ("0716"), or null
     */
    public Reference of(DocumentId id, String pages, String frames) {
        Document d = catalogue.require(id);
        List<Reference.PageGroup> groups = new ArrayList<>();
        List<PageRef> refs = new ArrayList<>();
        if (pages != null && !pages.isBlank()) {
            for (String g : pages.split(";", Locator.MAX_ITEMS + 1)) {
                String group = g.strip();
                Integer part = null;
                int slash = group.lastIndexOf('/');
                if (slash >= 0) {
                    String p = group.substring(slash + 1).strip();
                    if (!p.matches("\\d{1,3}") || Integer.parseInt(p) < 1) {
                        throw new InvalidValueException("'" + DocumentId.printable(group) + "' is not a page expression; "
                                + "expected forms such as 7, 5-6, 1, 12, 9n or 4/1 (page 4 of part 1)");
                    }
                    part = Integer.valueOf(p);
                    group = group.substring(0, slash);
                }
                String normal = Locator.typedPages(group);
                groups.add(new Reference.PageGroup(normal, part));
                refs.addAll(Locator.expandPages("pp. " + normal + (part == null ? "" : ", part " + part)));
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Integer> resolved = frames != null ? Locator.typedFrames(frames) : frames(d, refs, warnings);
        if (frames != null && resolved.size() != refs.size()) {
            throw new InvalidValueException(resolved.size() + " frames given for " + refs.size() + " pages");
        }
        if (frames != null) {
            for (int i = 0; i < refs.size(); i++) {
                FrameAnswer known = catalogue.reels().locate(d.id(), refs.get(i).page());
                boolean placed = known.kind() == FrameAnswer.Kind.EXACT || known.kind() == FrameAnswer.Kind.INFERRED;
                if (placed && refs.get(i).part() == null && !known.frames().contains(resolved.get(i))) {
                    warnings.add("fr. " + Frames.format(resolved.get(i)) + " is given for p. " + refs.get(i).page() + " of " + d.id()
                            + ", which the reel map puts at fr. " + String.join(" or ", known.frames().stream().map(Frames::format).toList())
                            + " (" + known.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + known.explanation() + ")");
                }
            }
        }
        return new Reference(d, groups, refs, resolved, warnings);
    }

    private List<Integer> frames(Document d, List<PageRef> pages, List<String> warnings) {
        boolean framed = catalogue.publication(d.publication()).map(p -> p.frames()).orElse(false);
        if (!framed || pages.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (PageRef page : pages) {
            FrameAnswer a = catalogue.reels().locate(d.id(), page.page());
            boolean usable = (a.kind() == FrameAnswer.Kind.EXACT || a.kind() == FrameAnswer.Kind.INFERRED)
                    && a.frames().size() == 1;
            if (!usable || page.part() != null) {
                warnings.add("no frame given: p. " + page.page() + " of " + d.id() + " is "
                        + a.kind().name().toLowerCase(java.util.Locale.ROOT) + " (" + a.explanation() + ")");
                return List.of();
            }
            out.add(a.frames().get(0));
        }
        return out;
    }
}
