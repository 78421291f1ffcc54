package org.magicref.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.magicref.domain.Alignment;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.Document;
import org.magicref.domain.Irregularity;
import org.magicref.domain.PageFrame;
import org.magicref.domain.PageRef;
import org.magicref.domain.Publication;
import org.magicref.domain.Series;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "show", header = "Everything about one document.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Show everything about one document: title, date, series, publication, reel, cited pages "
                + "and frames, its citations and its bibliography entry.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref show SRH-085", "  magicref show srs1189 --json"})
public class ShowCommand extends CatalogueReader implements Callable<Integer> {
    @Mixin
    DocumentArgument document;

    @Override
    public Integer call() {
        Catalogue catalogue = catalogueOptions.catalogue();
        Document d = catalogue.require(document.id);
        List<Citation> citations = catalogue.citationsOf(d.id());
        Map<PageFrame, List<String>> pairs = pageFrames(citations);
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), new DocumentView.Detail(DocumentView.of(d, catalogue),
                    pairs.entrySet().stream().map(e -> DocumentView.PageFrameView.of(e.getKey(), e.getValue())).toList(),
                    citations.stream().map(CitationView::of).toList()));
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        out.heading(d.id() + "  ", " ".repeat(d.id().toString().length() + 2), d.title());
        out.field("Series", Series.describe(d.series()));
        out.field("Date", d.date() == null ? "not given in the source" : d.date());
        out.field("Publication", catalogue.publication(d.publication()).map(ShowCommand::describe).orElse("unknown"));
        out.field("Reel", d.reel() == null ? "not cited" : String.valueOf(d.reel()));
        out.field("Frames", frameSpan(citations));
        out.field("Pages cited", pagesCited(citations));
        out.field("Citations", citations.isEmpty() ? "none: listed in the bibliography only"
                : citations.size() + " (notes " + TextOut.notes(citations) + ")");
        out.field("Bibliography", d.bibliography() == null ? "not listed" : d.bibliography());
        if (!pairs.isEmpty()) {
            out.line("");
            out.line("Page/frame pairs from the notes:");
            pairs.forEach((pf, notes) -> out.line(String.format("  p. %-12s fr. %s   %s", pf.page(),
                    TextOut.frame(pf.frame()), String.join(", ", notes))));
            alignment(out, Alignment.of(d.id(), citations));
        }
        if (!citations.isEmpty()) {
            out.line("");
            out.line("Notes:");
            for (Citation c : citations) {
                String head = String.format("  %-6s ", c.noteRef());
                out.wrapped(head, " ".repeat(head.length()), c.noteText());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The runs where one page is one frame, and what breaks them. */
    private static void alignment(TextOut out, Alignment a) {
        out.line("");
        out.line("Alignment (one frame a page within each run):");
        for (Alignment.Segment seg : a.segments()) {
            String pages = seg.first() == seg.last() ? "p. " + seg.first().page().page()
                    : "pp. " + seg.first().page().page() + "-" + seg.last().page().page();
            out.line(String.format("  %-14s frame = page + %d (%s)", pages, seg.offset(),
                    seg.first() == seg.last() ? "one pair" : "fr. " + TextOut.frame(seg.first().frame()) + "-"
                            + TextOut.frame(seg.last().frame())));
        }
        for (Irregularity i : a.irregularities()) {
            out.wrapped("  ! ", "    ", i.description());
        }
    }

    static String describe(Publication p) {
        String s = p.fullTitle() + " (" + p.place() + ": " + p.publisher() + ", " + p.year() + ", " + p.medium() + ")";
        return p.frames() ? s : s + "; its reels have no frame numbers";
    }

    /** Every page/frame pair the notes give, in frame order, with the notes that give it. */
    static Map<PageFrame, List<String>> pageFrames(List<Citation> citations) {
        Map<PageFrame, List<String>> pairs = new LinkedHashMap<>();
        citations.stream()
                .flatMap(c -> c.pageFrames().stream().map(pf -> Map.entry(pf, c.noteRef())))
                .sorted(Comparator.comparingInt((Map.Entry<PageFrame, String> e) -> e.getKey().frame())
                        .thenComparing(e -> e.getKey().page().page()))
                .forEach(e -> {
                    List<String> notes = pairs.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                    if (!notes.contains(e.getValue())) {
                        notes.add(e.getValue());
                    }
                });
        return pairs;
    }

    private static String frameSpan(List<Citation> citations) {
        List<Integer> frames = citations.stream().flatMap(c -> c.frames().stream()).sorted().toList();
        if (frames.isEmpty()) {
            return null;
        }
        String span = TextOut.frame(frames.get(0)) + "-" + TextOut.frame(frames.get(frames.size() - 1));
        return (frames.get(0).equals(frames.get(frames.size() - 1)) ? TextOut.frame(frames.get(0)) : span)
                + " (lowest and highest cited)";
    }

    private static String pagesCited(List<Citation> citations) {
        return citations.stream().flatMap(c -> c.pageRefs().stream()).distinct()
                .sorted(Comparator.comparing((PageRef p) -> p.part() == null ? 0 : p.part())
                        .thenComparingInt(PageRef::number).thenComparing(PageRef::page))
                .map(PageRef::toString)
                .collect(Collectors.collectingAndThen(Collectors.joining(", "), s -> s.isEmpty() ? null : s));
    }
}
