package org.magicref.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.magicref.domain.Catalogue;
import org.magicref.domain.FrameAnswer;
import org.magicref.domain.Document;
import org.magicref.domain.Frames;
import org.magicref.domain.Irregularity;

/**
 * Answers about frames: what lies at a frame of a reel ({@code frame}, one answer per publication
 * with that reel), or at which frame a page lies ({@code locate}, one answer).
 */
public final class FrameReport implements Report {
    private final Catalogue catalogue;
    private final List<FrameAnswer> answers;
    private final boolean page;

    private FrameReport(Catalogue catalogue, List<FrameAnswer> answers, boolean page) {
        this.catalogue = catalogue;
        this.answers = List.copyOf(answers);
        this.page = page;
    }

    /** What lies at a frame. */
    public static FrameReport ofFrame(Catalogue catalogue, List<FrameAnswer> answers) {
        return new FrameReport(catalogue, answers, false);
    }

    /** Where a page lies. */
    public static FrameReport ofPage(Catalogue catalogue, FrameAnswer answer) {
        return new FrameReport(catalogue, List.of(answer), true);
    }

    @Override
    public Object view() {
        List<FrameView> views = answers.stream().map(FrameView::of).toList();
        return page ? views.get(0) : views;
    }

    @Override
    public void write(TextWriter out) {
        if (page) {
            writePage(out, answers.get(0));
            return;
        }
        for (int i = 0; i < answers.size(); i++) {
            if (i > 0) {
                out.blank();
            }
            writeFrame(out, answers.get(i));
        }
    }

    private void writeFrame(TextWriter out, FrameAnswer a) {
        String where = a.publication() + ", reel " + a.reel() + (a.frame() == null ? "" : ", fr. " + Frames.format(a.frame()));
        String what = switch (a.kind()) {
            case NO_FRAMES -> "no frame numbers on this reel";
            case UNIDENTIFIED -> "not identified";
            default -> a.document() + ", p. " + String.join(" or ", a.pages()) + " (" + kind(a) + ")";
        };
        out.heading("", "  ", where + ": " + what);
        if (a.document() != null) {
            Document d = catalogue.require(a.document());
            out.field("Title", d.title());
            out.field("Date", d.date());
            out.field("Beware", twoPagesOneNumber(a));
        }
        out.field("Why", a.explanation());
        out.field("Basis", String.join("; ", a.basis()));
        CitationLines.block(out, a.citations(), "Citations of this frame:");
    }

    private void writePage(TextWriter out, FrameAnswer a) {
        String where = switch (a.kind()) {
            case NO_FRAMES -> (a.reel() == null ? "reel not cited" : "reel " + a.reel()) + ", no frame numbers";
            case UNIDENTIFIED -> "frame not identified";
            default -> "reel " + a.reel() + ", fr. " + a.frames().stream().map(Frames::format).collect(Collectors.joining(" or "))
                    + " (" + kind(a) + ")";
        };
        out.heading("", "  ", a.document() + ", p. " + a.pages().get(0) + ": " + where);
        out.field("Beware", a.document() == null ? null : twoPagesOneNumber(a));
        out.field("Publication", catalogue.publication(a.publication()).map(CitationLines::publication).orElse(null));
        out.field("Why", a.explanation());
        out.field("Basis", String.join("; ", a.basis()));
        CitationLines.block(out, a.citations(), "Citations of this page:");
    }

    /** Where the document has two pages bearing one number: a citation of that number is ambiguous without a frame. */
    private String twoPagesOneNumber(FrameAnswer a) {
        List<String> found = catalogue.reels().alignment(a.document()).irregularities().stream()
                .filter(i -> i.kind() == Irregularity.Kind.DUPLICATE_PAGE).map(Irregularity::description).toList();
        return found.isEmpty() ? null : String.join("; ", found) + " (name the frame when you cite it)";
    }

    private static String kind(FrameAnswer a) {
        return a.kind().name().toLowerCase(Locale.ROOT);
    }
}
