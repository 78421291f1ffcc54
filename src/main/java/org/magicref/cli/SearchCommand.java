package org.magicref.cli;

import java.util.List;
import org.magicref.domain.Catalogue;
import org.magicref.domain.SearchHit;
import org.magicref.report.Messages;
import org.magicref.report.SearchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", header = "Find documents and passages by their words.",
        description = "Find documents (by title) and passages (by the body text and notes that cite them) that "
                + "hold all the given words, best matches first. Exits with 1 when nothing matches.",
        footer = {"  magicref search Konoe envoy", "  magicref search fisheries --limit 5 --json"})
public class SearchCommand extends CatalogueCommand {
    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Words to find, in any order.")
    List<String> words;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw usage("--limit must be at least 1, not " + limit);
        }
        String query = String.join(" ", words);
        Catalogue catalogue = catalogue();
        List<SearchHit> hits = catalogue.search(query);
        if (!hits.isEmpty() || output().json()) {
            print(new SearchReport(catalogue, query, hits.subList(0, Math.min(limit, hits.size())), hits.size()));
        }
        if (hits.isEmpty()) {
            warn(Messages.oneLine("no matches for \"" + query + "\""));
            return ExitCodes.NOT_FOUND;
        }
        return ExitCodes.OK;
    }
}
