package org.magicref.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reels and frames, derived from the citations: what lies at a frame, which frame holds a page,
 * and the map of a reel. Answers are exact where a note gives the pair, inferred where a document's
 * alignment supports it, ambiguous across an irregularity, and unidentified otherwise.
 */
public final class Reels {
    private static final Pattern PAGE = Pattern.compile("[A-Z]?\\d{1,6}n?");
    /** The most catalogued documents named as lying in one gap. */
    static final int MAX_CANDIDATES = 20;

    private final Catalogue catalogue;
    private final Map<DocumentId, Alignment> alignments = new HashMap<>();
    /** Documents by publication and reel. */
    private final Map<String, TreeMap<Integer, List<Document>>> byReel = new HashMap<>();

    /** Documents by publication, in identifier order: the order of a publication's reels. */
    private final Map<String, TreeMap<DocumentId, Document>> byPublication = new HashMap<>();

    Reels(Catalogue catalogue) {
        this.catalogue = catalogue;
        for (Document d : catalogue.documents()) {
            if (d.publication() != null) {
                byPublication.computeIfAbsent(d.publication(), k -> new TreeMap<>()).put(d.id(), d);
            }
            if (d.publication() != null && d.reel() != null) {
                byReel.computeIfAbsent(d.publication(), k -> new TreeMap<>())
                        .computeIfAbsent(d.reel(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    /** A document's alignment, worked out on first use. */
    public Alignment alignment(DocumentId id) {
        return alignments.computeIfAbsent(id, k -> Alignment.of(k, catalogue.citationsOf(k), catalogue.marksOf(k)));
    }

    /** The publications that have the reel, in catalogue order. */
    public List<Publication> publicationsWithReel(int reel) {
        return catalogue.publications().stream()
                .filter(p -> byReel.getOrDefault(p.id(), new TreeMap<>()).containsKey(reel)).toList();
    }

    /** The reels of a publication that the catalogue knows. */
    public Set<Integer> reels(String publication) {
        return byReel.getOrDefault(publication, new TreeMap<>()).keySet();
    }

    /** The documents on a reel of a publication, in identifier order. */
    public List<Document> documentsOn(String publication, int reel) {
        return List.copyOf(byReel.getOrDefault(publication, new TreeMap<>()).getOrDefault(reel, List.of()));
    }

    /**
     * What lies at a frame: one answer per publication that has the reel (or for the one named).
     *
     * @throws UnknownReelException when no catalogued document is on that reel
     */
    public List<FrameAnswer> frame(String publication, int reel, int frame) {
        List<Publication> publications = resolve(publication, reel);
        List<FrameAnswer> out = new ArrayList<>();
        for (Publication p : publications) {
            out.add(frameIn(p, reel, frame));
        }
        return out;
    }

    private List<Publication> resolve(String publication, int reel) {
        if (publication != null) {
            Publication p = catalogue.requirePublication(publication);
            if (!reels(p.id()).contains(reel)) {
                throw new UnknownReelException("no catalogued document is on reel " + reel + " of " + p.id()
                        + " (its known reels: " + reels(p.id()) + ")");
            }
            return List.of(p);
        }
        List<Publication> found = publicationsWithReel(reel);
        if (found.isEmpty()) {
            throw new UnknownReelException("no catalogued document is on reel " + reel + " of any publication");
        }
        return found;
    }

    private FrameAnswer frameIn(Publication p, int reel, int frame) {
        if (!p.frames()) {
            return FrameAnswer.noFrames(p.id(), reel, frame, null, List.of(), "the reels of " + p.fullTitle()
                    + " have no frame numbers; reel " + reel + " holds " + describeDates(documentsOn(p.id(), reel)), List.of());
        }
        List<Document> docs = documentsOn(p.id(), reel);
        List<Citation> citing = citationsAtFrame(docs, frame);
        return citedAt(p, reel, frame, docs, citing)
                .or(() -> inferredAt(p, reel, frame, docs, citing))
                .orElseGet(() -> unidentified(p, reel, frame, docs, citing));
    }

    private List<Citation> citationsAtFrame(List<Document> docs, int frame) {
        List<Citation> citing = new ArrayList<>();
        for (Document d : docs) {
            catalogue.citationsOf(d.id()).stream().filter(c -> c.frames().contains(frame)).forEach(citing::add);
        }
        return citing;
    }

    /** Why the pairs at a frame are known: the notes that cite them, else the user's mark. */
    private static String basis(List<KnownPair> exact) {
        List<String> notes = exact.stream().flatMap(k -> k.notes().stream()).distinct().toList();
        return notes.isEmpty() ? exact.get(0).basis() : "cited in note " + String.join(", ", notes);
    }

    /** The page a note (or a mark) pairs with the frame, if one does. */
    private Optional<FrameAnswer> citedAt(Publication p, int reel, int frame, List<Document> docs, List<Citation> citing) {
        for (Document d : docs) {
            List<KnownPair> exact = alignment(d.id()).pairs().stream().filter(k -> k.frame() == frame).toList();
            if (!exact.isEmpty()) {
                return Optional.of(FrameAnswer.exact(p.id(), reel, frame, d.id(),
                        exact.stream().map(k -> k.page().page()).distinct().toList(), List.of(frame),
                        exact.stream().map(KnownPair::describe).toList(),
                        basis(exact),
                        citing));
            }
        }
        return Optional.empty();
    }

    /** The page (or candidate pages) of the document whose known pairs lie on both sides of the frame. */
    private Optional<FrameAnswer> inferredAt(Publication p, int reel, int frame, List<Document> docs, List<Citation> citing) {
        for (Document d : docs) {
            Alignment a = alignment(d.id());
            Optional<KnownPair> lo = a.pairBeforeFrame(frame);
            Optional<KnownPair> hi = a.pairAfterFrame(frame);
            if (lo.isEmpty() || hi.isEmpty()) {
                continue;
            }
            KnownPair l = lo.get();
            KnownPair h = hi.get();
            List<String> basis = List.of(l.describe(), h.describe());
            if (l.offset() == h.offset()) {
                return Optional.of(FrameAnswer.inferred(p.id(), reel, frame, d.id(), String.valueOf(frame - l.offset()), basis,
                        "one frame a page between p. " + l.page().page() + " and p. " + h.page().page(), citing));
            }
            Set<String> pages = new LinkedHashSet<>();
            for (int offset = Math.min(l.offset(), h.offset()); offset <= Math.max(l.offset(), h.offset()); offset++) {
                int page = frame - offset;
                if (page >= l.number() && page <= h.number()) {
                    pages.add(String.valueOf(page));
                }
            }
            List<String> sorted = pages.stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList();
            return Optional.of(FrameAnswer.ambiguous(p.id(), reel, frame, d.id(), sorted, List.of(frame), basis,
                    "an irregularity lies between p. " + l.page().page() + " and p. " + h.page().page()
                            + ", so this is p. " + String.join(" or ", sorted), citing));
        }
        return Optional.empty();
    }

    /** A frame outside every located document: its neighbours, and the catalogued documents that may lie between. */
    private FrameAnswer unidentified(Publication p, int reel, int frame, List<Document> docs, List<Citation> citing) {
        Alignment before = null;
        Alignment after = null;
        for (Document d : docs) {
            Alignment a = alignment(d.id());
            if (a.isEmpty()) {
                continue;
            }
            if (a.lastFrame().get() < frame && (before == null || a.lastFrame().get() > before.lastFrame().get())) {
                before = a;
            }
            if (a.firstFrame().get() > frame && (after == null || a.firstFrame().get() < after.firstFrame().get())) {
                after = a;
            }
        }
        Optional<FrameAnswer> extended = beyondTheEnds(p, reel, frame, before, after, citing);
        if (extended.isPresent()) {
            return extended.get();
        }
        DocumentId beforeId = before == null ? null : before.document();
        DocumentId afterId = after == null ? null : after.document();
        List<DocumentId> between = between(p, reel, beforeId == null ? null : catalogue.require(beforeId),
                afterId == null ? null : catalogue.require(afterId));
        StringBuilder why = new StringBuilder("no cited page lies at or around this frame");
        List<String> basis = new ArrayList<>();
        if (before != null) {
            why.append("; before it: ").append(beforeId).append(" (last cited fr. ")
                    .append(Frames.format(before.lastFrame().get())).append(")");
            basis.add(before.pairs().get(before.pairs().size() - 1).describe());
        }
        if (after != null) {
            why.append("; after it: ").append(afterId).append(" (first cited fr. ")
                    .append(Frames.format(after.firstFrame().get())).append(")");
            basis.add(after.pairs().get(0).describe());
        }
        if (!between.isEmpty()) {
            why.append("; catalogued documents that may lie between: ")
                    .append(String.join(", ", between.stream().map(DocumentId::toString).toList()));
        }
        return FrameAnswer.unidentifiedFrame(p.id(), reel, frame, basis, why.toString(), beforeId, afterId, between, citing);
    }

    /**
     * A frame past the last (or before the first) located document of a reel, where nothing else can
     * lie: inferred from that document's nearest pair, as {@link #locate} infers its pages there.
     */
    private Optional<FrameAnswer> beyondTheEnds(Publication p, int reel, int frame, Alignment before, Alignment after,
                                                List<Citation> citing) {
        boolean forward = after == null && before != null;
        Alignment a = forward ? before : before == null ? after : null;
        if (a == null || !aloneBeyond(catalogue.require(a.document()), forward)) {
            return Optional.empty();
        }
        Optional<KnownPair> nearest = forward ? a.pairBeforeFrame(frame) : a.pairAfterFrame(frame);
        if (nearest.isEmpty() || frame - nearest.get().offset() < 1) {
            return Optional.empty();
        }
        KnownPair k = nearest.get();
        return Optional.of(FrameAnswer.inferred(p.id(), reel, frame, a.document(), String.valueOf(frame - k.offset()),
                List.of(k.describe()), "one frame a page " + (forward ? "after" : "before") + " p. " + k.page().page()
                        + ", the " + (forward ? "last" : "first") + " cited page; assumes no irregularity beyond it", citing));
    }

    /**
     * Whether nothing else on the document's reel can take the frames beyond its cited ones in that
     * direction: no other located document, and no catalogued one that may lie there.
     */
    private boolean aloneBeyond(Document d, boolean forward) {
        Alignment own = alignment(d.id());
        if (own.isEmpty() || d.reel() == null) {
            return false;
        }
        for (Document other : documentsOn(d.publication(), d.reel())) {
            Alignment a = alignment(other.id());
            if (other.id().equals(d.id()) || a.isEmpty()) {
                continue;
            }
            if (forward ? a.firstFrame().get() > own.lastFrame().get() : a.lastFrame().get() < own.firstFrame().get()) {
                return false;
            }
        }
        Publication p = catalogue.publication(d.publication()).orElse(null);
        return p != null && between(p, d.reel(), forward ? d : null, forward ? null : d).isEmpty();
    }

    /**
     * Catalogued documents of the publication whose numbers lie between the neighbours' (studies of
     * a publication lie on its reels in series order) and that are not located elsewhere.
     */
    private List<DocumentId> between(Publication p, int reel, Document before, Document after) {
        TreeMap<DocumentId, Document> all = byPublication.getOrDefault(p.id(), new TreeMap<>());
        if (before == null && after == null) {
            return List.of();
        }
        java.util.NavigableMap<DocumentId, Document> range = before == null ? all.headMap(after.id(), false)
                : after == null ? all.tailMap(before.id(), false) : all.subMap(before.id(), false, after.id(), false);
        List<DocumentId> out = new ArrayList<>();
        for (Document d : range.values()) {
            boolean sameSeries = (before == null || d.series().equals(before.series()))
                    && (after == null || d.series().equals(after.series()));
            if (sameSeries && (d.reel() == null || d.reel() == reel) && alignment(d.id()).isEmpty()) {
                out.add(d.id());
                if (out.size() == MAX_CANDIDATES) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The frame (or candidate frames) of a page of a document.
     *
     * @throws InvalidValueException for a page that is not of the form 7, 9n or A2
     */
    public FrameAnswer locate(DocumentId id, String page) {
        Document d = catalogue.require(id);
        String label = pageLabel(page);
        Publication p = catalogue.publication(d.publication()).orElse(null);
        List<Citation> citing = catalogue.citationsOf(id).stream()
                .filter(c -> c.pageRefs().stream().anyMatch(r -> r.page().equals(label))).toList();
        if (p != null && !p.frames()) {
            return FrameAnswer.noFrames(p.id(), d.reel(), null, id, List.of(label), id + " is on "
                    + (d.reel() == null ? "an uncited reel" : "reel " + d.reel()) + " of " + p.fullTitle()
                    + ", whose reels have no frame numbers", citing);
        }
        Page where = new Page(p == null ? null : p.id(), d, label, citing);
        Alignment a = alignment(id);
        int number = Alignment.alignNumber(new PageRef(label, null));
        return citedPage(where, a).orElseGet(() -> a.isEmpty() || number < 0 ? unaligned(where, a)
                : a.pairBeforePage(number).isPresent() && a.pairAfterPage(number).isPresent()
                ? betweenPairs(where, number, a.pairBeforePage(number).get(), a.pairAfterPage(number).get())
                : beyondPairs(where, number, a.pairBeforePage(number), a.pairAfterPage(number)));
    }

    /** The page asked about, with what every answer about it names. */
    private record Page(String publication, Document document, String label, List<Citation> citing) {
        DocumentId id() {
            return document.id();
        }

        Integer reel() {
            return document.reel();
        }
    }

    private static String pageLabel(String page) {
        String label = page == null ? "" : page.strip();
        if (!PAGE.matcher(label).matches() || new PageRef(label, null).number() < 1) {
            throw new InvalidValueException("'" + DocumentId.printable(String.valueOf(page))
                    + "' is not a page; expected a form such as 7, 9n or A2");
        }
        return label;
    }

    /** The frame (or frames, where two pages bear the number) that the notes give for the page. */
    private static Optional<FrameAnswer> citedPage(Page w, Alignment a) {
        List<KnownPair> exact = a.pairs().stream().filter(k -> k.page().page().equals(w.label())
                || (k.alignable() && w.label().matches("\\d+") && k.number() == Integer.parseInt(w.label()))).toList();
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> frames = exact.stream().map(KnownPair::frame).distinct().toList();
        return Optional.of(FrameAnswer.exact(w.publication(), w.reel(), frames.get(0), w.id(), List.of(w.label()), frames,
                exact.stream().map(KnownPair::describe).toList(), frames.size() > 1
                        ? "the notes cite page " + w.label() + " at " + frames.size() + " frames: two pages bear that number"
                        : exact.get(0).basis(), w.citing()));
    }

    /** A page of a document with no cited frame, or a page that does not align with numbered pages. */
    private static FrameAnswer unaligned(Page w, Alignment a) {
        return FrameAnswer.unplacedPage(w.publication(), w.reel(), w.id(), w.label(), List.of(), a.isEmpty()
                ? "no page of " + w.id() + " is cited with a frame, so none can be inferred"
                : "page " + w.label() + " cannot be aligned with numbered pages", w.citing());
    }

    /** A page between two known pairs: inferred where they share an offset, ambiguous where they do not. */
    private static FrameAnswer betweenPairs(Page w, int number, KnownPair l, KnownPair h) {
        List<String> basis = List.of(l.describe(), h.describe());
        if (l.offset() == h.offset()) {
            return FrameAnswer.inferred(w.publication(), w.reel(), number + l.offset(), w.id(), w.label(), basis,
                    "one frame a page between p. " + l.page().page() + " and p. " + h.page().page(), w.citing());
        }
        List<Integer> frames = new ArrayList<>();
        for (int offset = Math.min(l.offset(), h.offset()); offset <= Math.max(l.offset(), h.offset()); offset++) {
            frames.add(number + offset);
        }
        return FrameAnswer.ambiguous(w.publication(), w.reel(), null, w.id(), List.of(w.label()), frames, basis,
                "an irregularity lies between p. " + l.page().page() + " and p. " + h.page().page() + ", so p. " + w.label()
                        + " is on fr. " + String.join(" or ", frames.stream().map(Frames::format).toList()), w.citing());
    }

    /**
     * A page before the first or after the last cited one: inferred from the nearest pair, unless
     * that would put it before the reel starts or on another document's cited frames.
     */
    private FrameAnswer beyondPairs(Page w, int number, Optional<KnownPair> lo, Optional<KnownPair> hi) {
        KnownPair nearest = lo.orElseGet(hi::get);
        int f = number + nearest.offset();
        if (f > 0 && !aloneBeyond(w.document(), lo.isPresent())) {
            return FrameAnswer.unplacedPage(w.publication(), w.reel(), w.id(), w.label(), List.of(nearest.describe()),
                    "p. " + w.label() + " lies " + (lo.isPresent() ? "after" : "before") + " the cited pages of " + w.id()
                            + ", where another document of the reel may lie; one frame a page from p. " + nearest.page().page()
                            + " would put it on fr. " + Frames.format(f) + ", but the page cannot be placed", w.citing());
        }
        Optional<String> clash = clash(w.document(), f);
        if (f <= 0 || clash.isPresent()) {
            return FrameAnswer.unplacedPage(w.publication(), w.reel(), w.id(), w.label(), List.of(nearest.describe()),
                    "one frame a page from p. " + nearest.page().page() + " would put p. " + w.label() + " on fr. "
                            + Frames.format(Math.max(f, 0)) + (clash.isPresent() ? ", " + clash.get() : ", before the reel starts")
                            + "; the page cannot be placed", w.citing());
        }
        return FrameAnswer.inferred(w.publication(), w.reel(), f, w.id(), w.label(), List.of(nearest.describe()),
                "one frame a page " + (lo.isPresent() ? "after" : "before") + " p. " + nearest.page().page() + ", the "
                        + (lo.isPresent() ? "last" : "first") + " cited page; assumes no irregularity beyond it", w.citing());
    }

    /** Whether a frame inferred for a document falls on or past another document's cited frames. */
    private Optional<String> clash(Document d, int frame) {
        Alignment own = alignment(d.id());
        for (Document other : documentsOn(d.publication(), d.reel() == null ? -1 : d.reel())) {
            Alignment a = alignment(other.id());
            if (other.id().equals(d.id()) || a.isEmpty()) {
                continue;
            }
            boolean otherAfter = a.firstFrame().get() > own.lastFrame().get();
            if ((otherAfter && frame >= a.firstFrame().get()) || (!otherAfter && frame <= a.lastFrame().get())) {
                return Optional.of("which is " + (otherAfter ? "at or past" : "at or before") + " the cited frames of "
                        + other.id());
            }
        }
        return Optional.empty();
    }

    private static String describeDates(List<Document> docs) {
        if (docs.isEmpty()) {
            return "no catalogued document";
        }
        List<Document> dated = docs.stream().filter(x -> x.parsedDate() != null)
                .sorted(Comparator.comparing(Document::parsedDate)).toList();
        String span = dated.isEmpty() ? "" : ", dated " + dated.get(0).date() + " to " + dated.get(dated.size() - 1).date();
        return docs.size() + " catalogued document" + (docs.size() == 1 ? "" : "s") + " in date order" + span;
    }

    /** The documents of a reel in frame order (for framed reels) or date order, with the gaps between. */
    public ReelMap map(String publication, int reel) {
        Publication p = resolve(publication, reel).get(0);
        List<Document> docs = new ArrayList<>(documentsOn(p.id(), reel));
        if (p.frames()) {
            docs.sort(Comparator.comparing((Document d) -> alignment(d.id()).firstFrame().orElse(Integer.MAX_VALUE))
                    .thenComparing(Document::id));
        } else {
            docs.sort(Document.BY_DATE);
        }
        List<ReelMap.Entry> entries = new ArrayList<>();
        for (Document d : docs) {
            Alignment a = alignment(d.id());
            Set<Integer> cited = new TreeSet<>();
            catalogue.citationsOf(d.id()).forEach(c -> cited.addAll(c.frames()));
            entries.add(new ReelMap.Entry(d, a.firstFrame().orElse(null), a.lastFrame().orElse(null),
                    List.copyOf(cited), a));
        }
        List<ReelMap.Gap> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < entries.size(); i++) {
            ReelMap.Entry e = entries.get(i);
            ReelMap.Entry next = entries.get(i + 1);
            if (p.frames() && e.lastFrame() != null && next.firstFrame() != null && next.firstFrame() - e.lastFrame() > 1) {
                gaps.add(new ReelMap.Gap(e.lastFrame() + 1, next.firstFrame() - 1, e.document().id(), next.document().id(),
                        between(p, reel, e.document(), next.document())));
            } else if (!p.frames() && e.document().series().equals(next.document().series())
                    && next.document().id().number() - e.document().id().number() > 1) {
                gaps.add(new ReelMap.Gap(null, null, e.document().id(), next.document().id(),
                        between(p, reel, e.document(), next.document())));
            }
        }
        return new ReelMap(p, reel, entries, gaps);
    }
}
