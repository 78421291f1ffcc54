package org.magicref.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magicref.analysis.CrossReference;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;

/**
 * A document's neighbourhood ({@code xref --dot}) as a Graphviz DOT graph: the document, each
 * neighbour once, and one edge to each, labelled with every connection (same note, same
 * paragraph, the argument, the reel, the date window, the title family) and drawn in the style of
 * the closest (bold for the same note, solid for the same paragraph, dashed for the argument,
 * dotted for the reel), so that it reads in black and white; {@code dot -Tsvg} draws it.
 */
public final class NeighbourhoodGraph {
    private static final Map<String, String> STYLES = Map.of(
            "same-note", "style=bold", "same-paragraph", "style=solid", "argument", "style=dashed",
            "reel", "style=dotted", "dated", "style=dotted, arrowhead=none", "family", "style=dotted, arrowhead=none, color=gray40");

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
        Map<DocumentId, List<String>> labels = new LinkedHashMap<>();
        Map<DocumentId, String> strongest = new LinkedHashMap<>();
        for (CrossReference.Group g : groups) {
            for (CrossReference.Entry e : g.entries()) {
                labels.computeIfAbsent(e.document(), k -> new ArrayList<>()).add(g.kind() + (e.detail().isEmpty() ? "" : ": " + e.detail()));
                strongest.putIfAbsent(e.document(), g.kind());
            }
        }
        for (DocumentId id : labels.keySet()) {
            s.append("  ").append(quote(id.toString())).append(" [label=")
                    .append(quote(catalogue.document(id).map(NeighbourhoodGraph::label).orElse(id.toString()))).append("];\n");
        }
        labels.forEach((id, lines) -> s.append("  ").append(quote(center.id().toString())).append(" -> ").append(quote(id.toString()))
                .append(" [label=").append(quote(String.join("\n", lines))).append(", ")
                .append(STYLES.getOrDefault(strongest.get(id), "style=solid")).append("];\n"));
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
