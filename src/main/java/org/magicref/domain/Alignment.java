package org.magicref.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a document's pages lie on its reel, from the page/frame pairs its citations give: the
 * pairs in frame order, the runs where one page is one frame (a constant offset), and the
 * irregularities between runs.
 */
public final class Alignment {
    /** A run of pairs with one offset: pages first..last lie on frames page + offset. */
    public record Segment(int offset, KnownPair first, KnownPair last) { }

    private final DocumentId document;
    private final List<KnownPair> pairs;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Irregularity> irregularities = new ArrayList<>();

    private Alignment(DocumentId document, List<KnownPair> pairs) {
        this.document = document;
        this.pairs = List.copyOf(pairs);
        build();
    }

    /** The alignment that a document's citations establish. */
    public static Alignment of(DocumentId document, List<Citation> citations) {
        return of(document, citations, List.of());
    }

    /** The alignment that a document's citations and the user's marks establish. */
    public static Alignment of(DocumentId document, List<Citation> citations, List<Mark> marks) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        Map<String, List<Mark>> marked = new LinkedHashMap<>();
        Map<String, PageFrame> byKey = new LinkedHashMap<>();
        for (Citation c : citations) {
            for (PageFrame pf : c.pageFrames()) {
                String key = pf.page() + "@" + pf.frame();
                byKey.putIfAbsent(key, pf);
                List<String> n = notes.computeIfAbsent(key, k -> new ArrayList<>());
                if (!n.contains(c.noteRef())) {
                    n.add(c.noteRef());
                }
            }
        }
        for (Mark m : marks) {
            String key = m.pageRef() + "@" + m.frame();
            byKey.putIfAbsent(key, new PageFrame(m.pageRef(), m.frame()));
            marked.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        List<KnownPair> pairs = new ArrayList<>();
        byKey.forEach((key, pf) -> pairs.add(new KnownPair(document, pf.page(), alignNumber(pf.page()), pf.frame(),
                notes.getOrDefault(key, List.of()), marked.getOrDefault(key, List.of()))));
        pairs.sort((a, b) -> a.frame() != b.frame() ? Integer.compare(a.frame(), b.frame()) : Integer.compare(a.number(), b.number()));
        return new Alignment(document, pairs);
    }

    /** The page number a label aligns as: "7" is 7, "9n" is 9; "A2" and pages of parts do not align. */
    public static int alignNumber(PageRef page) {
        if (page.part() != null || !ALIGNABLE.matcher(page.page()).matches()) {
            return -1;
        }
        return Integer.parseInt(page.page().replace("n", ""));
    }

    private static final java.util.regex.Pattern ALIGNABLE = java.util.regex.Pattern.compile("\\d{1,6}n?");

    private void build() {
        KnownPair previous = null;
        for (KnownPair p : pairs) {
            if (p.page().page().endsWith("n") && p.alignable()) {
                irregularities.add(new Irregularity(Irregularity.Kind.NOTE_PAGE, document, p, null,
                        "p. " + p.page().page() + " is a note on page " + p.number() + "; aligned as page " + p.number()));
            }
            if (!p.alignable()) {
                continue;
            }
            if (previous == null || previous.offset() != p.offset()) {
                if (previous != null) {
                    irregularities.add(between(previous, p));
                }
                segments.add(new Segment(p.offset(), p, p));
            } else {
                Segment s = segments.remove(segments.size() - 1);
                segments.add(new Segment(s.offset(), s.first(), p));
            }
            previous = p;
        }
    }

    private Irregularity between(KnownPair a, KnownPair b) {
        int pages = b.number() - a.number();
        int frames = b.frame() - a.frame();
        if (frames == 0) {
            return new Irregularity(Irregularity.Kind.CONFLICT, document, a, b,
                    "pages " + a.page().page() + " and " + b.page().page() + " are both cited at fr. " + Frames.format(a.frame()));
        }
        if (pages == 0) {
            Irregularity.Kind kind = frames == 1 ? Irregularity.Kind.DUPLICATE_PAGE : Irregularity.Kind.CONFLICT;
            return new Irregularity(kind, document, a, b, "page " + a.number() + " is cited at fr. " + Frames.format(a.frame())
                    + " and at fr. " + Frames.format(b.frame()) + (frames == 1 ? ": two pages bear the number " + a.number() : ""));
        }
        if (pages < 0) {
            return new Irregularity(Irregularity.Kind.OUT_OF_ORDER, document, a, b, "p. " + b.page().page()
                    + " lies on a later frame (" + Frames.format(b.frame()) + ") than p. " + a.page().page() + " (" + Frames.format(a.frame()) + ")");
        }
        Irregularity.Kind kind = frames > pages ? Irregularity.Kind.EXTRA_FRAMES : Irregularity.Kind.MISSING_FRAMES;
        return new Irregularity(kind, document, a, b, "pp. " + a.page().page() + "-" + b.page().page() + " span "
                + (frames + 1) + " frames (" + Frames.format(a.frame()) + "-" + Frames.format(b.frame()) + ") for " + (pages + 1) + " pages, "
                + (frames > pages ? plural(frames - pages, "more frame") + " than pages; an unnumbered or repeated page lies between"
                        : plural(pages - frames, "page number") + " without a frame; a number is skipped between"));
    }

    private static String plural(int n, String what) {
        return n + " " + (n == 1 ? what : what.replace("frame", "frames").replace("number", "numbers"));
    }

    public DocumentId document() {
        return document;
    }

    /** All known pairs, in frame order. */
    public List<KnownPair> pairs() {
        return pairs;
    }

    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    public List<Irregularity> irregularities() {
        return List.copyOf(irregularities);
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }

    public Optional<Integer> firstFrame() {
        return pairs.isEmpty() ? Optional.empty() : Optional.of(pairs.get(0).frame());
    }

    public Optional<Integer> lastFrame() {
        return pairs.isEmpty() ? Optional.empty() : Optional.of(pairs.get(pairs.size() - 1).frame());
    }

    /** The last alignable pair before the page (by page number), if any. */
    Optional<KnownPair> pairBeforePage(int number) {
        KnownPair found = null;
        for (KnownPair p : pairs) {
            if (p.alignable() && p.number() < number && (found == null || p.frame() > found.frame())) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first alignable pair after the page (by page number), if any. */
    Optional<KnownPair> pairAfterPage(int number) {
        for (KnownPair p : pairs) {
            if (p.alignable() && p.number() > number) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The last alignable pair on a frame before the given one, if any. */
    Optional<KnownPair> pairBeforeFrame(int frame) {
        KnownPair found = null;
        for (KnownPair p : pairs) {
            if (p.alignable() && p.frame() < frame) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first alignable pair on a frame after the given one, if any. */
    Optional<KnownPair> pairAfterFrame(int frame) {
        return pairs.stream().filter(p -> p.alignable() && p.frame() > frame).findFirst();
    }
}
