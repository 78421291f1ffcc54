package org.magicref.report;

import java.util.List;
import java.util.stream.Collectors;
import org.magicref.domain.Alignment;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.Frames;
import org.magicref.domain.Irregularity;
import org.magicref.domain.KnownPair;
import org.magicref.domain.PageRef;
import org.magicref.domain.Series;

/** Everything about one document ({@code show}): its data, page/frame pairs and alignment, and its notes. */
public record DocumentReport(Catalogue catalogue, Document document) implements Report {

    /** A document with its page/frame pairs and citations, as {@code show --json} prints it. */
    public record Detail(DocumentView document, List<DocumentView.PageFrameView> pageFrames, List<CitationView> citations) { }

    private List<Citation> citations() {
        return catalogue.citationsOf(document.id());
    }

    private Alignment alignment() {
        return catalogue.reels().alignment(document.id());
    }

    @Override
    public Detail view() {
        return new Detail(DocumentView.of(document, catalogue),
                alignment().pairs().stream().map(DocumentView.PageFrameView::of).toList(),
                citations().stream().map(CitationView::of).toList());
    }

    @Override
    public void write(TextWriter out) {
        Document d = document;
        List<Citation> citations = citations();
        out.heading(d.id() + "  ", " ".repeat(d.id().toString().length() + 2), d.title());
        out.field("Series", Series.describe(d.series()));
        out.field("Date", d.date() == null ? "not given in the source" : d.date());
        out.field("Publication", catalogue.publication(d.publication()).map(CitationLines::publication).orElse("unknown"));
        out.field("Reel", d.reel() == null ? "not cited" : String.valueOf(d.reel()));
        out.field("Frames", frameSpan(citations));
        out.field("Pages cited", pagesCited(citations));
        out.field("Citations", citations.isEmpty() ? "none: listed in the bibliography only"
                : citations.size() + " (notes " + CitationLines.notes(citations) + ")");
        out.field("Bibliography", d.bibliography() == null ? "not listed" : d.bibliography());
        out.field("Source", catalogue.origin(d.id()).describe());
        Alignment a = alignment();
        if (!a.isEmpty()) {
            out.blank();
            boolean marked = a.pairs().stream().anyMatch(k -> !k.marks().isEmpty());
            out.line(marked ? "Page/frame pairs from the notes and your marks:" : "Page/frame pairs from the notes:");
            for (KnownPair k : a.pairs()) {
                out.line("  p. " + Columns.left(k.page(), 12) + " fr. " + Frames.format(k.frame()) + "   " + String.join("; ", k.sources()));
            }
            alignment(out, a);
        }
        if (!citations.isEmpty()) {
            out.blank();
            out.line("Notes:");
            for (Citation c : citations) {
                String head = "  " + Columns.left((catalogue.works().size() > 1 ? c.work() + " " : "") + c.noteRef(), 6) + " ";
                out.wrapped(head, " ".repeat(head.length()), c.noteText());
            }
        }
    }

    /** The runs where one page is one frame, and what breaks them. */
    private static void alignment(TextWriter out, Alignment a) {
        out.blank();
        out.line("Alignment (one frame a page within each run):");
        for (Alignment.Segment seg : a.segments()) {
            boolean one = seg.first() == seg.last();
            String pages = one ? "p. " + seg.first().page().page()
                    : "pp. " + seg.first().page().page() + "-" + seg.last().page().page();
            out.line("  " + Columns.left(pages, 14) + " frame = page + " + seg.offset() + " ("
                    + (one ? "one pair" : "fr. " + Frames.format(seg.first().frame()) + "-" + Frames.format(seg.last().frame())) + ")");
        }
        for (Irregularity i : a.irregularities()) {
            out.wrapped("  ! ", "    ", i.description());
        }
    }

    private static String frameSpan(List<Citation> citations) {
        List<Integer> frames = citations.stream().flatMap(c -> c.frames().stream()).sorted().toList();
        return frames.isEmpty() ? null
                : Frames.span(frames.get(0), frames.get(frames.size() - 1)) + " (lowest and highest cited)";
    }

    private static String pagesCited(List<Citation> citations) {
        return citations.stream().flatMap(c -> c.pageRefs().stream()).distinct()
                .sorted(DocumentReport::pageOrder)
                .map(PageRef::toString)
                .collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? null : s));
    }

    /** Part, then page number, then the page as written (see {@link Document#BY_DATE} for why not composed). */
    private static int pageOrder(PageRef a, PageRef b) {
        int c = Integer.compare(a.part() == null ? 0 : a.part(), b.part() == null ? 0 : b.part());
        if (c == 0) {
            c = Integer.compare(a.number(), b.number());
        }
        return c != 0 ? c : a.page().compareTo(b.page());
    }
}
