package org.magicref.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Citation;
import org.magicref.domain.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "search", header = "Find documents and passages by their words.", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Find documents (by title) and passages (by the body text and notes that cite them) that "
                + "hold all the given words, best matches first. Exits with 1 when nothing matches.",
        footerHeading = "%nExamples:%n",
        footer = {"  magicref search Konoe envoy", "  magicref search fisheries --limit 5 --json"})
public class SearchCommand extends CatalogueReader implements Callable<Integer> {
    static final int SNIPPET = 240;

    /** One hit as {@code --json} prints it; {@code citation} is null for a match on a document's title. */
    public record HitView(String document, String title, double score, CitationView citation) { }

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Words to find, in any order.")
    List<String> words;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        String query = String.join(" ", words);
        Catalogue catalogue = catalogueOptions.catalogue();
        List<SearchHit> hits = catalogue.search(query);
        List<SearchHit> shown = hits.subList(0, Math.min(limit, hits.size()));
        if (output.json()) {
            TextOut.json(spec.commandLine().getOut(), shown.stream().map(h -> new HitView(h.document().toString(),
                    catalogue.require(h.document()).title(), Math.round(h.score() * 1000) / 1000.0,
                    h.citation() == null ? null : CitationView.of(h.citation()))).toList());
        } else if (!hits.isEmpty()) {
            TextOut out = new TextOut(spec.commandLine().getOut(), output);
            out.line(hits.size() + (hits.size() == 1 ? " match" : " matches") + " for \"" + query + "\""
                    + (shown.size() < hits.size() ? ", best " + shown.size() + " shown" : ""));
            for (SearchHit h : shown) {
                out.line("");
                Citation c = h.citation();
                String title = catalogue.require(h.document()).title();
                if (c == null) {
                    out.wrapped(String.format("  %-9s title  ", h.document()), " ".repeat(18), title);
                } else {
                    out.line(String.format("  %-9s %-6s %s", h.document(), c.noteRef(), TextOut.locator(c)));
                    String text = c.passage() == null ? c.noteText() : c.passage();
                    out.wrapped("            ", "            ",
                            text.length() > SNIPPET ? text.substring(0, SNIPPET - 3).strip() + "..." : text);
                }
            }
            out.flush();
        }
        if (hits.isEmpty()) {
            spec.commandLine().getErr().println(Cli.oneLine("magicref: no matches for \"" + query + "\""));
            return ExitCodes.NOT_FOUND;
        }
        return ExitCodes.OK;
    }
}
