package org.magicref.picture;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.magicref.analysis.CrossReference;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;

/**
 * A document's neighbourhood ({@code xref --dot}) as a Graphviz DOT graph: the document in the
 * middle, each neighbour once, and one edge per kind of connection (same note, same paragraph,
 * the argument, the reel, the date window, the title family), labelled with what connects them.
 * Edge styles tell the kinds apart in black and white; {@code dot -Tsvg} draws it.
 */
public final class NeighbourhoodGraph {
    private static final Map<String, String> STYLES = Map.of(
            "same-note", "style=bold", "same-paragraph", "style=solid", "argument", "style=dashed",
            "reel", "style=dotted", "dated", "style=dashed, arrowhead=none", "family", "style=dotted, arrowhead=none");

    private NeighbourhoodGraph() {
    }

    public static String dot(Catalogue catalogue, Document center, List<CrossReference.Group> groups) {
        StringBuilder s = new StringBuilder();
        s.append("digraph \"").append(center.id()).append("\" {\n")
                .append("  graph [rankdir=LR, fontname=\"DejaVu Sans\", label=").append(quote("Neighbourhood of " + center.id()
                        + ": " + center.title())).append(", labelloc=t];\n")
                .append("  node [shape=box, fontname=\"DejaVu Sans\", fontsize=10];\n")
                .append("  edge [fontname=\"DejaVu Sans\", fontsize=9];\n")
                .append("  ").append(quote(center.id().toString())).append(" [label=").append(quote(label(center)))
                .append(", style=bold, penwidth=2];\n");
        Set<DocumentId> nodes = new LinkedHashSet<>();
        Map<String, String> edges = new LinkedHashMap<>();
        for (CrossReference.Group g : groups) {
            for (CrossReference.Entry e : g.entries()) {
                if (nodes.add(e.document())) {
                    s.append("  ").append(quote(e.document().toString())).append(" [label=")
                            .append(quote(catalogue.document(e.document()).map(NeighbourhoodGraph::label).orElse(e.document().toString())))
                            .append("];\n");
                }
                edges.put(e.document() + " " + g.kind(), "  " + quote(center.id().toString()) + " -> " + quote(e.document().toString())
                        + " [label=" + quote(g.kind() + (e.detail().isEmpty() ? "" : "\n" + e.detail())) + ", "
                        + STYLES.getOrDefault(g.kind(), "style=solid") + "];\n");
            }
        }
        edges.values().forEach(s::append);
        return s.append("}\n").toString();
    }

    /** "SRH-085\nRusso-Japanese Relations\n13-20 July 1945". */
    private static String label(Document d) {
        return d.id() + "\n" + d.title() + (d.date() == null ? "" : "\n" + d.date());
    }

    /** A DOT string: quotes and backslashes escaped, line breaks as DOT's "\n". */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
