package org.magicref.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.magicref.domain.Catalogue;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Irregularity;
import org.magicref.domain.KnownPair;
import org.magicref.domain.ReelMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "reel", header = "A map of a reel.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "A map of a reel: its documents in frame order (or date order on reels without frame numbers) "
                + "with their cited frame spans, the cited frames, the irregularities and the gaps, and a diagram "
                + "of the reel.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref reel 9", "  magicref reel 15 --publication intercepted-japanese-messages --json"})
public class ReelCommand extends CatalogueReader implements Callable<Integer> {
    static final int MAX_DIAGRAM = 60;

    /** A document on the reel, as {@code --json} prints it. */
    public record EntryView(String id, String title, String date, Integer firstFrame, Integer lastFrame,
                            String firstPage, String lastPage, List<Integer> citedFrames, List<String> irregularities) { }

    /** A gap, as {@code --json} prints it. */
    public record GapView(Integer from, Integer to, String before, String after, List<String> candidates) { }

    /** The reel map, as {@code --json} prints it. */
    public record ReelView(String publication, int reel, boolean frames, List<EntryView> documents, List<GapView> gaps) { }

    @Option(names = "--publication", paramLabel = "ID", completionCandidates = Candidates.PublicationIds.class, description = "The publication whose reel is meant "
            + "(needed when several publications have that reel number).")
    String publication;

    @Parameters(paramLabel = "REEL", completionCandidates = Candidates.ReelNumbers.class, description = "Reel number.")
    int reel;

    @Override
    public Integer call() {
        if (reel <= 0) {
            throw new ParameterException(spec.commandLine(), "the reel must be a positive number, not " + reel);
        }
        Catalogue catalogue = catalogueOptions.catalogue();
        if (publication == null && catalogue.reels().publicationsWithReel(reel).size() > 1) {
            throw new ParameterException(spec.commandLine(), "reel " + reel + " exists in "
                    + String.join(" and ", catalogue.reels().publicationsWithReel(reel).stream().map(p -> p.id()).toList())
                    + "; name one with --publication");
        }
        ReelMap map = catalogue.reels().map(publication, reel);
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), view(map));
            return ExitCodes.OK;
        }
        TextOut out = new TextOut(spec.commandLine().getOut(), output);
        out.heading("", "", "Reel " + reel + " of " + map.publication().fullTitle() + " (" + map.publication().id() + ")"
                + (map.publication().frames() ? "" : ": no frame numbers; documents in date order"));
        out.line("");
        if (map.publication().frames()) {
            framed(out, map);
        } else {
            dated(out, map, catalogue);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void framed(TextOut out, ReelMap map) {
        out.line(String.format("  %-11s %-9s %-9s %s", "FRAMES", "DOCUMENT", "PAGES", "CITED FRAMES"));
        String indent = " ".repeat(35);
        for (ReelMap.Entry e : map.entries()) {
            String frames = e.firstFrame() == null ? "-" : e.firstFrame().equals(e.lastFrame())
                    ? TextOut.frame(e.firstFrame()) : TextOut.frame(e.firstFrame()) + "-" + TextOut.frame(e.lastFrame());
            String head = String.format("  %-11s %-9s %-9s ", frames, e.document().id(), pages(e));
            out.wrapped(head, indent, e.cited().isEmpty() ? "-" : TextOut.frames(e.cited()));
            for (Irregularity i : e.alignment().irregularities()) {
                out.wrapped("                        ! ", "                          ", i.description());
            }
            map.gaps().stream().filter(g -> g.before().equals(e.document().id())).forEach(g -> out.wrapped(
                    "              ", "              ", "gap " + TextOut.frame(g.from()) + "-" + TextOut.frame(g.to())
                            + " (" + (g.to() - g.from() + 1) + " frames, not identified)" + candidates(g)));
        }
        List<ReelMap.Entry> located = map.entries().stream().filter(e -> e.firstFrame() != null).toList();
        if (located.isEmpty()) {
            return;
        }
        int min = located.stream().mapToInt(ReelMap.Entry::firstFrame).min().getAsInt();
        int max = located.stream().mapToInt(ReelMap.Entry::lastFrame).max().getAsInt();
        out.line("");
        List<String> lines = diagram(located, min, max, Math.min(MAX_DIAGRAM, Math.max(10, out.width() - 14)));
        lines.subList(0, lines.size() - 1).forEach(out::line);
        out.wrapped("  ", "  ", lines.get(lines.size() - 1).strip());
    }

    /**
     * Two rows over the reel's cited frames: each document's span as its letter ('.' for frames no
     * cited span covers), and '^' under columns that hold a cited frame; then the legend.
     */
    static List<String> diagram(List<ReelMap.Entry> located, int min, int max, int width) {
        int span = max - min + 1;
        int columns = Math.min(width, span);
        double perColumn = (double) span / columns;
        StringBuilder spans = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            int from = min + (int) Math.floor(c * perColumn);
            int to = min + (int) Math.ceil((c + 1) * perColumn) - 1;
            char ch = '.';
            boolean cited = false;
            for (int i = 0; i < located.size(); i++) {
                ReelMap.Entry e = located.get(i);
                if (e.firstFrame() <= to && e.lastFrame() >= from) {
                    ch = ch == '.' ? letter(i) : '+';
                }
                cited |= e.cited().stream().anyMatch(f -> f >= from && f <= to);
            }
            spans.append(ch);
            marks.append(cited ? '^' : ' ');
        }
        List<String> out = new ArrayList<>();
        out.add(String.format("  %s |%s| %s", TextOut.frame(min), spans, TextOut.frame(max)));
        out.add("       " + marks.toString().replaceAll("\\s+$", ""));
        out.add(String.format(Locale.ROOT, "  one column = %s frame%s; ^ cited frame; . not identified",
                perColumn == Math.rint(perColumn) ? String.valueOf((int) perColumn) : String.format(Locale.ROOT, "%.1f", perColumn),
                perColumn == 1 ? "" : "s"));
        StringBuilder legend = new StringBuilder("  ");
        for (int i = 0; i < located.size(); i++) {
            legend.append(letter(i)).append(' ').append(located.get(i).document().id()).append(i + 1 < located.size() ? "  " : "");
        }
        out.add(legend.toString());
        return out;
    }

    private static char letter(int i) {
        return (char) ((i < 26 ? 'A' : 'a' - 26) + i % 52);
    }

    private static String pages(ReelMap.Entry e) {
        List<KnownPair> pairs = e.alignment().pairs();
        if (pairs.isEmpty()) {
            return "-";
        }
        String first = pairs.get(0).page().page();
        String last = pairs.get(pairs.size() - 1).page().page();
        return first.equals(last) ? first : first + "-" + last;
    }

    private static String candidates(ReelMap.Gap g) {
        return g.candidates().isEmpty() ? "" : "; may hold " + String.join(", ",
                g.candidates().stream().map(DocumentId::toString).toList());
    }

    private static void dated(TextOut out, ReelMap map, Catalogue catalogue) {
        out.line(String.format("  %-18s %-9s %s", "DATE", "DOCUMENT", "CITES"));
        for (ReelMap.Entry e : map.entries()) {
            out.line(String.format("  %-18s %-9s %5d", e.document().date() == null ? "-" : e.document().date(),
                    e.document().id(), catalogue.citationsOf(e.document().id()).size()));
            map.gaps().stream().filter(g -> g.before().equals(e.document().id())).forEach(g -> {
                int missing = g.after().number() - g.before().number() - 1;
                out.wrapped("                       ", "                         ", "gap: " + missing
                        + (missing == 1 ? " number" : " numbers") + " between " + g.before() + " and " + g.after()
                        + (g.candidates().isEmpty() ? "" : " (catalogued without a cited reel: " + String.join(", ",
                                g.candidates().stream().map(DocumentId::toString).toList()) + ")"));
            });
        }
    }

    private static ReelView view(ReelMap map) {
        List<EntryView> docs = map.entries().stream().map(e -> {
            List<KnownPair> pairs = e.alignment().pairs();
            return new EntryView(e.document().id().toString(), e.document().title(), e.document().date(), e.firstFrame(),
                    e.lastFrame(), pairs.isEmpty() ? null : pairs.get(0).page().page(),
                    pairs.isEmpty() ? null : pairs.get(pairs.size() - 1).page().page(), e.cited(),
                    e.alignment().irregularities().stream().map(Irregularity::description).toList());
        }).toList();
        List<GapView> gaps = map.gaps().stream().map(g -> new GapView(g.from(), g.to(), g.before().toString(),
                g.after().toString(), g.candidates().stream().map(DocumentId::toString).toList())).toList();
        return new ReelView(map.publication().id(), map.reel(), map.publication().frames(), docs, gaps);
    }
}
